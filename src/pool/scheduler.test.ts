/** The scheduler on a fake in-thread backend: completion order, the worker cap, dying workers. */
import { describe, expect, it } from "vitest";
import type { Backend } from "./backend";
import { JobError } from "./errors";
import { runJobs } from "./node";
import type { PoolProgress } from "./options";
import { runJobsOn } from "./pool";
import { kindFn } from "./registry";
import { testSum } from "./test-kinds";

const SEVEN = Array.from({ length: 7 }, (_, i) => testSum.job({ seed: 1000 + i, n: 20_000 + 5_000 * i }));

/**
 * An in-thread backend whose "workers" answer after a delay that falls with the job's index, so
 * jobs finish in the reverse of their order; `crashOn` makes a worker die under that job.
 */
function fakeBackend(crashOn = -1): Backend & { started: number } {
  const backend = {
    name: "fake",
    started: 0,
    defaultWorkers: () => 3,
    start(events: Parameters<Backend["start"]>[0]) {
      backend.started++;
      let alive = true;
      return {
        run({ id, kind, spec }: { id: number; kind: string; spec: unknown }) {
          setTimeout(async () => {
            if (!alive) return;
            if (id === crashOn) return events.crash("simulated crash");
            try {
              const result = await kindFn(kind)(structuredClone(spec), { progress: () => {}, cancelled: () => false });
              if (alive) events.message({ type: "result", id, result: structuredClone(result) });
            } catch (e) {
              if (alive) events.message({ type: "error", id, name: "Error", message: (e as Error).message });
            }
          }, 5 + 3 * (10 - id));
        },
        terminate: async () => void (alive = false),
      };
    },
  };
  return backend;
}

describe("the scheduler", () => {
  it("keeps job order whatever the completion order (jobs finishing in reverse)", async () => {
    const order: number[] = [];
    const backend = fakeBackend();
    const results = await runJobsOn(backend, SEVEN, { workers: 7, onResult: (i) => order.push(i) });
    expect(order).toEqual([6, 5, 4, 3, 2, 1, 0]);
    expect(results).toEqual(await runJobs(SEVEN, { workers: 0 }));
  });

  it("caps the workers at the number of jobs, and 0 jobs resolve to []", async () => {
    const backend = fakeBackend();
    await runJobsOn(backend, SEVEN.slice(0, 2), {});
    expect(backend.started).toBe(2);
    const progress: PoolProgress[] = [];
    expect(await runJobs([], { onProgress: (p) => progress.push(p) })).toEqual([]);
    expect(progress).toEqual([{ fraction: 1, done: 0, total: 0 }]);
  });

  it("a worker that dies fails its job (stop), or is replaced by a fresh one (record)", async () => {
    await expect(runJobsOn(fakeBackend(3), SEVEN, { workers: 2 })).rejects.toThrow("job 3 (test.sum) failed: its fake worker died: simulated crash");
    const backend = fakeBackend(3);
    const results = await runJobsOn(backend, SEVEN, { workers: 2, errors: "record" });
    expect(results.filter((r) => r instanceof JobError).map((r) => (r as JobError).index)).toEqual([3]);
    expect(backend.started).toBe(3);
  });
});
