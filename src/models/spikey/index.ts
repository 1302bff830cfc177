/**
 * Spikey-style modular spiking networks (issue 17; spec spikey.md). The public API the lab's
 * views, the CLI and the experiments use:
 *
 * - a network is data, a {@link NetworkSpec}: one part name per slot, one flat dict, the seed
 *   (`spec.ts`: `mergeParams` user > preset > game, `specKeys` the union schema a form shows,
 *   `specHash` a stable id); `catalogue.ts` lists every part with its keys (name, description,
 *   type, default, range) — the lab generates each part's form from them;
 * - `SpikeyNetwork` (`network.ts`) builds it and runs the tick contract; `onStep` sees every
 *   step's signed spikes (inputs first) and reward (the raster and the reward strip), `train`
 *   the tick's output train, `outputRate()` the per-state rate table's entries, `weights` the
 *   float32 (N_in+N) × N matrix (weight sums over time);
 * - games (`games/`): Logic (AND/OR/XOR), RandState (Izhikevich conditioning), CartPoleGame over
 *   `src/models/cartpole/`; presets (`presets.ts`): E1, E4 and their lr = 0 controls;
 * - synapses (`synapses/`): Spikey's RLSTDP/LTP (`SpikeyStdp.kernel(Δ)` for a kernel explorer;
 *   its update runs in a WebAssembly kernel, spikey-kernel.wat / .ts, bit-identical to the
 *   JavaScript pass spikey-pass.ts, with the credits of spikey-credit.ts; `SpikeyStdp.engine`
 *   says which), Florian's MSTDP/MSTDPET, and `florianFig1(rule)` (the Fig. 1 trace panel's curve).
 *   Once that kernel is built, `weights.w` is a view on its memory (`WeightMatrix.moveTo`).
 *
 * Module map: keys.ts (typed keys and their checks), types.ts (state keys, the spike log),
 * rng.ts (per-part seeded streams), parts/ (neurons, inputs, weights, readouts, rewarders,
 * modifiers), synapses/, games/, catalogue.ts, spec.ts, network.ts, presets.ts.
 */
export { CATALOGUE, NETWORK_KEYS, findPart, type CatalogueSlot } from "./catalogue";
export { checkKey, resolveKeys, type FlatParams, type KeyType, type PartKey } from "./keys";
export { SpikeyNetwork, type StepReport } from "./network";
export { PRESETS, findPreset, type SpikeyPreset } from "./presets";
export { canonicalJson, mergeParams, specHash, specKeys, type NetworkSpec, type PartChoice } from "./spec";
export { FIG1, FIG1_RULES, florianFig1, type Fig1Rule } from "./synapses/florian-fig1";
export { SpikeyStdp } from "./synapses/rlstdp";
export { FlorianStdp } from "./synapses/florian";
export { CartPoleGame } from "./games/cartpole";
export { GATES, Logic, RandState, type SpikeyGame } from "./games/logic";
export { MODIFIER_KEYS, LIVE_KEYS, type ModifierSpec } from "./parts/modifiers";
export { WeightMatrix } from "./parts/weights";
export { stateKey, SpikeLog, type Action, type GameState } from "./types";
