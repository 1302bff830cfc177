/**
 * Sweep axes, in Spikey's `Series` forms (spec spikey.md §2.2) and as objects:
 *   range  (attr, start, stop, step)  ≡ { param, start, stop, step }: numpy's arange,
 *          n = ⌈(stop − start) / step⌉ values (stop excluded), v₀ = start, v₁ = start + step,
 *          v_k = start + k·δ with δ = v₁ − v₀ (numpy's fill, rounding included);
 *   list   (attr, [v₀, v₁, …])        ≡ { param, values: [...] }; a null value is Spikey's `None`,
 *          the control: the parameter left at its default (or at the spec's base value);
 *   zipped [axis, axis, …]            ≡ { zip: [...] }: lists walked in lock-step (not a grid),
 *          all of the same length.
 * The sweep's cells are the grid (cartesian product) of its axes, a zipped group counting as
 * one axis. Every axis normalises to {@link NormalAxis}: its parameter names and its rows.
 */
import { SornInputError } from "../../models/params/error";
import type { Json } from "../../pool/registry";

/** A single-parameter axis as written in a spec. */
export type ParamAxisSpec =
  | { readonly param: string; readonly start: number; readonly stop: number; readonly step: number }
  | { readonly param: string; readonly values: readonly Json[] }
  | readonly [string, number, number, number]
  | readonly [string, readonly Json[]];

/** An axis as written in a spec: one parameter, or a zipped group. */
export type AxisSpec = ParamAxisSpec | { readonly zip: readonly ParamAxisSpec[] };

/** An axis ready to index: `rows[k][j]` is parameter `params[j]`'s value at step k (null: control). */
export interface NormalAxis {
  readonly params: readonly string[];
  readonly rows: readonly (readonly Json[])[];
}

/** The values of numpy's `arange(start, stop, step)` (errors name `where`). */
export function arange(start: number, stop: number, step: number, where: string): number[] {
  for (const [k, v] of [["start", start], ["stop", stop], ["step", step]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new SornInputError(`${where}.${k}`, `must be a finite number, got ${JSON.stringify(v)}`);
  }
  if (step === 0) throw new SornInputError(`${where}.step`, "must not be 0");
  const n = Math.max(0, Math.ceil((stop - start) / step));
  if (n > 1e6) throw new SornInputError(where, `gives ${n} values (at most 1,000,000 per axis)`);
  const delta = start + step - start; // numpy's fill: buffer[1] − buffer[0]
  return Array.from({ length: n }, (_, k) => (k === 0 ? start : k === 1 ? start + step : start + k * delta));
}

function paramAxis(a: unknown, where: string): { param: string; values: Json[] } {
  let param: unknown, values: Json[];
  if (Array.isArray(a)) {
    param = a[0];
    if (a.length === 4) values = arange(a[1], a[2], a[3], where);
    else if (a.length === 2 && Array.isArray(a[1])) values = [...a[1]];
    else throw new SornInputError(where, `must be [param, start, stop, step] or [param, [values…]], got ${JSON.stringify(a)}`);
  } else if (a && typeof a === "object") {
    const o = a as Record<string, unknown>;
    param = o.param;
    if (Array.isArray(o.values)) values = [...(o.values as Json[])];
    else if ("start" in o || "stop" in o || "step" in o) values = arange(o.start as number, o.stop as number, o.step as number, where);
    else throw new SornInputError(where, `needs values: [...] or start, stop, step (got keys ${Object.keys(o).join(", ") || "none"})`);
    const extra = Object.keys(o).filter((k) => !["param", "values", "start", "stop", "step"].includes(k));
    if (extra.length) throw new SornInputError(`${where}.${extra[0]}`, "unknown field (an axis has param and values, or param, start, stop, step)");
  } else throw new SornInputError(where, `must be an axis object or a Spikey tuple, got ${JSON.stringify(a)}`);
  if (typeof param !== "string" || !param) throw new SornInputError(`${where}.param`, `must be a parameter name, got ${JSON.stringify(param)}`);
  if (values.length === 0) throw new SornInputError(where, `axis '${param}' is empty (no values)`);
  return { param, values };
}

/** `a` (the spec's axes[i]) normalised; errors name `axes[i]…`. */
export function normalAxis(a: unknown, where: string): NormalAxis {
  if (a && typeof a === "object" && !Array.isArray(a) && "zip" in a) {
    const zip = (a as { zip: unknown }).zip;
    if (!Array.isArray(zip) || zip.length === 0) throw new SornInputError(`${where}.zip`, "must be a non-empty list of axes");
    const parts = zip.map((z, j) => paramAxis(z, `${where}.zip[${j}]`));
    const len = parts[0].values.length;
    parts.forEach((p, j) => {
      if (p.values.length !== len) throw new SornInputError(`${where}.zip[${j}]`, `has ${p.values.length} values but '${parts[0].param}' has ${len}: zipped lists walk in lock-step and need the same length`);
    });
    return { params: parts.map((p) => p.param), rows: Array.from({ length: len }, (_, k) => parts.map((p) => p.values[k])) };
  }
  const p = paramAxis(a, where);
  return { params: [p.param], rows: p.values.map((v) => [v]) };
}
