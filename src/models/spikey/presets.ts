/**
 * Spikey's experiments as presets (spec spikey.md §3): parts, the preset's flat dict and its
 * game. E1 is Florian's rate-coded XOR, E4 Izhikevich's conditioning, both with an lr = 0
 * control; E2 (temporal XOR) and E5 (ordinal conditioning, corrected rewarder) are exploratory.
 */
import { streamRng } from "./rng";
import type { PartChoice } from "./spec";

export interface SpikeyPreset {
  readonly name: string;
  readonly description: string;
  readonly exploratory: boolean;
  readonly parts: PartChoice;
  readonly params: Readonly<Record<string, unknown>>;
  readonly game: { readonly kind: "logic"; readonly gate: "AND" | "OR" | "XOR" } | { readonly kind: "rand_state"; readonly n_states: number };
  /** Game steps (patterns) to train on, and held-out evaluation patterns after (learning off). */
  readonly train: number;
  readonly evaluate: number;
  /** Episodes the train patterns are split into (the network is reset between; weights kept). */
  readonly episodes: number;
}

const E1_RATE = 40 / 500;
const e1Parts: PartChoice = { inputs: "RateMap", neurons: "LIF", weights: "Random", synapses: "RLSTDP", readout: "Threshold", rewarder: "FlorianPerSpike" };
const e1Params = {
  n_inputs: 60, n_neurons: 61, n_outputs: 1, processing_time: 500,
  layers: [[60, 60], [60, 1]], weight_init_low: 0, weight_init_high: 0.2,
  input_pct_inhibitory: 0.5, neuron_pct_inhibitory: 0, magnitude: 1, firing_threshold: 16, refractory_period: 0,
  prob_rand_fire: 0.15, potential_decay: 0.05, trace_decay: 0.04, punish_mult: 1, learning_rate: 0.625 / 25,
  max_weight: 5, stdp_window: 20, action_threshold: 0,
  state_rate_map: { "00": [0, 0], "01": [0, E1_RATE], "10": [E1_RATE, 0], "11": [E1_RATE, E1_RATE] },
};
const e4Parts: PartChoice = { inputs: "RateMap", neurons: "LIF", weights: "Random", synapses: "LTP", readout: "Threshold", rewarder: "StateSet" };
const e4Rates = Object.fromEntries(Array.from({ length: 10 }, (_, s) => [String(s), Array.from({ length: 10 }, (_, g) => (g === s ? 0.2 : 0))]));
const e4Params = {
  n_inputs: 100, n_neurons: 50, n_outputs: 50, processing_time: 100, layers: [[100, 50]], weight_init_low: 0, weight_init_high: 0.5,
  magnitude: 1, firing_threshold: 8, potential_decay: 0.05, refractory_period: 0, prob_rand_fire: 0,
  learning_rate: 0.1, stdp_window: 100, trace_decay: 1, max_weight: 2, action_threshold: 0,
  state_rate_map: e4Rates, reward_states: [0, 3, 6, 9],
};

/** E2's two fixed rasters (one per bit value, 500 steps × 30 units, p = 0.005 per ms), from a fixed stream so the preset is data. */
function e2Rasters(): Record<string, number[][]> {
  const rng = streamRng(2007, 99);
  const raster = (): number[][] => Array.from({ length: 500 }, () => Array.from({ length: 30 }, () => (rng.random() < 0.005 ? 1 : 0)));
  const [low, high] = [raster(), raster()];
  const join = (a: number[][], b: number[][]): number[][] => a.map((row, k) => [...row, ...b[k]]);
  return { "00": join(low, low), "01": join(low, high), "10": join(high, low), "11": join(high, high) };
}
const { state_rate_map: _rates, ...e1Rest } = e1Params;
const e2Params = { ...e1Rest, n_neurons: 21, layers: [[60, 20], [20, 1]], weight_init_high: 0.4, learning_rate: 0.5 / 25, state_spike_map: e2Rasters() };
const e5Parts: PartChoice = { inputs: "RateMap", neurons: "LIF", weights: "Random", synapses: "LTP", readout: "TopAction", rewarder: "OrdinalMatch" };
const e5Params = { ...e4Params, n_neurons: 60, n_outputs: 60, n_actions: 2, layers: [[100, 60]], weight_init_high: 1, reward_states: [2, 3, 6, 8] };
const { action_threshold: _thr, ...e5Rest } = e5Params;

export const PRESETS: readonly SpikeyPreset[] = [
  { name: "e1-rate-xor", description: "E1: Florian 2007 rate-coded XOR (60 inputs, 60 hidden, 1 output; 40 Hz bits; per-spike reward ±1; RLSTDP).", exploratory: false, parts: e1Parts, params: e1Params, game: { kind: "logic", gate: "XOR" }, train: 800, evaluate: 100, episodes: 1 },
  { name: "e1-control", description: "E1 with learning_rate 0 (the flat control).", exploratory: false, parts: e1Parts, params: { ...e1Params, learning_rate: 0 }, game: { kind: "logic", gate: "XOR" }, train: 800, evaluate: 100, episodes: 1 },
  { name: "e4-conditioning", description: "E4: Izhikevich 2007 conditioning, rough version (10 states, 100 inputs, 50 outputs; reward in states 0/3/6/9; LTP).", exploratory: false, parts: e4Parts, params: e4Params, game: { kind: "rand_state", n_states: 10 }, train: 500, evaluate: 200, episodes: 5 },
  { name: "e4-control", description: "E4 with learning_rate 0 (the flat control).", exploratory: false, parts: e4Parts, params: { ...e4Params, learning_rate: 0 }, game: { kind: "rand_state", n_states: 10 }, train: 500, evaluate: 200, episodes: 5 },
  { name: "e2-temporal-xor", description: "E2 (exploratory): Florian 2007 temporal XOR, each bit value a fixed 500 ms raster (p = 0.005/ms) on 30 inputs per group (60 as the notebook text says; its code has 2), 20 hidden + 1 output, w ~ U(0, 0.4), η 0.5/25.", exploratory: true, parts: { ...e1Parts, inputs: "StaticMap" }, params: e2Params, game: { kind: "logic", gate: "XOR" }, train: 800, evaluate: 100, episodes: 1 },
  { name: "e5-ordinal", description: "E5 corrected (exploratory): conditioning with a 2-pool TopAction output (60 outputs); reward when the action is 1 in states 2/3/6/8 and 0 elsewhere, as the notebook's comment says.", exploratory: true, parts: e5Parts, params: e5Rest, game: { kind: "rand_state", n_states: 10 }, train: 500, evaluate: 200, episodes: 5 },
];

/** The preset called `name`, or undefined. */
export function findPreset(name: string): SpikeyPreset | undefined {
  return PRESETS.find((p) => p.name === name);
}
