/** The one analysis client in Node, with fake workers: superseding, cancelling, restarting. */
import { describe, expect, it } from "vitest";
import { FakeAnalysisWorkers } from "../../test/support/fake-analysis";
import { AnalysisClient, CancelledError } from "./client";

/** A promise and the functions that settle it. */
function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("AnalysisClient", () => {
  it("starts one worker on the first job and runs every later job on it", async () => {
    const workers = new FakeAnalysisWorkers().answer("png", () => new Uint8Array([1])).answer("dashboardSvg", () => "<svg/>");
    const client = new AnalysisClient(workers.start);
    expect(workers.started).toHaveLength(0);
    expect(await client.run((a) => a.png("<svg/>"))).toEqual(new Uint8Array([1]));
    expect(await client.run((a) => a.dashboardSvg([], { title: "t", config: {}, seed: 0 }), "dashboard")).toBe("<svg/>");
    expect(workers.calls()).toEqual([["png", "dashboardSvg"]]);
  });

  it("passes a job's own failure on, and the worker stays", async () => {
    const workers = new FakeAnalysisWorkers().answer("png", () => {
      throw new Error("bad svg");
    });
    const client = new AnalysisClient(workers.start);
    await expect(client.run((a) => a.png("x"), "export")).rejects.toThrow("bad svg");
    expect(client.busy("export")).toBe(false);
    expect(workers.started.map((w) => w.terminated)).toEqual([false]);
  });

  it("a new job with the same tag supersedes the running one, on a fresh worker", async () => {
    const workers = new FakeAnalysisWorkers();
    const client = new AnalysisClient(workers.start);
    const slow = deferred<string>();
    const first = client.run(() => slow.promise, "correlation");
    expect(client.busy("correlation")).toBe(true);
    const second = client.run(async () => "second", "correlation");
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(await second).toBe("second");
    slow.resolve("too late");
    expect(workers.started.map((w) => w.terminated)).toEqual([true, false]);
    expect(client.busy("correlation")).toBe(false);
  });

  it("cancelling one job restarts the others on the fresh worker, and they finish", async () => {
    const workers = new FakeAnalysisWorkers();
    const client = new AnalysisClient(workers.start);
    const correlation = deferred<number>();
    let runs = 0;
    const exportDone = deferred<string>();
    const corr = client.run(() => correlation.promise, "correlation");
    const exp = client.run(() => (++runs === 1 ? new Promise<string>(() => {}) : exportDone.promise));
    client.cancel("correlation");
    await expect(corr).rejects.toBeInstanceOf(CancelledError);
    expect(workers.started).toHaveLength(2);
    exportDone.resolve("png bytes");
    expect(await exp).toBe("png bytes");
    expect(runs).toBe(2);
  });

  it("cancelling with nothing of that tag running leaves the worker alone", async () => {
    const workers = new FakeAnalysisWorkers();
    const client = new AnalysisClient(workers.start);
    const job = client.run(async () => 1);
    client.cancel("correlation");
    expect(await job).toBe(1);
    expect(workers.started.map((w) => w.terminated)).toEqual([false]);
  });
});
