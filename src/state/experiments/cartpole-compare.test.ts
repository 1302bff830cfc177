/** The Compare action (four variants on the same seeds, summaries, paired difference, Cancel) and the score chart's traces. */
import { describe, expect, it } from "vitest";
import { runCartPole } from "../../experiments/cartpole/run";
import { CartPoleCompareModel, type CompareRunner } from "./cartpole-compare";
import { scoreChart } from "./cartpole-chart-data";

const inThread: CompareRunner = async (jobs, options) => {
  const out = [];
  for (const [i, j] of jobs.entries()) {
    if (options.signal?.aborted) throw new Error("cancelled");
    await new Promise((r) => setTimeout(r, 0));
    out.push(runCartPole(j.spec));
    options.onResult?.(i, out[i]);
    options.onProgress?.({ fraction: (i + 1) / jobs.length });
  }
  return out;
};

describe("CartPoleCompareModel", () => {
  it("runs plastic, frozen, raw and random on the same seeds and reports learner − frozen", async () => {
    const m = new CartPoleCompareModel({ runner: async () => inThread, now: () => 0 });
    m.edit({ seeds: "2", episodes: "6" });
    await m.run({ mode: "corrected", env: "v0", plasticEpisodes: 2, evalEpisodes: 2, evalEvery: 3 });
    const r = m.store.getState().result!;
    expect(r.summaries.map((s) => s.label)).toEqual(["corrected", "frozen", "raw", "random"]);
    expect(r.summaries.every((s) => s.seeds.join() === "0,1")).toBe(true);
    expect(r.difference).toMatchObject({ a: "corrected", b: "frozen", seeds: [0, 1] });
    expect(r.difference.bootstrap.lo).toBeLessThanOrEqual(r.difference.bootstrap.hi);
    expect(m.store.getState().message).toBe("Finished: 8 runs in 0.0 s.");
  });

  it("Cancel stops the run, says how many had finished and keeps the last result", async () => {
    const m = new CartPoleCompareModel({ runner: async () => inThread, now: () => 0 });
    m.edit({ seeds: "3", episodes: "5" });
    const p = m.run({ mode: "docs", evalEpisodes: 1 });
    await new Promise((r) => setTimeout(r, 5));
    m.cancel();
    await p;
    expect(m.store.getState()).toMatchObject({ phase: "cancelled", result: null, message: expect.stringMatching(/^Cancelled: \d+ of 12 runs had finished/) });
    m.edit({ seeds: "1" });
    await m.run({});
    expect(m.store.getState().error).toMatch(/seeds: give an integer in \[2, 100\]/);
  });
});

describe("scoreChart", () => {
  it("draws scores, the moving average, the solved line, shaded plasticity and held-out error bars", () => {
    const ev = { after: 2, trainingEpisodes: 2, scores: [10, 30], mean: 20, sd: 10, atLimit: 0 };
    const c = scoreChart([10, 20, 30], [ev], { limit: 200, plasticEpisodes: 2, mode: "corrected", reservoir: true });
    expect(c.traces.map((t) => t.name)).toEqual(["episode score", "100-episode moving average", "solved (195)", "held-out evaluation (mean ± sd)"]);
    expect(c.traces[1].y).toEqual([10, 15, 20]);
    expect(c.traces[3]).toMatchObject({ x: [2], y: [20], error_y: { array: [10] } });
    expect(c.shapes[0]).toMatchObject({ x0: 0.5, x1: 2.5 });
    expect(scoreChart([], [], { limit: 500, plasticEpisodes: 20, mode: "docs", reservoir: true }).traces[2].name).toBe("solved (475)");
  });
});
