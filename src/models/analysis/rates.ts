/**
 * Firing rates: of one neuron, of each neuron, and of the network at each step.
 * Spike trains are time × neurons, 0/1 (the `SpikeTrain` type).
 */
import type { SpikeTrain } from "../sorn/types";
import { checkNeuron, checkPositiveInteger, checkSpikeTrain, fail } from "./validate";

/** The firing rate of one neuron over a whole run. */
export interface NeuronFiringRate {
  /** T, the number of steps. */
  steps: number;
  /** The bin size the rate per bin refers to. */
  binSize: number;
  /** S, the neuron's number of spikes over the T steps. */
  spikes: number;
  /** S·binSize/T: mean spikes per bin of `binSize` steps. */
  spikesPerBin: number;
  /** S/T: mean spikes per step (the probability of spiking at a step). */
  ratePerStep: number;
}

/**
 * Firing rate of neuron `neuron`: with S its number of spikes over T steps, the mean spikes per
 * bin of `binSize` steps S·binSize/T and the rate per step S/T.
 *
 * The package's `firing_rate_neuron(spike_train, neuron, bin_size)` returns
 * `(T, bin_size, S·bin_size/T)`, i.e. `(steps, binSize, spikesPerBin)` here; when T is not a
 * multiple of binSize its last bin is shorter but the same formula is used, as here.
 * Throws when `binSize` is not a positive integer or exceeds T, or `neuron` is out of range.
 */
export function neuronFiringRate(train: SpikeTrain, neuron: number, binSize: number): NeuronFiringRate {
  const fn = "neuronFiringRate";
  checkSpikeTrain(fn, train);
  checkNeuron(fn, neuron, train.neurons);
  checkPositiveInteger(fn, binSize, "binSize");
  const { steps, neurons, data } = train;
  if (binSize > steps) fail(fn, `binSize (${binSize}) must not exceed the run length (${steps} steps)`);
  let spikes = 0;
  for (let t = 0; t < steps; t++) spikes += data[t * neurons + neuron];
  return { steps, binSize, spikes, spikesPerBin: (spikes * binSize) / steps, ratePerStep: spikes / steps };
}

/**
 * Network firing rate: the number of active neurons at each step, a(t) = Σ_i x_i(t), length T.
 * Same as the package's `firing_rate_network(spike_train)`.
 */
export function networkFiringRate(train: SpikeTrain): Int32Array {
  checkSpikeTrain("networkFiringRate", train);
  return activeCounts(train);
}

/** Active neurons per step of an already validated train. */
export function activeCounts(train: SpikeTrain): Int32Array {
  const { steps, neurons, data } = train;
  const a = new Int32Array(steps);
  for (let t = 0; t < steps; t++) {
    let s = 0;
    const base = t * neurons;
    for (let i = 0; i < neurons; i++) s += data[base + i];
    a[t] = s;
  }
  return a;
}

/** Spike count of each neuron over the run, S_i = Σ_t x_i(t), length N. */
export function neuronSpikeCounts(train: SpikeTrain): Int32Array {
  checkSpikeTrain("neuronSpikeCounts", train);
  return spikeCounts(train);
}

/** Mean rate of each neuron per step, r_i = S_i/T, length N. */
export function neuronMeanRates(train: SpikeTrain): Float64Array {
  checkSpikeTrain("neuronMeanRates", train);
  return meanRates(train);
}

/** Mean rate per step of each neuron of an already validated train. */
export function meanRates(train: SpikeTrain): Float64Array {
  const counts = spikeCounts(train);
  const r = new Float64Array(train.neurons);
  for (let i = 0; i < r.length; i++) r[i] = counts[i] / train.steps;
  return r;
}

/** Spike counts per neuron of an already validated train. */
export function spikeCounts(train: SpikeTrain): Int32Array {
  const { steps, neurons, data } = train;
  const c = new Int32Array(neurons);
  for (let t = 0; t < steps; t++) {
    const base = t * neurons;
    for (let i = 0; i < neurons; i++) c[i] += data[base + i];
  }
  return c;
}
