/**
 * The Spikey family's parameter schema (issue 17 on the model seam): the preset, and the keys
 * users tune most, each taken from the part that reads it (name, range, description; `KEY_SOURCES`).
 *
 * A numeric key is "floatOrAuto" with default null = auto: the preset's value, or the part's own
 * default where the preset sets none (the parts' defaults cannot be the schema's: E1's
 * trace_decay is 0.04, the part's 1, and a number here would override every preset). A given
 * number goes into the flat dict with the user's priority (user > preset > game, `mergeParams`),
 * where the part's own check (`checkKey`: integer, range) and `checkKnownKeys` (a key the
 * preset's parts do not read, e.g. action_threshold with E5's TopAction) name the key.
 *
 * Live keys (`LIVE`) apply through `SpikeyNetwork.set` from the next tick (the model computes a
 * tick whole, see model.ts); the others are structural.
 */
import { checkParam, paramSpec } from "../params/codec";
import { SornInputError } from "../params/error";
import type { ParamSchema, ParamSpec } from "../params/schema";
import { NETWORK_KEYS } from "./catalogue";
import { checkKey, type PartKey } from "./keys";
import { LIF } from "./parts/lif";
import { FlorianPerSpike } from "./parts/rewarders";
import { Random } from "./parts/weights";
import { PRESETS, findPreset, type SpikeyPreset } from "./presets";
import { RLSTDP } from "./synapses/rlstdp";

/** The preset played when none is given. */
export const DEFAULT_PRESET = "e1-rate-xor";

/** The keys `setParams` applies live (every preset's LIF neurons and RLSTDP/LTP synapses have them). */
export const LIVE: readonly string[] = ["learning_rate", "trace_decay", "firing_threshold", "potential_decay", "prob_rand_fire"];

/** The schema's numeric keys: [name, lab group, the keys of the part they are taken from]. */
export const KEY_SOURCES: readonly (readonly [string, string, readonly PartKey[]])[] = [
  ["processing_time", "Network", NETWORK_KEYS],
  ["learning_rate", "Synapses", RLSTDP.keys],
  ["trace_decay", "Synapses", RLSTDP.keys],
  ["stdp_window", "Synapses", RLSTDP.keys],
  ["max_weight", "Weights", Random.keys],
  ["weight_init_low", "Weights", Random.keys],
  ["weight_init_high", "Weights", Random.keys],
  ["firing_threshold", "Neurons", LIF.keys],
  ["potential_decay", "Neurons", LIF.keys],
  ["prob_rand_fire", "Neurons", LIF.keys],
  ["refractory_period", "Neurons", LIF.keys],
  ["reward_mult", "Reward", FlorianPerSpike.keys],
  ["punish_mult", "Reward", FlorianPerSpike.keys],
];

/** The part key behind schema key `name` (undefined for `preset`). */
export function partKey(name: string): PartKey | undefined {
  const src = KEY_SOURCES.find(([n]) => n === name);
  return src?.[2].find((k) => k.name === name);
}

function specOf([name, group, keys]: readonly [string, string, readonly PartKey[]]): ParamSpec {
  const key = keys.find((k) => k.name === name);
  if (!key) throw new Error(`spikey family: no part declares '${name}'`);
  const live = LIVE.includes(name);
  const whole = key.type === "int" ? " A whole number." : "";
  const timing = live ? " Live: applies from the next tick." : "";
  return { name, group, kind: "floatOrAuto", default: null, min: key.min, max: key.max, structural: !live, description: `${key.description}${whole} Auto: the preset's value.${timing}` };
}

/** The family's schema: `preset` first, then the numeric keys. */
export const SPIKEY_SCHEMA: ParamSchema = [
  { name: "preset", group: "Preset", kind: "choice", default: DEFAULT_PRESET, choices: PRESETS.map((p) => p.name), structural: true, description: "The experiment: its parts, flat dict and game (presets.ts); the model runs its training loop." },
  ...KEY_SOURCES.map(specOf),
];

/** Resolved parameters: the preset and every numeric key (null = auto). */
export interface SpikeyParams {
  preset: string;
  [key: string]: string | number | null;
}

/** Check one value against the schema and, for a number, its part's key (integer, range); returns it. */
export function checkSpikeyParam(name: string, value: unknown): string | number | null {
  const v = checkParam(paramSpec(SPIKEY_SCHEMA, name), value);
  const key = partKey(name);
  if (key && typeof v === "number") checkKey(key, v);
  return v;
}

/** Every parameter, the given ones checked (unknown names and bad values throw, naming the key). */
export function resolveSpikeyParams(given: object | undefined): SpikeyParams {
  if (given !== undefined && (given === null || typeof given !== "object")) throw new SornInputError("params", "must be an object of parameters by name");
  const out: SpikeyParams = { preset: DEFAULT_PRESET };
  for (const s of SPIKEY_SCHEMA) out[s.name] = s.default;
  for (const [name, value] of Object.entries(given ?? {})) if (value !== undefined) out[name] = checkSpikeyParam(name, value);
  return out;
}

/** The preset the params name. */
export function presetOf(p: SpikeyParams): SpikeyPreset {
  const preset = findPreset(p.preset);
  if (!preset) throw new SornInputError("preset", `unknown preset '${p.preset}' (presets: ${PRESETS.map((x) => x.name).join(", ")})`);
  return preset;
}

/** The user's layer of the flat dict: every numeric key that is not auto. */
export function userKeys(p: SpikeyParams): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name] of KEY_SOURCES) if (typeof p[name] === "number") out[name] = p[name] as number;
  return out;
}
