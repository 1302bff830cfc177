/**
 * The Spikey family on the model seam (issue 17): a preset of presets.ts (E1 rate XOR, E4
 * conditioning, their lr = 0 controls, E2, E5) playing its game with its own training loop,
 * stepped 1 ms at a time (`SpikeyModel`, model.ts). Schema: family-params.ts.
 */
import type { ModelFamily, RuleInfo, SeriesInfo } from "../model";
import { SPIKEY_SCHEMA, type SpikeyParams } from "./family-params";
import { SpikeyModel, type SpikeyState } from "./model";

/** The one switchable part of the step. */
export const SPIKEY_RULES: readonly RuleInfo[] = [
  { name: "plasticity", title: "Plasticity", description: "The synapse part's learning (RLSTDP / LTP: Δw = η·z·k(Δ) per pre/post pair); off = no weight changes, exactly the preset's lr = 0 control (traces still run)." },
];

/** What an observer sees after each step, in this order. */
export const SPIKEY_SERIES: readonly SeriesInfo[] = [
  { name: "reward", title: "reward given this step (a per-tick rewarder's on the tick's last step)" },
  { name: "outputSpikes", title: "output neurons that spiked this step" },
  { name: "gameState", title: "game state of this step's tick (Logic: 2·b₀ + b₁; rand_state: its index)" },
  { name: "weightSum", title: "Σ w after this step's tick (computed once per tick)" },
];

/** Spikey-style modular spiking networks (Florian 2007 XOR, Izhikevich 2007 conditioning …). */
export const spikeyFamily: ModelFamily<SpikeyParams, SpikeyState, SpikeyModel> = {
  id: "spikey",
  title: "Spikey",
  description: "Spikey-style modular spiking network (LIF neurons, reward-modulated STDP) playing its preset's game: Florian 2007 rate-coded XOR, Izhikevich 2007 conditioning and their lr = 0 controls",
  schema: SPIKEY_SCHEMA,
  rules: SPIKEY_RULES,
  settings: [],
  records: [],
  series: SPIKEY_SERIES,
  create: (o = {}) => new SpikeyModel(o),
};
