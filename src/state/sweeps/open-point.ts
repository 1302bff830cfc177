/**
 * "Open this point in the lab": a `sorn.run` point as the lab's configuration. The point ran the
 * package's defaults overridden by its parameters (the sweep's base and axis values; a control
 * leaves its parameter at the default), at its seed, with noise unless `noise` = false, on
 * uniform input seeded (seed + 1000) mod 2³² — the lab's default input. So the lab gets every
 * parameter (defaults, then the point's), the seed and the noise switch; `steps` and `from` are
 * the sweep's run length, not lab parameters.
 */
import type { Json } from "../../pool/registry";
import { PARAM_SPECS, type SornParams } from "../../models/sorn/params";
import type { SweepPoint } from "../../experiments/sweep/points";

/** What the lab loads for a point. */
export interface LabPoint {
  params: SornParams;
  seed: number;
  noise: boolean;
  /** The steps the point ran (the lab's Step N can replay them). */
  steps: number;
}

/** The lab configuration of `point` of a sweep on `target`, or why there is none. */
export function labPoint(target: string, point: Pick<SweepPoint, "params" | "seed">): { ok: true; lab: LabPoint } | { ok: false; why: string } {
  if (target !== "sorn.run") return { ok: false, why: `a ${target} point is not a SORN configuration the lab can open (only sorn.run points are)` };
  const params = Object.fromEntries(PARAM_SPECS.map((s) => [s.name, s.default])) as Record<string, Json>;
  for (const [k, v] of Object.entries(point.params)) if (PARAM_SPECS.some((s) => s.name === k)) params[k] = v;
  const noise = point.params.noise ?? true;
  if (typeof noise !== "boolean") return { ok: false, why: `noise: must be true or false, got ${JSON.stringify(noise)}` };
  const steps = typeof point.params.steps === "number" ? point.params.steps : 2000;
  return { ok: true, lab: { params: params as unknown as SornParams, seed: point.seed, noise, steps } };
}
