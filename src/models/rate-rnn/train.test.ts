import { describe, expect, it } from "vitest";
import { DEFAULT_TRAIN, DIVERGED_LOSS, noiseSeed, train, Trainer } from "./train";

const small = { n: 30 };

describe("trainer", () => {
  it("evaluates after updates 2, 102, 202 … on fresh trials, stops at the cap, and is seeded", () => {
    const run = () => train({ ...DEFAULT_TRAIN, task: "dms", seed: 9, maxTrials: 230, evalTrials: 4 }, small);
    const a = run();
    expect(a.status).toBe("cap");
    expect(a.trials).toBe(230);
    expect(a.evals.map((e) => e.trial)).toEqual([2, 102, 202]);
    expect(a.losses).toEqual(run().losses);
    expect(a.losses).not.toEqual(train({ ...DEFAULT_TRAIN, task: "dms", seed: 10, maxTrials: 230, evalTrials: 4 }, small).losses);
  });

  it("success needs loss < 7 and accuracy > 0.95 (and, for Go-NoGo, tr > 1500)", () => {
    // Thresholds every evaluation passes: stops at the first evaluation for XOR…
    const easy = { lossThreshold: Infinity, accuracyThreshold: -1 };
    const x = train({ ...DEFAULT_TRAIN, task: "xor", seed: 1, maxTrials: 400, evalTrials: 2, ...easy }, small);
    expect([x.status, x.trials]).toEqual(["success", 2]);
    // …but Go-NoGo only at the first evaluation with tr > 1500: tr = 1501, i.e. after 1502 updates.
    const g = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 1, maxTrials: 3000, evalTrials: 1, ...easy }, { n: 12 });
    while (g.step() === "running");
    expect([g.status, g.trials]).toEqual(["success", 1502]);
    // An impossible threshold never succeeds.
    const never = train({ ...DEFAULT_TRAIN, task: "xor", seed: 1, maxTrials: 150, evalTrials: 2, lossThreshold: -1 }, small);
    expect(never.status).toBe("cap");
  });

  it("a non-finite loss stops training with a message and keeps the model of before the update", () => {
    // ReLU with an enormous gain explodes to Inf on the first trial.
    const t = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 3, maxTrials: 10 }, { n: 30, activation: "relu", gain: 1e6 });
    const w = t.net.w.slice();
    expect(t.step()).toBe("nan");
    expect(t.message).toMatch(/loss is (NaN|Infinity) at trial 1: training stopped; the model is kept/);
    expect(t.net.w).toEqual(w);
    expect(t.trials).toBe(0);
    expect(t.step()).toBe("nan");
  });

  it("the unclipped ReLU diverges at the paper's init (N = 200, seed 0) and poisons Adam's v; clipped_relu does not", () => {
    const run = (activation: "relu" | "clipped_relu") => {
      const t = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 0, maxTrials: 3, evalTrials: 2 }, { activation });
      while (t.step() === "running");
      return t;
    };
    const relu = run("relu");
    expect(relu.status).toBe("cap");
    expect(relu.losses[0] / 1e28).toBeCloseTo(1.16224, 4); // finite in float64, so training goes on…
    expect(relu.warning).toMatch(/^trial 1's loss is 1\.16e\+28: the activity diverged .*float32 .*Infinity/);
    // …but √v̂ of the τ logits is now ~1e26, against gradients of order 1e-3–1 from trial 4 on: the
    // steps m/√v̂ are ~1e-28 once the first trial's momentum has decayed, so τ and w stop moving.
    const sqrtV = Array.from(relu.adam.v.tau, (v) => Math.sqrt(v / (1 - 0.999 ** relu.adam.t))).sort((a, b) => a - b);
    expect(sqrtV[100]).toBeGreaterThan(1e25);
    const clipped = run("clipped_relu");
    expect(clipped.warning).toBe("");
    expect(Math.max(...clipped.losses)).toBeLessThan(DIVERGED_LOSS);
  });

  it("the loss falls on a short Go-NoGo run (N = 60, 300 trials)", () => {
    const t = train({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 5, maxTrials: 300, evalTrials: 20 }, { n: 60 });
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(mean(t.losses.slice(-50))).toBeLessThan(0.8 * mean(t.losses.slice(0, 20)));
  });

  it("W_in stays fixed (the code) unless trainInput (a deviation); the other parameters move", () => {
    const fixed = train({ ...DEFAULT_TRAIN, task: "xor", seed: 2, maxTrials: 20, evalTrials: 1 }, small);
    expect(fixed.net.wIn).toEqual(fixed.wIn0);
    expect(fixed.net.wOut).not.toEqual(new Trainer({ ...DEFAULT_TRAIN, task: "xor", seed: 2 }, small).net.wOut);
    const moved = train({ ...DEFAULT_TRAIN, task: "xor", seed: 2, maxTrials: 20, evalTrials: 1, adam: { ...DEFAULT_TRAIN.adam, trainInput: true } }, small);
    expect(moved.net.wIn).not.toEqual(moved.wIn0);
  });

  it("the noise stream's seed is a fixed mix, distinct from the task stream's", () => {
    expect(noiseSeed(0)).not.toBe(0);
    expect(new Set([0, 1, 2, 3].map(noiseSeed)).size).toBe(4);
    expect(noiseSeed(42)).toBe(noiseSeed(42));
  });
});
