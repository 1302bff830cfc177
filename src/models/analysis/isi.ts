/**
 * Inter-spike-interval (ISI) histograms and their exponential fit (the data of the package's
 * `isi_exponential_fit`).
 */
import type { SpikeTrain } from "../sorn/types";
import { fitExponential, type ExponentialFit } from "./expfit";
import { binCentres, histogram, type Histogram } from "./histogram";
import { collectSpikeTimes, intervalsOf } from "./spikeTimes";
import { checkNeuron, checkPositiveInteger, checkSpikeTrain, fail } from "./validate";

/**
 * The ISIs of neuron `neuron`, or of all neurons pooled when `neuron` is undefined. Throws when
 * there is no interval (no neuron, or not that neuron, spikes twice).
 */
export function isiValues(train: SpikeTrain, neuron?: number, fn = "isiValues"): Int32Array {
  checkSpikeTrain(fn, train);
  if (neuron !== undefined) checkNeuron(fn, neuron, train.neurons);
  const all = collectSpikeTimes(train).map(intervalsOf);
  let isi: Int32Array;
  if (neuron !== undefined) {
    isi = all[neuron];
  } else {
    isi = new Int32Array(all.reduce((s, a) => s + a.length, 0));
    let o = 0;
    for (const a of all) {
      isi.set(a, o);
      o += a.length;
    }
  }
  if (isi.length === 0) {
    fail(fn, neuron === undefined ? "no neuron spikes twice, so there is no inter-spike interval" : `neuron ${neuron} spikes fewer than twice, so it has no inter-spike interval`);
  }
  return isi;
}

/**
 * Histogram of the ISIs of one neuron (or pooled over all neurons when `neuron` is undefined)
 * in `bins` equal bins over [min ISI, max ISI], numpy's binning. The package's
 * `isi_exponential_fit(spike_train, neuron, bin_size)` histograms one neuron's ISIs this way.
 */
export function isiHistogram(train: SpikeTrain, bins: number, neuron?: number): Histogram {
  const fn = "isiHistogram";
  checkPositiveInteger(fn, bins, "bins");
  return histogram(isiValues(train, neuron, fn), bins, undefined, fn);
}

/** Which histogram points the exponential is fitted to. */
export type IsiFitPoints = "centres" | "package";

/** An ISI histogram, the points fitted, and the fit. */
export interface IsiExponentialFit {
  histogram: Histogram;
  /** x of the fitted points. */
  x: Float64Array;
  /** y (counts) of the fitted points. */
  y: Float64Array;
  fit: ExponentialFit;
}

/**
 * Histogram of ISIs (as `isiHistogram`) and a least-squares fit of counts ≈ a·e^(−b·x) − c
 * (`fitExponential`).
 *
 * points = "centres" (default): every bin, x = its centre. Each count then sits at the middle of
 * the interval it counts, and the first bin — the shortest, usually most populated ISIs — is kept.
 * points = "package": what the package's `curve_fit(f, x[1:bin_size], y[1:bin_size])` fits —
 * bins 1..bins−1 (the first bin dropped), x = its left edge truncated to an integer
 * (`int(edge)`). Use this (with the same `bins`) to compare with the package's figure; needs
 * bins ≥ 4 for 3 points.
 */
export function isiExponentialFit(
  train: SpikeTrain,
  bins: number,
  options: { neuron?: number; points?: IsiFitPoints; maxIterations?: number } = {},
): IsiExponentialFit {
  const fn = "isiExponentialFit";
  checkPositiveInteger(fn, bins, "bins");
  const points = options.points ?? "centres";
  if (points !== "centres" && points !== "package") fail(fn, `points must be "centres" or "package" (got ${String(points)})`);
  const h = histogram(isiValues(train, options.neuron, fn), bins, undefined, fn);
  let x: Float64Array;
  let y: Float64Array;
  if (points === "centres") {
    x = binCentres(h);
    y = h.counts.slice();
  } else {
    x = Float64Array.from(h.edges.subarray(1, bins), (e) => Math.trunc(e));
    y = h.counts.slice(1, bins);
  }
  if (x.length < 3 || new Set(x).size < 3) {
    fail(fn, `bins (${bins}) gives fewer than 3 distinct points to fit with points = "${points}"`);
  }
  return { histogram: h, x, y, fit: fitExponential(x, y, { maxIterations: options.maxIterations }) };
}
