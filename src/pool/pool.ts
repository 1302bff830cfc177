/**
 * The pool's scheduler over any {@link Backend}: W workers (W = min(workers, jobs)), each given
 * the next job in index order as soon as it is free; results land at their job's index, so the
 * result array is the same whatever W and the completion order. Workers are terminated when the
 * run ends (a worker with nothing left to do, at once), so a settled run holds no thread.
 *
 * - Cancel (the signal aborts): every worker is terminated, pending jobs never start, and the run
 *   rejects with a {@link PoolCancelledError} once the threads are gone, keeping the results so far.
 * - A job that throws: see `PoolOptions.errors` ("stop" rejects with its {@link JobError};
 *   "record" keeps going). A worker that dies under a job fails that job the same way; with
 *   "record" a fresh worker takes its place.
 */
import type { Backend, PoolWorker } from "./backend";
import { JobError, PoolCancelledError } from "./errors";
import { runInline } from "./inline";
import { checkJobs, resolveWorkers, type PoolOptions } from "./options";
import type { WorkerMessage } from "./protocol";
import type { Job } from "./registry";
import { Tally } from "./tally";

/** What `runJobs` resolves to: results in job order, JobErrors among them with `errors: "record"`. */
export type PoolResults<R, O> = O extends { errors: "record" } ? Array<R | JobError> : R[];

/** `runJobs` as shared code receives it (from `./node` in Node, `./browser` in the page). */
export type JobRunner = <J extends Job, O extends PoolOptions<ResultOf<J>> = PoolOptions<ResultOf<J>>>(
  jobs: readonly J[],
  options?: O,
) => Promise<PoolResults<ResultOf<J>, O>>;

/** The result type a job carries (a union for mixed jobs; `unknown` for an untyped job). */
export type ResultOf<J> = J extends Job<unknown, infer R> ? R : never;

/** Run `jobs` on `backend`'s workers (or in this thread with `workers: 0`). */
export async function runJobsOn<J extends Job, O extends PoolOptions<ResultOf<J>> = PoolOptions<ResultOf<J>>>(
  backend: Backend,
  jobs: readonly J[],
  options?: O,
): Promise<PoolResults<ResultOf<J>, O>> {
  type R = ResultOf<J>;
  const opts = (options ?? {}) as PoolOptions<unknown>;
  checkJobs(jobs, opts);
  const workers = resolveWorkers(opts.workers, jobs.length, backend.defaultWorkers);
  if (jobs.length === 0) {
    opts.onProgress?.({ fraction: 1, done: 0, total: 0 });
    return [] as PoolResults<R, O>;
  }
  if (opts.signal?.aborted) throw new PoolCancelledError(new Array(jobs.length).fill(undefined), 0);
  const results = workers === 0 ? await runInline(jobs, opts) : await schedule(backend, jobs, workers, opts);
  return results as PoolResults<R, O>;
}

interface Slot {
  worker: PoolWorker | null;
  /** The job it runs, or -1. */
  job: number;
}

function schedule(backend: Backend, jobs: readonly Job[], workers: number, options: PoolOptions<unknown>): Promise<unknown[]> {
  const tally = new Tally(jobs.length, options);
  const { signal } = options;
  const slots: Slot[] = [];
  const stopping: Promise<void>[] = [];
  let next = 0;
  let settled = false;

  return new Promise<unknown[]>((resolve, reject) => {
    /** Terminate `slot`'s worker (once). */
    const retire = (slot: Slot) => {
      const w = slot.worker;
      slot.worker = null;
      slot.job = -1;
      if (w) stopping.push(w.terminate().catch(() => undefined));
    };
    /** End the run: every worker terminated, then settle. */
    const end = (settle: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      slots.forEach(retire);
      void Promise.all(stopping).then(settle);
    };
    const fail = (e: unknown) => end(() => reject(e));
    const onAbort = () => end(() => reject(new PoolCancelledError([...tally.results], tally.done)));

    /** Give `slot` the next job, or retire it when none is left. */
    const feed = (slot: Slot) => {
      if (settled) return;
      if (next >= jobs.length) return retire(slot);
      slot.job = next++;
      const { kind, spec } = jobs[slot.job];
      try {
        slot.worker!.run({ type: "run", id: slot.job, kind, spec });
      } catch (e) {
        fail(new JobError(slot.job, kind, `could not be sent to a worker (${e instanceof Error ? e.message : String(e)}); its spec must be JSON-serialisable`));
      }
    };
    const failed = (slot: Slot, error: JobError, restart: boolean) => {
      if (!tally.failure(error)) return fail(error);
      if (tally.complete) return end(() => resolve(tally.results));
      if (restart) {
        retire(slot);
        start(slot);
      }
      feed(slot);
    };
    const onMessage = (slot: Slot, m: WorkerMessage) => {
      if (settled || m.id !== slot.job) return;
      if (m.type === "progress") return tally.progress(m.id, m.fraction);
      slot.job = -1;
      if (m.type === "error") return failed(slot, new JobError(m.id, jobs[m.id].kind, m.message, m.name, m.stack), false);
      try {
        tally.result(m.id, m.result);
      } catch (e) {
        return fail(e); // onResult or onProgress threw
      }
      if (tally.complete) end(() => resolve(tally.results));
      else feed(slot);
    };
    const start = (slot: Slot) => {
      try {
        const worker = backend.start({
          message: (m) => {
            if (slot.worker === worker) onMessage(slot, m);
          },
          crash: (reason) => {
            if (settled || slot.worker !== worker || slot.job < 0) return;
            failed(slot, new JobError(slot.job, jobs[slot.job].kind, `its ${backend.name} worker died: ${reason}`), true);
          },
        });
        slot.worker = worker;
      } catch (e) {
        fail(new Error(`pool: could not start a ${backend.name} worker: ${e instanceof Error ? e.message : String(e)}`));
      }
    };

    signal?.addEventListener("abort", onAbort);
    for (let i = 0; i < workers && !settled; i++) {
      const slot: Slot = { worker: null, job: -1 };
      slots.push(slot);
      start(slot);
      feed(slot);
    }
  });
}
