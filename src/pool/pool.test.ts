import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JobError, PoolCancelledError, runJobs } from "./node";
import type { PoolProgress } from "./options";
import { testFail, testSpin, testSum, type SumResult } from "./test-kinds";

const SEVEN = Array.from({ length: 7 }, (_, i) => testSum.job({ seed: 1000 + i, n: 20_000 + 5_000 * i }));

/** Threads of this process (Linux), or null. */
const threads = () => (existsSync("/proc/self/task") ? readdirSync("/proc/self/task").length : null);

describe("runJobs", () => {
  it("gives identical results in job order for 0 (in-process), 1, 2 and 3 workers", async () => {
    const runs = [];
    for (const workers of [0, 1, 2, 3]) runs.push(await runJobs(SEVEN, { workers }));
    const [inline, ...rest] = runs;
    expect(inline.map((r: SumResult) => r.seed)).toEqual(SEVEN.map((j) => j.spec.seed));
    expect(inline[0].head).toBeInstanceOf(Float64Array);
    expect(inline[0].head[0]).toBe(0.6535895854646095); // np.random.RandomState(1000).rand()
    for (const r of rest) expect(r).toEqual(inline);
  });

  it("streams every result once through onResult, at its index, and reports monotone progress to 1", async () => {
    const seen = new Map<number, SumResult>();
    const progress: PoolProgress[] = [];
    const results = await runJobs(SEVEN, {
      workers: 3,
      onResult: (i, r) => {
        expect(seen.has(i)).toBe(false);
        seen.set(i, r);
      },
      onProgress: (p) => progress.push(p),
    });
    expect([...seen.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const [i, r] of seen) expect(r).toEqual(results[i]);
    for (let k = 1; k < progress.length; k++) {
      expect(progress[k].fraction).toBeGreaterThanOrEqual(progress[k - 1].fraction);
      expect(progress[k].done).toBeGreaterThanOrEqual(progress[k - 1].done);
    }
    expect(progress.at(-1)).toEqual({ fraction: 1, done: 7, total: 7 });
    expect(progress.some((p) => p.fraction > 0 && p.fraction < 1 && p.done < 7)).toBe(true);
  });



  it("cancel: terminates the running workers promptly, starts no pending job, keeps the results so far", async () => {
    await runJobs(SEVEN.slice(0, 2), { workers: 2 }); // warm up the loader and V8's helper threads
    const before = threads();
    const controller = new AbortController();
    const jobs = [testSum.job({ seed: 1, n: 1000 }), testSum.job({ seed: 2, n: 1000 }), ...Array.from({ length: 5 }, () => testSpin.job({ ms: 60_000 }))];
    const started = new Set<number>();
    let abortedAt = 0;
    const run = runJobs(jobs, {
      workers: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2 && p.fraction > 2 / 7 && !abortedAt) {
          abortedAt = Date.now();
          controller.abort();
        }
      },
      onResult: (i) => started.add(i),
    });
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    const took = Date.now() - abortedAt;
    expect(error).toBeInstanceOf(PoolCancelledError);
    const cancelled = error as PoolCancelledError;
    expect(cancelled.message).toBe("cancelled: 2 of 7 jobs finished");
    expect(cancelled.name).toBe("PoolCancelledError");
    expect(cancelled.results.slice(0, 2)).toEqual([expect.objectContaining({ seed: 1 }), expect.objectContaining({ seed: 2 })]);
    expect(cancelled.results.slice(2)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(took).toBeLessThan(1000);
    if (before !== null) expect(threads()).toBeLessThanOrEqual(before);
  });

  it("cancel before the start rejects at once; in-process runs see the abort between jobs and in ctx.cancelled()", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runJobs(SEVEN, { signal: controller.signal })).rejects.toThrow("cancelled: 0 of 7 jobs finished");
    const live = new AbortController();
    const run = runJobs(SEVEN, { workers: 0, signal: live.signal, onResult: (i) => i === 2 && live.abort() });
    await expect(run).rejects.toMatchObject({ done: 3, message: "cancelled: 3 of 7 jobs finished" });
    const spin = new AbortController();
    setTimeout(() => spin.abort(), 50);
    const t0 = Date.now();
    // test.spin checks ctx.cancelled(), but a synchronous job cannot see a timer: the run stops after it
    await expect(runJobs([testSum.job({ seed: 0, n: 10 }), testSpin.job({ ms: 300 }), testSpin.job({ ms: 10_000 })], { workers: 0, signal: spin.signal })).rejects.toBeInstanceOf(PoolCancelledError);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it("a job that throws: the run stops with a JobError naming its index and kind, results so far kept", async () => {
    const jobs = [...SEVEN.slice(0, 4), testFail.job({ message: "boom" }), ...SEVEN.slice(4)];
    for (const workers of [0, 2]) {
      const errors: JobError[] = [];
      const finished = new Map<number, unknown>();
      const error = (await runJobs(jobs, { workers, onError: (e) => errors.push(e), onResult: (i, r) => finished.set(i, r) }).catch((e: unknown) => e)) as JobError;
      expect(error).toBeInstanceOf(JobError);
      expect(error.message).toBe("job 4 (test.fail) failed: boom");
      expect([error.index, error.kind, error.reason]).toEqual([4, "test.fail", "boom"]);
      expect(error.causeStack).toContain("test-kinds.ts");
      expect(errors).toEqual([error]);
      expect(error.results?.length).toBe(8);
      // job 4 starts once 3 of jobs 0-3 are done (all 4 in-process); those are kept, in place
      expect(finished.size).toBeGreaterThanOrEqual(workers === 0 ? 4 : 3);
      error.results?.forEach((r, i) => expect(r).toEqual(finished.get(i)));
    }
  });

  it('errors: "record" puts the JobError in the job\'s place and finishes the others', async () => {
    const jobs = [SEVEN[0], testFail.job({ message: "bad point" }), SEVEN[1]];
    for (const workers of [0, 1, 3]) {
      const results = await runJobs(jobs, { workers, errors: "record" });
      expect(results[1]).toBeInstanceOf(JobError);
      expect((results[1] as JobError).message).toBe("job 1 (test.fail) failed: bad point");
      expect(results[2]).toEqual(await runJobs([SEVEN[1]], { workers: 0 }).then((r) => r[0]));
    }
  });


  it("bad options and jobs get one clear error", async () => {
    for (const workers of [-1, 1.5, Number.NaN, "2" as unknown as number]) {
      await expect(runJobs(SEVEN, { workers })).rejects.toThrow(/^pool: workers must be an integer ≥ 0, got /);
    }
    // the known kinds are every kind listed in kinds.ts, sorted (the experiments' kinds too)
    await expect(runJobs([{ kind: "nope", spec: {} }])).rejects.toThrow(/^pool: job 0: unknown job kind 'nope' \(known: (?:[a-z.-]+, )*test\.fail, test\.spin, test\.sum\)$/);
    await expect(runJobs([null as never])).rejects.toThrow("pool: job 0 must be { kind: string, spec }");
    await expect(runJobs(SEVEN, { errors: "skip" as never })).rejects.toThrow('pool: errors must be "stop" or "record"');
    await expect(runJobs([testSum.job({ seed: 0, n: 1, f: () => 0 } as never)], { workers: 1 })).rejects.toThrow(/job 0 \(test.sum\) failed: could not be sent to a worker/);
  });

});
