/**
 * Run a sweep's points on the worker pool: points found in the cache are taken as they are, the
 * rest become "sweep.point" jobs (any worker count; each job a pure function of its spec, so the
 * results are the same for any count), stored in the cache and reported as each finishes. A
 * failed point is recorded with its error and the run goes on. Aborting the signal stops the
 * pool (rejecting with its PoolCancelledError); what finished before is in the cache, so the
 * same call later resumes where it stopped.
 */
import type { Job } from "../../pool/registry";
import type { PointCache } from "./cache";
import { sweepPointKind, type PointJobResult, type PointJobSpec } from "./kind";
import { pointAt, type SweepPoint } from "./points";
import type { PointResult } from "./result";
import type { CheckedSweep } from "./spec";

/** The part of an AbortSignal the pool reads. */
export interface SweepSignal {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/**
 * The pool's `runJobs` as this module uses it (`src/pool/node` or `src/pool/browser` pass as
 * they are; declared here so this pure module needs no pool internals).
 */
export type PointRunner = (
  jobs: readonly Job<PointJobSpec, PointJobResult>[],
  options: {
    workers?: number;
    signal?: SweepSignal;
    errors: "record";
    onResult: (index: number, result: PointJobResult) => void;
    onError: (error: { index: number; reason: string; causeName: string }) => void;
  },
) => Promise<unknown>;

/** Options of {@link runSweep}. */
export interface RunSweepOptions {
  /** The pool: `runJobs` of `src/pool/node` (CLI) or `src/pool/browser` (page). */
  readonly run: PointRunner;
  /** Worker count (the pool's default: every core; 0: in this thread). */
  readonly workers?: number;
  readonly cache?: PointCache;
  /** The points to run (default all, in order), e.g. one Slurm task's share. */
  readonly indices?: readonly number[];
  /** Called as each point is known: from the cache first, then as jobs finish. */
  readonly onPoint?: (point: PointResult, fromCache: boolean) => void;
  readonly signal?: SweepSignal;
}

/** What {@link runSweep} resolves to: the points in the order of `indices`, and how many came from the cache. */
export interface SweepRun {
  readonly points: PointResult[];
  readonly cached: number;
  readonly computed: number;
}

/** A point job's spec for `p`. */
export function pointJob(sweep: CheckedSweep, p: SweepPoint) {
  return sweepPointKind.job({ target: sweep.target.id, params: p.params, seed: p.seed, metrics: sweep.metrics });
}

/** Run `sweep` (see the module comment). */
export async function runSweep(sweep: CheckedSweep, options: RunSweepOptions): Promise<SweepRun> {
  const indices = options.indices ?? Array.from({ length: sweep.points }, (_, i) => i);
  const out = new Array<PointResult>(indices.length);
  const todo: { slot: number; point: SweepPoint }[] = [];
  let cached = 0;
  for (let slot = 0; slot < indices.length; slot++) {
    const point = pointAt(sweep, indices[slot]);
    const hit = await options.cache?.get(point.index);
    if (hit && hit.error === undefined) {
      out[slot] = hit;
      cached++;
      options.onPoint?.(hit, true);
    } else todo.push({ slot, point });
  }
  const writes: Promise<void>[] = [];
  const settle = (k: number, result: PointResult) => {
    out[todo[k].slot] = result;
    const w = options.cache?.put(result);
    if (w) writes.push(w);
    options.onPoint?.(result, false);
  };
  if (todo.length) {
    await options.run(todo.map((t) => pointJob(sweep, t.point)), {
      workers: options.workers,
      signal: options.signal,
      errors: "record",
      onResult: (k, r) => settle(k, { ...todo[k].point, metrics: r.metrics, ms: r.ms }),
      onError: (e) => settle(e.index, { ...todo[e.index].point, error: `${e.causeName === "Error" ? "" : `${e.causeName}: `}${e.reason}` }),
    });
  }
  await Promise.all(writes);
  return { points: out, cached, computed: todo.length };
}
