/**
 * An {@link Evaluator} over the sweep machinery: a batch of genotypes becomes one sweep — the
 * target and base of the evolve spec, one zipped axis walking the genotypes (a cell per
 * genotype), the spec's repeats and seed, its metric — so the same batch runs on the local pool
 * ({@link poolEvaluator}) or as a Slurm array (the CLI's), with the same points. A genotype's
 * fitness is the spec's aggregate (mean / median / min) of its repeats' metric values, null
 * values and failed points left out (null when none is left).
 */
import type { Json } from "../../pool/registry";
import type { PointResult } from "../sweep/result";
import { runSweep, type PointRunner } from "../sweep/runner";
import { checkSweep, type CheckedSweep, type SweepSpec } from "../sweep/spec";
import { quartiles } from "../sweep/summary";
import type { Evaluator } from "./evolve";
import type { Genotype } from "./genes";
import type { CheckedEvolve } from "./spec";

/** The sweep that evaluates `batch` for `spec`. */
export function batchSweep(spec: CheckedEvolve, batch: readonly Genotype[]): CheckedSweep {
  const sweep: SweepSpec = {
    name: `evolve ${spec.hash}`,
    target: spec.target.id,
    base: spec.base,
    axes: [{ zip: spec.genes.map((g) => ({ param: g.key, values: batch.map((genes) => genes[g.key]) as Json[] })) }],
    repeats: spec.repeats,
    seed: spec.seed,
    metrics: [spec.metric],
  };
  return checkSweep(sweep, { force: true });
}

/** The fitness of each cell of a batch sweep's points. */
export function batchFitness(spec: CheckedEvolve, sweep: CheckedSweep, points: readonly PointResult[]): (number | null)[] {
  const values: (number | null)[][] = Array.from({ length: sweep.cells }, () => []);
  for (const p of points) values[p.cell].push(p.metrics?.[spec.metric] ?? null);
  return values.map((vs) => {
    const q = quartiles(vs);
    if (q.n === 0) return null;
    return spec.aggregate === "mean" ? q.mean : spec.aggregate === "median" ? q.median : q.min;
  });
}

/** Evaluate batches on the worker pool (`workers: 0`: in this thread). */
export function poolEvaluator(spec: CheckedEvolve, run: PointRunner, workers?: number): Evaluator {
  return async (batch) => {
    const sweep = batchSweep(spec, batch);
    const { points } = await runSweep(sweep, { run, workers });
    return batchFitness(spec, sweep, points);
  };
}
