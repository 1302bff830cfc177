/**
 * The bookkeeping of one pool run, shared by the worker scheduler and the in-process runner:
 * results in job order, the per-job fractions, the overall progress (never decreasing, exactly
 * 1 at the end) and the user's callbacks.
 */
import { JobError } from "./errors";
import type { PoolOptions } from "./options";

/** The state of one run. */
export class Tally {
  readonly results: unknown[];
  private readonly fractions: Float64Array;
  done = 0;
  private lastFraction = -1;
  private lastDone = -1;

  constructor(
    readonly total: number,
    private readonly options: PoolOptions<unknown>,
  ) {
    this.results = new Array<unknown>(total).fill(undefined);
    this.fractions = new Float64Array(total);
  }

  /** Whether every job has finished. */
  get complete(): boolean {
    return this.done === this.total;
  }

  /** Job `index` reports `fraction` (clamped, kept at its maximum). */
  progress(index: number, fraction: number): void {
    if (!(fraction > this.fractions[index])) return;
    this.fractions[index] = Math.min(1, fraction);
    this.report();
  }

  /** Job `index` finished with `result`: stored, streamed to `onResult`, counted. */
  result(index: number, result: unknown): void {
    this.results[index] = result;
    this.finish(index);
    this.options.onResult?.(index, result);
    this.report();
  }

  /**
   * Job `index` failed. With `errors: "record"` the error takes its result's place and the run
   * goes on (returns true); otherwise the run must stop (returns false).
   */
  failure(error: JobError): boolean {
    this.options.onError?.(error);
    if (this.options.errors !== "record") {
      error.results = [...this.results];
      return false;
    }
    this.results[error.index] = error;
    this.finish(error.index);
    this.report();
    return true;
  }

  private finish(index: number): void {
    this.fractions[index] = 1;
    this.done++;
  }

  private report(): void {
    let sum = 0;
    for (const f of this.fractions) sum += f;
    const fraction = this.complete ? 1 : Math.max(this.lastFraction, Math.min(1, sum / this.total));
    if (fraction <= this.lastFraction && this.done <= this.lastDone) return;
    this.lastFraction = fraction;
    this.lastDone = this.done;
    this.options.onProgress?.({ fraction, done: this.done, total: this.total });
  }
}
