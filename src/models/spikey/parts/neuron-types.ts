/** The neuron slot's contract and the keys the LIF-like neurons share (spec spikey.md §1.3, §2.1). */
import type { PartKey } from "../keys";
import type { PartInfo, Rng } from "../types";

/**
 * A group of n_neurons body neurons. Per network step the network calls `fire` (spikes from the
 * current potentials) and then `integrate` (the step's synaptic drive), in that order.
 */
export interface NeuronGroup {
  readonly size: number;
  /** ±1 per neuron: the sign of its spikes (Dale's law through the spike, weights stay ≥ 0). */
  readonly polarities: Float32Array;
  /** Membrane potentials (float32). */
  readonly potentials: Float32Array;
  /** Write each neuron's output this step (0, or magnitude × polarity) into out[offset + i]. */
  fire(out: Float32Array, offset: number): void;
  /** One step of the membrane: refractory bookkeeping, leak, then + drive[i]. */
  integrate(drive: Float32Array): void;
  /** A live change of one key (modifiers); false when this group has no such key. */
  set(name: string, value: number): boolean;
  /** Back to rest (new episode); polarities are kept. */
  reset(): void;
}

/** A neuron part: its schema and how to build the group from resolved keys. */
export interface NeuronPart extends PartInfo {
  build(values: Readonly<Record<string, unknown>>, build: Rng, stream: Rng): NeuronGroup;
}

/** Keys every body-neuron part reads. */
export const NEURON_COMMON_KEYS: readonly PartKey[] = [
  { name: "n_neurons", description: "Number of body neurons (the last n_outputs are the outputs).", type: "int", min: 1, max: 100_000 },
  { name: "magnitude", description: "Size of a spike: a firing neuron outputs magnitude × polarity.", type: "float", default: 1, min: -1000, max: 1000 },
  { name: "neuron_pct_inhibitory", description: "Fraction of inhibitory (polarity −1) body neurons, each drawn Bernoulli at build.", type: "float", default: 0, min: 0, max: 1 },
  { name: "prob_rand_fire", description: "Probability per step that a neuron fires spontaneously (outside its refractory period).", type: "float", default: 0, min: 0, max: 1 },
];

/** Polarities: −1 with probability `pct` (one uniform per neuron, in order), else +1. */
export function drawPolarities(n: number, pct: number, rng: Rng): Float32Array {
  const p = new Float32Array(n);
  for (let i = 0; i < n; i++) p[i] = rng.random() < pct ? -1 : 1;
  return p;
}
