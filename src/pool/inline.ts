/**
 * The in-process runner (`workers: 0`): the jobs run in this thread, in job order, through the
 * same registry and the same structured clone as in a worker, so results are identical. It yields
 * to the event loop between jobs (at most every 20 ms) so that an abort can arrive; a running job
 * sees it through `ctx.cancelled()`.
 */
import { JobError, PoolCancelledError } from "./errors";
import type { PoolOptions } from "./options";
import { describeError, progressReporter } from "./protocol";
import { kindFn, type Job } from "./registry";
import { Tally } from "./tally";

const YIELD_EVERY_MS = 20;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Run `jobs` one after another in this thread; resolves to the results in job order. */
export async function runInline(jobs: readonly Job[], options: PoolOptions<unknown>): Promise<unknown[]> {
  const tally = new Tally(jobs.length, options);
  const aborted = () => options.signal?.aborted === true;
  const cancelled = () => new PoolCancelledError([...tally.results], tally.done);
  let lastYield = Date.now();
  for (let i = 0; i < jobs.length; i++) {
    if (Date.now() - lastYield >= YIELD_EVERY_MS) {
      await macrotask();
      lastYield = Date.now();
    }
    if (aborted()) throw cancelled();
    const { kind, spec } = jobs[i];
    let result: unknown;
    try {
      const ctx = { progress: progressReporter((f) => tally.progress(i, f), 0), cancelled: aborted };
      result = structuredClone(await kindFn(kind)(structuredClone(spec), ctx));
    } catch (e) {
      if (aborted()) throw cancelled();
      const { name, message, stack } = describeError(e);
      const error = new JobError(i, kind, message, name, stack);
      if (!tally.failure(error)) throw error;
      continue;
    }
    if (aborted()) throw cancelled();
    tally.result(i, result);
  }
  return tally.results;
}
