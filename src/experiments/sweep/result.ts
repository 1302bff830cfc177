/**
 * A sweep's results: one {@link PointResult} per point in index order, with the spec and its
 * hash. `ms` of each point and the document's `timing` are the timing fields; everything else is
 * a function of the spec, so two runs (any worker count, a resumed run, a Slurm merge) agree on
 * {@link withoutTiming} of their documents bit for bit.
 */
import type { SweepPoint } from "./points";
import type { CheckedSweep, SweepSpec } from "./spec";
import type { MetricValues } from "./targets/all";

export const RESULTS_FORMAT = "sorn-lab-sweep-results";

/** One finished (or failed) point. */
export interface PointResult extends SweepPoint {
  /** The metrics (absent when the point failed). */
  readonly metrics?: MetricValues;
  /** Why the point failed (absent when it ran). */
  readonly error?: string;
  /** Milliseconds of its evaluation (timing). */
  readonly ms?: number;
}

/** The results document. */
export interface SweepResults {
  readonly format: typeof RESULTS_FORMAT;
  readonly version: 1;
  readonly hash: string;
  readonly spec: SweepSpec;
  readonly points: readonly PointResult[];
  /** Counts of finished and failed points. */
  readonly done: number;
  readonly failed: number;
  /** Timing: seconds, workers, where it ran, points taken from the cache. */
  readonly timing?: Readonly<Record<string, number | string>>;
}

/** The document of `points` (in index order) of `sweep`. */
export function sweepResults(sweep: CheckedSweep, points: readonly PointResult[], timing?: Record<string, number | string>): SweepResults {
  const failed = points.filter((p) => p.error !== undefined).length;
  return { format: RESULTS_FORMAT, version: 1, hash: sweep.hash, spec: sweep.spec, points, done: points.length - failed, failed, ...(timing ? { timing } : {}) };
}

/** `doc` without its timing fields (what two runs of one spec share exactly). */
export function withoutTiming(doc: SweepResults): Omit<SweepResults, "timing"> {
  const { timing: _t, points, ...rest } = doc;
  return { ...rest, points: points.map(({ ms: _ms, ...p }) => p) };
}
