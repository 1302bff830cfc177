/**
 * The pool's job kind "sweep.point": one sweep point — target, parameters, seed, metrics →
 * the metric values, and the milliseconds it took (a timing field: the only part of a result
 * that differs between two runs of the same point). Listed in src/pool/kinds.ts.
 */
import { defineKind, type Json } from "../../pool/registry";
import { findTarget, targetIds, type MetricValues } from "./targets/all";

/** What one point job runs. */
export interface PointJobSpec {
  readonly target: string;
  readonly params: Readonly<Record<string, Json>>;
  readonly seed: number;
  readonly metrics: readonly string[];
}

/** What it returns. */
export interface PointJobResult {
  metrics: MetricValues;
  /** Wall-clock milliseconds of the evaluation (timing). */
  ms: number;
}

/** Run one point in this thread. */
export async function runPointJob(spec: PointJobSpec, ctx: { progress(f: number): void; cancelled(): boolean }): Promise<PointJobResult> {
  const target = findTarget(spec.target);
  if (!target) throw new Error(`sweep point: unknown target '${spec.target}' (targets: ${targetIds().join(", ")})`);
  const t0 = Date.now();
  const metrics = await target.evaluate(spec.params, spec.seed, spec.metrics, ctx);
  return { metrics, ms: Date.now() - t0 };
}

export const sweepPointKind = defineKind<PointJobSpec, PointJobResult>("sweep.point", runPointJob);
