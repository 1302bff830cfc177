/**
 * Spike times and inter-spike intervals (ISIs), per neuron.
 */
import type { SpikeTrain } from "../sorn/types";
import { mean, populationStd } from "./moments";
import { spikeCounts } from "./rates";
import { checkSpikeTrain } from "./validate";

/**
 * Spike times of each neuron: times[i] lists, ascending, the steps t with x_i(t) = 1.
 *
 * The package's `spike_times(spike_train)` is `np.where(spike_train == 1.0)`, a (steps,
 * neurons) pair of flat index arrays in time-major order; for one neuron's 1-D train
 * `spike_train[:, i]` its single array equals times[i].
 */
export function spikeTimes(train: SpikeTrain): Int32Array[] {
  checkSpikeTrain("spikeTimes", train);
  return collectSpikeTimes(train);
}

/** Spike times per neuron of an already validated train. */
export function collectSpikeTimes(train: SpikeTrain): Int32Array[] {
  const { steps, neurons, data } = train;
  const counts = spikeCounts(train);
  const times = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(neurons);
  for (let t = 0; t < steps; t++) {
    const base = t * neurons;
    for (let i = 0; i < neurons; i++) if (data[base + i] === 1) times[i][fill[i]++] = t;
  }
  return times;
}

/**
 * Inter-spike intervals of each neuron: isi[i][k] = times[i][k+1] − times[i][k] (all ≥ 1), one
 * fewer than the neuron's spikes (empty for 0 or 1 spike).
 *
 * The package's `spike_time_intervals(spike_train)` takes differences of the *last* array of
 * `np.where`, which for a 2-D train are differences of neuron indices, not ISIs. Its number is
 * correct only for a single neuron's 1-D train `spike_train[:, i]`, where it equals isi[i].
 */
export function interSpikeIntervals(train: SpikeTrain): Int32Array[] {
  checkSpikeTrain("interSpikeIntervals", train);
  return collectSpikeTimes(train).map(intervalsOf);
}

/** Differences of consecutive spike times. */
export function intervalsOf(times: Int32Array): Int32Array {
  const d = new Int32Array(Math.max(0, times.length - 1));
  for (let k = 0; k < d.length; k++) d[k] = times[k + 1] - times[k];
  return d;
}

/**
 * Coefficient of variation of each neuron's ISIs: CV_i = std(isi_i)/mean(isi_i), with the
 * population std (ddof 0, numpy's default). null when the neuron has fewer than 2 intervals
 * (fewer than 3 spikes). 0 for a perfectly regular neuron; ≈ 1 for a Poisson-like one.
 * (The package has no such function.)
 */
export function isiCoefficientOfVariation(train: SpikeTrain): (number | null)[] {
  checkSpikeTrain("isiCoefficientOfVariation", train);
  return collectSpikeTimes(train).map((times) => {
    const isi = intervalsOf(times);
    if (isi.length < 2) return null;
    const m = mean(isi);
    return populationStd(isi, m) / m;
  });
}
