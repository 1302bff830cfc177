/**
 * How a pool run fails: a job that threw ({@link JobError}, naming the job's index and kind) or a
 * cancelled run ({@link PoolCancelledError}); both keep the results finished so far.
 */
import { CancelledError } from "../worker/client";

/** A job that threw (or whose worker died under it). */
export class JobError extends Error {
  /**
   * The results finished before the run stopped, in job order (`undefined` where none), when
   * this error is what `runJobs` rejected with.
   */
  results?: unknown[];

  constructor(
    /** The job's index in the run. */
    readonly index: number,
    /** The job's kind. */
    readonly kind: string,
    /** What the job threw: its message. */
    readonly reason: string,
    /** What the job threw: its name ("RangeError", …), and its stack in the worker when known. */
    readonly causeName = "Error",
    readonly causeStack?: string,
  ) {
    super(`job ${index} (${kind}) failed: ${causeName === "Error" ? "" : `${causeName}: `}${reason}`);
    this.name = "JobError";
  }
}

/**
 * Rejection reason of a cancelled run (a {@link CancelledError}, as the lab's analysis jobs use):
 * "cancelled: d of n jobs finished", with those results kept in job order.
 */
export class PoolCancelledError extends CancelledError {
  constructor(
    /** The results finished before the cancel, in job order (`undefined` where none). */
    readonly results: unknown[],
    /** How many jobs had finished (results and recorded errors). */
    readonly done: number,
  ) {
    super();
    this.message = `cancelled: ${done} of ${results.length} jobs finished`;
    this.name = "PoolCancelledError";
  }
}
