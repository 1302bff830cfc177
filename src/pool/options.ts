/** The options of a pool run, and their checks (one clear error per bad value). */
import type { JobError } from "./errors";
import { hasKind, knownKinds, type Job } from "./registry";

/** Overall progress of a run. */
export interface PoolProgress {
  /** In [0, 1]: (finished jobs + the running jobs' fractions) / total; never decreases; 1 at the end. */
  fraction: number;
  /** Jobs finished (results, and recorded errors). */
  done: number;
  total: number;
}

/** The part of an AbortSignal the pool uses (so this module needs no DOM or Node types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** Options of `runJobs`. */
export interface PoolOptions<R> {
  /**
   * How many workers: an integer ≥ 0, capped at the number of jobs; 0 runs the jobs in this
   * thread, one after another. Default: every core (`os.availableParallelism()` in Node,
   * `navigator.hardwareConcurrency` in the page).
   */
  workers?: number;
  /** Called as each job finishes (in completion order), with its index in `jobs`. */
  onResult?: (index: number, result: R) => void;
  /** Called as the overall progress moves. */
  onProgress?: (progress: PoolProgress) => void;
  /** Called for each job that fails, before the run stops (or goes on, with `errors: "record"`). */
  onError?: (error: JobError) => void;
  /** Aborting it terminates the running workers, starts no more jobs and rejects the run. */
  signal?: AbortSignalLike;
  /**
   * "stop" (default): the first failed job stops the run, which rejects with its JobError.
   * "record": the JobError takes the job's place among the results and the run goes on.
   */
  errors?: "stop" | "record";
}

/** The worker count for `total` jobs: `requested` checked, or `fallback()`, capped at `total`. */
export function resolveWorkers(requested: number | undefined, total: number, fallback: () => number): number {
  if (requested !== undefined && (typeof requested !== "number" || !Number.isInteger(requested) || requested < 0)) {
    throw new RangeError(`pool: workers must be an integer ≥ 0, got ${String(requested)}`);
  }
  const n = requested ?? Math.max(1, Math.floor(fallback()) || 1);
  return Math.min(n, total);
}

/** Check the jobs' shape and kinds before anything starts. */
export function checkJobs(jobs: readonly Job[], options: PoolOptions<unknown>): void {
  if (!Array.isArray(jobs)) throw new TypeError("pool: jobs must be an array");
  jobs.forEach((job, i) => {
    if (job === null || typeof job !== "object" || typeof job.kind !== "string") {
      throw new TypeError(`pool: job ${i} must be { kind: string, spec }`);
    }
    if (!hasKind(job.kind)) throw new Error(`pool: job ${i}: unknown job kind '${job.kind}' (known: ${knownKinds().join(", ")})`);
  });
  if (options.errors !== undefined && options.errors !== "stop" && options.errors !== "record") {
    throw new RangeError(`pool: errors must be "stop" or "record", got ${String(options.errors)}`);
  }
}
