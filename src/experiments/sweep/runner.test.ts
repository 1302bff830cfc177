import { describe, expect, it } from "vitest";
import { PoolCancelledError, runJobs } from "../../pool/node";
import { memoryCache } from "./cache";
import { sweepResults, withoutTiming } from "./result";
import { runSweep } from "./runner";
import { checkSweep } from "./spec";

const sorn = checkSweep({
  target: "sorn.run",
  base: { ne: 40, steps: 300 },
  axes: [["eta_stdp", [0.002, 0.004]], { param: "h_ip", values: [0.05, 0.1] }],
  repeats: 2,
  seed: 3,
  metrics: ["spikeSourceEntropy.excitatory", "networkFiringRate.excitatory.activeNeurons.mean"],
});

describe("sweep runner", () => {
  it("gives the same results on 1 and 2 workers, and in this thread (SORN runs)", async () => {
    const docs = [];
    for (const workers of [0, 1, 2]) {
      const order: number[] = [];
      const r = await runSweep(sorn, { run: runJobs, workers, onPoint: (p) => order.push(p.index) });
      expect(r.computed).toBe(8);
      expect(order.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      docs.push(withoutTiming(sweepResults(sorn, r.points)));
    }
    expect(JSON.stringify(docs[1])).toBe(JSON.stringify(docs[0]));
    expect(JSON.stringify(docs[2])).toBe(JSON.stringify(docs[0]));
    const p = docs[0].points;
    expect(p.map((q) => q.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(p[0].params).toEqual({ ne: 40, steps: 300, eta_stdp: 0.002, h_ip: 0.05 });
    // repeats differ, and the same repeat seed is shared by every cell
    expect(p[0].seed).toBe(p[2].seed);
    expect(p[0].metrics).not.toEqual(p[1].metrics);
    for (const q of p) for (const v of Object.values(q.metrics!)) expect(Number.isFinite(v)).toBe(true);
  }, 120_000);

  it("records a failing point and goes on", async () => {
    const s = checkSweep({ target: "toy.quadratic", axes: [["fail", [false, true, false]]], metrics: ["f"] });
    const r = await runSweep(s, { run: runJobs, workers: 2 });
    expect(r.points.map((p) => p.error ?? p.metrics!.f)).toEqual([-5, "toy.quadratic: this point was told to fail (fail: true, x = null)", -5]);
    expect(sweepResults(s, r.points)).toMatchObject({ done: 2, failed: 1 });
  });

  it("cancels, then resumes from the cache without recomputing finished points", async () => {
    const s = checkSweep({ target: "sorn.run", base: { ne: 40, steps: 200 }, axes: [["eta_ip", [0.001, 0.002, 0.003, 0.004, 0.005, 0.006]]], metrics: ["spikeSourceEntropy.excitatory"] });
    const cache = memoryCache();
    const stop = new AbortController();
    const first = runSweep(s, { run: runJobs, workers: 1, cache, onPoint: () => cache.puts >= 2 && stop.abort(), signal: stop.signal });
    await expect(first).rejects.toBeInstanceOf(PoolCancelledError);
    const finished = cache.puts;
    expect(finished).toBeGreaterThanOrEqual(2);
    expect(finished).toBeLessThan(6);
    const again = await runSweep(s, { run: runJobs, workers: 2, cache });
    expect([again.cached, again.computed]).toEqual([finished, 6 - finished]);
    const fresh = await runSweep(s, { run: runJobs, workers: 2 });
    expect(withoutTiming(sweepResults(s, again.points))).toEqual(withoutTiming(sweepResults(s, fresh.points)));
  }, 120_000);
});
