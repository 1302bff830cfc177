/**
 * Modifiers (spec spikey.md §1.8): per-tick schedules of one live key, applied at the start of
 * each tick k = 0, 1, …:
 * - LinearDecay: value_start + (value_stop − value_start) · min(k, step_stop)/step_stop (it
 *   starts from its own value_start, not always from the learning rate: §5 bug 3);
 * - DropOff: value_start while k < step_stop, then value_end.
 */
import { SornInputError } from "../../params/error";
import { checkKey, resolveKeys, type PartKey } from "../keys";

/** A modifier as a network spec holds it. */
export interface ModifierSpec {
  readonly name: "LinearDecay" | "DropOff";
  readonly param: string;
  readonly step_stop: number;
  readonly value_start: number;
  readonly value_stop?: number;
  readonly value_end?: number;
}

/** The live keys a modifier may drive. */
export const LIVE_KEYS = ["learning_rate", "trace_decay", "prob_rand_fire", "firing_threshold", "potential_decay"] as const;

const KEYS: Record<ModifierSpec["name"], readonly PartKey[]> = {
  LinearDecay: [
    { name: "param", description: "The live key it drives.", type: "choice", choices: LIVE_KEYS },
    { name: "step_stop", description: "Tick at which value_stop is reached.", type: "int", min: 1, max: 1e9 },
    { name: "value_start", description: "Value at tick 0.", type: "float", min: -1e9, max: 1e9 },
    { name: "value_stop", description: "Value from step_stop on.", type: "float", min: -1e9, max: 1e9 },
  ],
  DropOff: [
    { name: "param", description: "The live key it drives.", type: "choice", choices: LIVE_KEYS },
    { name: "step_stop", description: "Tick at which the value drops.", type: "int", min: 0, max: 1e9 },
    { name: "value_start", description: "Value before step_stop.", type: "float", min: -1e9, max: 1e9 },
    { name: "value_end", description: "Value from step_stop on.", type: "float", min: -1e9, max: 1e9 },
  ],
};

/** The modifiers' schemas, for `sorn spikey list`. */
export const MODIFIER_KEYS = KEYS;

/** A checked modifier: (tick) → [key, value]. */
export function buildModifier(spec: ModifierSpec, index: number): (tick: number) => [string, number] {
  const keys = KEYS[spec.name];
  if (!keys) throw new SornInputError(`modifiers[${index}].name`, `unknown modifier '${String(spec.name)}' (modifiers: ${Object.keys(KEYS).join(", ")})`);
  const v = resolveKeys(spec.name, keys, spec as unknown as Record<string, unknown>);
  for (const k of keys) checkKey(k, v[k.name]);
  const start = v.value_start as number;
  const stop = v.step_stop as number;
  const param = v.param as string;
  if (spec.name === "LinearDecay") {
    const end = v.value_stop as number;
    return (k) => [param, start + ((end - start) * Math.min(k, stop)) / stop];
  }
  return (k) => [param, k < stop ? start : (v.value_end as number)];
}
