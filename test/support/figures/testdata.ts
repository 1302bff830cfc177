/**
 * Small deterministic inputs for every figure, made from a seeded generator (mulberry32):
 * used by the figure tests (golden snapshots, validation, PNG). Not SORN output, just plausible.
 */
import type { CorrelationInput } from "../../../src/figures/correlation";
import type { DegreeInput } from "../../../src/figures/degree";
import type { IsiInput } from "../../../src/figures/isi";
import type { NetworkInput } from "../../../src/figures/network";
import type { FigureMeta } from "../../../src/figures/svg";
import type { ThresholdsInput } from "../../../src/figures/thresholds";
import type { SpikeRaster } from "../../../src/figures/validate";
import type { WeightDistributionInput } from "../../../src/figures/weights";

/** mulberry32: a tiny seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal sample (Box–Muller) from `rand`. */
export function gauss(rand: () => number): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** The metadata the test figures carry. */
export const sampleMeta = (title: string): FigureMeta => ({
  title,
  config: { ne: 40, ni: 8, steps: 60, note: "sample <data> & \"quotes\"" },
  seed: 42,
});

/** A steps×neurons raster where each entry spikes with probability `p`. */
export function sampleRaster(steps: number, neurons: number, p: number, seed: number): SpikeRaster {
  const rand = mulberry32(seed);
  const data = new Uint8Array(steps * neurons);
  for (let i = 0; i < data.length; i++) data[i] = rand() < p ? 1 : 0;
  return { steps, neurons, data };
}

/** Active neurons per step of a raster. */
export function activeCounts(r: SpikeRaster): Float64Array {
  const out = new Float64Array(r.steps);
  for (let t = 0; t < r.steps; t++) for (let i = 0; i < r.neurons; i++) out[t] += r.data[t * r.neurons + i];
  return out;
}

/** Mean spikes per step of each neuron of a raster. */
export function neuronRates(r: SpikeRaster): Float64Array {
  const out = new Float64Array(r.neurons);
  for (let t = 0; t < r.steps; t++) for (let i = 0; i < r.neurons; i++) out[i] += r.data[t * r.neurons + i] / r.steps;
  return out;
}

/** Lognormal weights with their (sample) fit. */
export function sampleWeights(): WeightDistributionInput {
  const rand = mulberry32(7);
  const weights = Float64Array.from({ length: 400 }, () => Math.exp(-2.5 + 0.8 * gauss(rand)));
  const logs = Array.from(weights, Math.log).filter((_, i) => weights[i] >= 0.01);
  const mu = logs.reduce((s, v) => s + v, 0) / logs.length;
  const sigma = Math.sqrt(logs.reduce((s, v) => s + (v - mu) ** 2, 0) / logs.length);
  return { weights, mu, sigma, bins: 25 };
}

/** In/out connection counts of 40 neurons with their normal fits. */
export function sampleDegrees(): DegreeInput {
  const rand = mulberry32(11);
  const make = (m: number) => {
    const counts = Float64Array.from({ length: 40 }, () => Math.max(0, Math.round(m + 2.5 * gauss(rand))));
    const mu = counts.reduce((s, v) => s + v, 0) / counts.length;
    const sigma = Math.sqrt(counts.reduce((s, v) => s + (v - mu) ** 2, 0) / counts.length);
    return { counts, mu, sigma };
  };
  return { incoming: make(10), outgoing: make(12) };
}

/** A symmetric n×n correlation-like matrix with unit diagonal and two correlated groups. */
export function sampleCorrelation(n: number, seed = 3): CorrelationInput {
  const rand = mulberry32(seed);
  const matrix = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    matrix[i * n + i] = 1;
    for (let j = 0; j < i; j++) {
      const same = (i < n / 3) === (j < n / 3);
      const v = (same ? 0.05 : -0.03) + 0.06 * (rand() - 0.5) + (same && rand() < 0.15 ? 0.2 : 0);
      matrix[i * n + j] = v;
      matrix[j * n + i] = v;
    }
  }
  return { matrix, n };
}

/** The network figure's sample input (threshold picks out the strong pairs). */
export function sampleNetwork(): NetworkInput {
  const { matrix, n } = sampleCorrelation(30, 5);
  return { matrix, n, threshold: 0.15, excitatory: 24, iterations: 200 };
}

/** Exponential-ish ISIs with a fit. */
export function sampleIsi(): IsiInput {
  const rand = mulberry32(13);
  const intervals = Float64Array.from({ length: 120 }, () => 1 + Math.floor(-6 * Math.log(1 - rand())));
  return { intervals, fit: { a: 45, b: 0.18, c: 0.5 }, bins: 12, neuron: 3 };
}

/** Thresholds drifting over 60 steps: mean, band and two traces. */
export function sampleThresholds(): ThresholdsInput {
  const rand = mulberry32(17);
  const n = 60;
  const mean = Float64Array.from({ length: n }, (_, t) => 0.5 + 0.1 * Math.tanh(t / 20));
  const min = mean.map((m) => m - 0.15);
  const max = mean.map((m) => m + 0.15);
  const trace = (o: number) => mean.map((m) => m + o + 0.02 * (rand() - 0.5));
  return { mean, min, max, traces: [{ neuron: 0, values: trace(0.08) }, { neuron: 5, values: trace(-0.1) }] };
}
