/**
 * Every pre-made part by slot and name (spec spikey.md §6 "Parts"), and the network's own keys.
 * A network spec names one part per slot; `sorn spikey list` prints this catalogue.
 */
import type { PartKey } from "./keys";
import { Population, RBF, RankOrder } from "./parts/encoders";
import type { InputPart } from "./parts/input-types";
import { RateMap, StaticMap } from "./parts/inputs";
import { Izhikevich } from "./parts/izhikevich";
import { LIF, RandPotential } from "./parts/lif";
import type { NeuronPart } from "./parts/neuron-types";
import { NeuronRates, PopulationVector, Threshold, TopAction, type ReadoutPart } from "./parts/readouts";
import { FlorianPerSpike, MatchExpected, OrdinalMatch, StateSet, type RewarderPart } from "./parts/rewarders";
import { Manual, Random, type WeightPart } from "./parts/weights";
import { MSTDP, MSTDPET } from "./synapses/florian";
import { LTP, RLSTDP } from "./synapses/rlstdp";
import type { SynapsePart } from "./synapses/types";
import type { PartInfo } from "./types";

export const NEURONS: readonly NeuronPart[] = [LIF, RandPotential, Izhikevich];
export const INPUTS: readonly InputPart[] = [RateMap, StaticMap, RBF, RankOrder, Population];
export const WEIGHTS: readonly WeightPart[] = [Manual, Random];
export const SYNAPSES: readonly SynapsePart[] = [RLSTDP, LTP, MSTDP, MSTDPET];
export const READOUTS: readonly ReadoutPart[] = [Threshold, NeuronRates, PopulationVector, TopAction];
export const REWARDERS: readonly RewarderPart[] = [MatchExpected, FlorianPerSpike, StateSet, OrdinalMatch];

/** The catalogue by slot. */
export const CATALOGUE = { inputs: INPUTS, neurons: NEURONS, weights: WEIGHTS, synapses: SYNAPSES, readout: READOUTS, rewarder: REWARDERS } as const;
export type CatalogueSlot = keyof typeof CATALOGUE;

/** The network's own keys (spec §1.1, §1.3). */
export const NETWORK_KEYS: readonly PartKey[] = [
  { name: "n_inputs", description: "Number of input units.", type: "int", min: 0, max: 100_000 },
  { name: "n_neurons", description: "Number of body neurons.", type: "int", min: 1, max: 100_000 },
  { name: "n_outputs", description: "Output neurons: the last n_outputs body neurons.", type: "int", min: 1, max: 100_000 },
  { name: "processing_time", description: "Network steps (ms) per game step (one tick).", type: "int", min: 1, max: 1e7 },
  { name: "continuous_rwd_action", description: "With a per-step rewarder, the action it judges each step: output_spike (did an output fire this step) or spikey_buffer_tail (Spikey's notebooks: the log's last row, i.e. the previous tick's last step until the tick's last step).", type: "choice", default: "output_spike", choices: ["output_spike", "spikey_buffer_tail"] },
];

/** The part named `name` in `slot`, or undefined. */
export function findPart(slot: CatalogueSlot, name: string): PartInfo | undefined {
  return (CATALOGUE[slot] as readonly PartInfo[]).find((p) => p.name === name);
}
