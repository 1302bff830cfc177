/**
 * The sweep spec (JSON) and its check. A spec names
 *   target   — what a point runs (`./targets/`: sorn.run, counting, rnn.train, nqueens, toy.quadratic);
 *   base     — fixed parameters of every point (optional);
 *   axes     — the grid (`./axes.ts`: ranges, lists, zipped lists), cells = Π_a |axis a|;
 *   repeats  — R runs per cell, at the seeds of `./seeds.ts` (default 1);
 *   seed     — the sweep seed (default 0);
 *   metrics  — what each point reports (the target's names).
 * Points = cells × R, at most {@link MAX_POINTS} unless forced. Its identity is the hash of its
 * canonical JSON (`./canonical.ts`); {@link checkSweep} gives one SornInputError naming the
 * first bad key or value.
 */
import { SornInputError } from "../../models/params/error";
import { checkSeed } from "../../models/params/seed";
import type { Json } from "../../pool/registry";
import { normalAxis, type AxisSpec, type NormalAxis } from "./axes";
import { canonicalCopy, hashOf } from "./canonical";
import { findTarget, takesParam, targetIds, type SweepTarget } from "./targets/all";

export const SWEEP_FORMAT = "sorn-lab-sweep";
export const SWEEP_VERSION = 1;
/** The most points a sweep may have without `force` (`--force` in the CLI). */
export const MAX_POINTS = 10_000;

/** A sweep spec as written (JSON). */
export interface SweepSpec {
  readonly format?: typeof SWEEP_FORMAT;
  readonly version?: number;
  /** A free label. */
  readonly name?: string;
  readonly target: string;
  readonly base?: Readonly<Record<string, Json>>;
  readonly axes?: readonly AxisSpec[];
  readonly repeats?: number;
  readonly seed?: number;
  readonly metrics: readonly string[];
}

/** A checked sweep: everything a runner needs to make point i. */
export interface CheckedSweep {
  /** The spec as plain canonical JSON. */
  readonly spec: SweepSpec;
  /** hashOf(spec): 16 hex digits. */
  readonly hash: string;
  readonly target: SweepTarget;
  readonly base: Readonly<Record<string, Json>>;
  readonly axes: readonly NormalAxis[];
  readonly cells: number;
  readonly repeats: number;
  readonly points: number;
  readonly seed: number;
  readonly metrics: readonly string[];
}

const FIELDS = ["format", "version", "name", "target", "base", "axes", "repeats", "seed", "metrics"];

/** Check `value` as a sweep spec; `force` lifts the {@link MAX_POINTS} limit. */
export function checkSweep(value: unknown, options: { force?: boolean } = {}): CheckedSweep {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new SornInputError("spec", "must be a JSON object { target, axes, metrics, … }");
  const s = value as Record<string, unknown>;
  for (const k of Object.keys(s)) if (!FIELDS.includes(k)) throw new SornInputError(k, `unknown field of a sweep spec (fields: ${FIELDS.join(", ")})`);
  if (s.format !== undefined && s.format !== SWEEP_FORMAT) throw new SornInputError("format", `must be '${SWEEP_FORMAT}', got ${JSON.stringify(s.format)}`);
  if (s.version !== undefined && s.version !== SWEEP_VERSION) throw new SornInputError("version", `must be ${SWEEP_VERSION}, got ${JSON.stringify(s.version)}`);
  if (typeof s.target !== "string") throw new SornInputError("target", `needs a target (targets: ${targetIds().join(", ")})`);
  const target = findTarget(s.target);
  if (!target) throw new SornInputError("target", `unknown target '${s.target}' (targets: ${targetIds().join(", ")})`);
  const known = (name: string, where: string) => {
    if (!takesParam(target, name)) throw new SornInputError(where, `unknown parameter '${name}' of target ${target.id} (parameters: ${target.params.join(", ")})`);
  };
  const base = (s.base ?? {}) as Record<string, Json>;
  if (typeof base !== "object" || Array.isArray(base) || base === null) throw new SornInputError("base", "must be an object of parameter values");
  for (const k of Object.keys(base)) known(k, `base.${k}`);
  if (s.axes !== undefined && !Array.isArray(s.axes)) throw new SornInputError("axes", "must be a list of axes");
  const axes = ((s.axes ?? []) as unknown[]).map((a, i) => normalAxis(a, `axes[${i}]`));
  const seen = new Set<string>();
  axes.forEach((a, i) => a.params.forEach((p) => {
    known(p, `axes[${i}]`);
    if (seen.has(p)) throw new SornInputError(`axes[${i}]`, `parameter '${p}' is on two axes`);
    seen.add(p);
  }));
  const repeats = s.repeats ?? 1;
  if (typeof repeats !== "number" || !Number.isSafeInteger(repeats) || repeats < 1) throw new SornInputError("repeats", `must be an integer ≥ 1, got ${JSON.stringify(repeats)}`);
  const seed = checkSeed(s.seed ?? 0, "seed");
  if (!Array.isArray(s.metrics) || s.metrics.length === 0) throw new SornInputError("metrics", `needs at least one metric (e.g. ${target.metricExamples.join(", ")})`);
  for (const m of s.metrics) {
    const why = typeof m === "string" ? target.checkMetric(m) : `must be metric names, got ${JSON.stringify(m)}`;
    if (why) throw new SornInputError("metrics", why);
  }
  if (new Set(s.metrics).size !== s.metrics.length) throw new SornInputError("metrics", "names a metric twice");
  const cells = axes.reduce((n, a) => n * a.rows.length, 1);
  const points = cells * repeats;
  if (points > MAX_POINTS && !options.force) throw new SornInputError("axes", `the sweep has ${points.toLocaleString("en")} points (${cells} cells × ${repeats} repeats), over the limit of ${MAX_POINTS.toLocaleString("en")}; pass --force (force: true) to run it anyway`);
  const spec = canonicalCopy(value as Json) as unknown as SweepSpec;
  return { spec, hash: hashOf(spec), target, base, axes, cells, repeats, points, seed, metrics: s.metrics as string[] };
}
