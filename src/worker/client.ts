/**
 * The page's side of the worker boundary: starts the two workers and wraps them with comlink.
 * The simulation worker lives as long as the page. The analysis worker runs one job at a time
 * and is terminated to cancel one (squoosh's worker bridge), then started afresh on the next job.
 */
import { wrap, type Remote } from "comlink";
import type { AnalysisService } from "./analysis-service";
import type { SimService } from "./service";

/** The simulation worker's facade, as the page sees it. */
export type SimRemote = Remote<SimService>;

/** Start the simulation worker. */
export function startSimWorker(): SimRemote {
  const worker = new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module", name: "sorn-simulation" });
  return wrap<SimService>(worker);
}

/** Rejection reason of a cancelled or superseded analysis job. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

/** One analysis job at a time; `cancel()` kills the worker, so the job really stops. */
export class AnalysisClient {
  private worker: Worker | null = null;
  private remote: Remote<AnalysisService> | null = null;
  private reject: ((e: unknown) => void) | null = null;

  /** Whether a job is running. */
  get busy(): boolean {
    return this.reject !== null;
  }

  /** Run `job` on the analysis worker; a job still running is cancelled first. */
  run<T>(job: (remote: Remote<AnalysisService>) => Promise<T>): Promise<T> {
    this.cancel();
    if (!this.remote) {
      this.worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: "sorn-analysis" });
      this.remote = wrap<AnalysisService>(this.worker);
    }
    const remote = this.remote;
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        if (this.reject === fail) this.reject = null;
      };
      const fail = (e: unknown) => {
        done();
        reject(e);
      };
      this.reject = fail;
      job(remote).then(
        (v) => {
          if (this.reject !== fail) return;
          done();
          resolve(v);
        },
        (e) => {
          if (this.reject === fail) fail(e);
        },
      );
    });
  }

  /** Stop the running job (if any) by terminating the worker; its promise rejects with CancelledError. */
  cancel(): void {
    if (!this.reject) return;
    const reject = this.reject;
    this.reject = null;
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    reject(new CancelledError());
  }
}
