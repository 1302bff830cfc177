import { PARAM_SPECS, PHASES, resolveParams, SornInputError, type Phase, type SornParams } from "./params";

/** The phase named `p` ('plasticity' runs the rules that are on, 'training' none), or an error. */
export function checkPhase(p: string): Phase {
  if (!(PHASES as readonly string[]).includes(p)) throw new SornInputError("phase", `must be 'plasticity' or 'training', got '${p}'`);
  return p as Phase;
}

/** The noise setting (Gaussian noise on every drive: on or off), which must be a boolean. */
export function checkNoise(value: unknown): boolean {
  if (typeof value !== "boolean") throw new SornInputError("noise", `must be true or false, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * The parameters after the live edit `changes`, resolved and checked as at construction. A
 * structural one (ne, nu, λ, network types, σ_ip, h_ip, Ti range) is refused: it needs a new network.
 */
export function liveParams(current: SornParams, changes: Readonly<Record<string, unknown>>): SornParams {
  for (const key of Object.keys(changes)) {
    const spec = PARAM_SPECS.find((s) => s.name === key);
    if (spec?.structural) throw new SornInputError(key, "changes the network's structure; build a new network (reset) to change it");
  }
  return resolveParams({ ...current, ...changes });
}
