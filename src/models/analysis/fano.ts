/**
 * Fano factor of one neuron's spike counts in consecutive windows.
 */
import type { SpikeTrain } from "../sorn/types";
import { checkNeuron, checkPositiveInteger, checkSpikeTrain, fail } from "./validate";

/** Spike-count statistics of one neuron over consecutive windows. */
export interface FanoFactor {
  /** Window length L in steps. */
  windowLength: number;
  /** Number of complete windows, K = floor(T/L). */
  windows: number;
  /** Steps at the end left out because they do not fill a window: T − K·L. */
  droppedSteps: number;
  /** Mean spike count per window, c̄ = Σc_k/K. */
  mean: number;
  /** Population variance of the counts, Σ(c_k − c̄)²/K. */
  variance: number;
  /** variance/mean; null when the mean is 0 (the neuron is silent in every window). */
  fano: number | null;
}

/**
 * Fano factor F = Var(c)/E(c) of the spike counts c_k of neuron `neuron` in the K = floor(T/L)
 * consecutive windows [kL, (k+1)L) of length L = `windowLength`. An incomplete last window is
 * dropped (`droppedSteps` says how many steps). ≈ 1 for a Poisson-like neuron.
 *
 * The package's `fanofactor(spike_train, neuron, window_size)` splits the train into
 * `window_size` *windows* (np.split, so T must be divisible) and gives NaN for a silent neuron.
 * Its number for a given window_size is `fanoFactor(train, neuron, T / window_size)`.
 * Throws when `windowLength` is not a positive integer or exceeds T, or `neuron` is out of range.
 */
export function fanoFactor(train: SpikeTrain, neuron: number, windowLength: number): FanoFactor {
  const fn = "fanoFactor";
  checkSpikeTrain(fn, train);
  checkNeuron(fn, neuron, train.neurons);
  checkPositiveInteger(fn, windowLength, "windowLength");
  const { steps, neurons, data } = train;
  if (windowLength > steps) fail(fn, `windowLength (${windowLength}) must not exceed the run length (${steps} steps)`);
  const windows = Math.floor(steps / windowLength);
  const counts = new Float64Array(windows);
  for (let k = 0; k < windows; k++) {
    let c = 0;
    for (let t = k * windowLength; t < (k + 1) * windowLength; t++) c += data[t * neurons + neuron];
    counts[k] = c;
  }
  let sum = 0;
  for (const c of counts) sum += c;
  const mean = sum / windows;
  let ss = 0;
  for (const c of counts) ss += (c - mean) * (c - mean);
  const variance = ss / windows;
  return {
    windowLength,
    windows,
    droppedSteps: steps - windows * windowLength,
    mean,
    variance,
    fano: mean === 0 ? null : variance / mean,
  };
}
