/** The synapse slot's contract (spec spikey.md §1.3 d, §1.7). */
import type { PartInfo, SpikeLog } from "../types";
import type { WeightMatrix } from "../parts/weights";

/**
 * A plasticity rule over the network's weights. Each network step the network calls `update`
 * once, after integrating (the log's newest row is this step, t = log.t − 1); rewards arrive
 * through `reward(r)`, every step after `update` (per-step reward) or once after a tick.
 */
export interface SynapseRule {
  /** False in evaluation: the rule keeps its traces but changes no weight. */
  learning: boolean;
  update(log: SpikeLog, polarities: Float32Array): void;
  reward(r: number): void;
  /** A live change of one key (modifiers: learning_rate …); false when the rule has no such key. */
  set(name: string, value: number): boolean;
  /** The current value of a key this rule has (modifiers read their start from here), else undefined. */
  get(name: string): number | undefined;
  /** New episode: traces to zero (weights are kept). */
  reset(): void;
}

/** A synapse part: its schema and how to build the rule over the weights. */
export interface SynapsePart extends PartInfo {
  build(values: Readonly<Record<string, unknown>>, weights: WeightMatrix): SynapseRule;
  /** How many past steps the rule reads from the log (the log keeps at least this many + 1). */
  window(values: Readonly<Record<string, unknown>>): number;
}
