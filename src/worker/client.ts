/**
 * The page's side of the worker boundary, as types and one client. The simulation worker lives
 * as long as the page and is reached as a {@link SimRemote}. The analysis worker is reached only
 * through one {@link AnalysisClient}: it runs the lab's analysis jobs (the correlation matrix,
 * figures, PNGs) and cancels one by terminating the worker (squoosh's worker bridge). Starting
 * the real workers is the page's business (`src/shell/workers.ts`), so this module runs in Node.
 */
import type { Remote } from "comlink";
import type { AnalysisService } from "./analysis-service";
import type { SimService } from "./service";

/** The simulation worker's facade, as the page sees it. */
export type SimRemote = Remote<SimService>;

/** The analysis worker's facade, as the page sees it. */
export type AnalysisRemote = Remote<AnalysisService>;

/** A started analysis worker: its facade, and how to stop it for good. */
export interface AnalysisWorker {
  readonly remote: AnalysisRemote;
  terminate(): void;
}

/**
 * One job for the analysis worker. It must be safe to run twice: when another job is cancelled,
 * the worker is terminated and the jobs still running start again on a fresh one.
 */
export type AnalysisJob<T> = (remote: AnalysisRemote) => Promise<T>;

/** Rejection reason of a cancelled or superseded analysis job. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

interface Pending {
  tag: string | null;
  job: AnalysisJob<unknown>;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
  /** Incremented at each (re)start; only the latest start may settle the job. */
  attempt: number;
}

/**
 * The lab's one analysis client: one worker, started on the first job and again after a cancel.
 * A job may carry a tag ("correlation"): a new job with the same tag supersedes it, and
 * `cancel(tag)` stops it. Untagged jobs (exports) are never cancelled; they survive another
 * job's cancellation by starting again on the fresh worker.
 */
export class AnalysisClient {
  private worker: AnalysisWorker | null = null;
  private readonly pending = new Set<Pending>();

  /** `start` starts a fresh analysis worker (in the page: `startAnalysisWorker`). */
  constructor(private readonly start: () => AnalysisWorker) {}

  /** Whether a job tagged `tag` is running. */
  busy(tag: string): boolean {
    for (const p of this.pending) if (p.tag === tag) return true;
    return false;
  }

  /** Run `job`; a running job with the same `tag` is cancelled first. */
  run<T>(job: AnalysisJob<T>, tag?: string): Promise<T> {
    if (tag !== undefined) this.cancel(tag);
    return new Promise<T>((resolve, reject) => {
      const p: Pending = { tag: tag ?? null, job, resolve: resolve as (v: unknown) => void, reject, attempt: 0 };
      this.pending.add(p);
      this.launch(p);
    });
  }

  /**
   * Stop the jobs tagged `tag` (if any) by terminating the worker: their promises reject with a
   * CancelledError, and the other running jobs start again on a fresh worker.
   */
  cancel(tag: string): void {
    const stopped = [...this.pending].filter((p) => p.tag === tag);
    if (stopped.length === 0) return;
    this.worker?.terminate();
    this.worker = null;
    for (const p of stopped) {
      this.pending.delete(p);
      p.reject(new CancelledError());
    }
    for (const p of this.pending) this.launch(p);
  }

  private launch(p: Pending): void {
    const worker = (this.worker ??= this.start());
    const attempt = ++p.attempt;
    const settle = (f: (v: unknown) => void) => (v: unknown) => {
      if (p.attempt !== attempt || !this.pending.delete(p)) return;
      f(v);
    };
    Promise.resolve()
      .then(() => p.job(worker.remote))
      .then(settle(p.resolve), settle(p.reject));
  }
}
