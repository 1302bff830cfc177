import { describe, expect, it } from "vitest";
import { runJobs } from "../../pool/node";
import { PoolCancelledError } from "../../pool/errors";
import { evaluateLif } from "../../models/lif/evaluate";
import { modelOf, modelToJson } from "../../models/rate-rnn/model-file";
import { DEFAULT_TRAIN, Trainer } from "../../models/rate-rnn/train";
import { convertModel, type LifRunner } from "./convert";
import { gridValues, parseGrid } from "./grid";
import { runLifEval, type LifEvalResult } from "./lif-kind";

const trainer = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 3, maxTrials: 30, evalTrials: 2 }, { n: 20 });
while (trainer.step() === "running");
const text = modelToJson(modelOf(trainer));
const model = modelOf(trainer);

/** A fake pool: chunk results whose correct count is acc(s)·count (trial-free), to test the search logic. */
function fakeRunner(acc: (s: number) => number, log: number[][] = []): LifRunner {
  return async (jobs, options) => {
    log.push([...new Set(jobs.map((j) => j.spec.s))]);
    const out: LifEvalResult[] = jobs.map((j, i) => {
      const { s, from, count } = j.spec;
      const correct = Math.round(acc(s) * count);
      const r = { s, from, count, correct, labels: new Float64Array(count), correctByTrial: new Uint8Array(count), rates: new Float64Array(count * 20).fill(s / 10), rateSum: new Float64Array(20) };
      options.onResult?.(i, r);
      return r;
    });
    options.onProgress?.({ fraction: 1 });
    return out;
  };
}

describe("λ grid", () => {
  it("parses from:step:to and lists the values", () => {
    expect(gridValues(parseGrid("20:5:75"))).toEqual([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75]);
    expect(gridValues(parseGrid("0.1:0.1:0.5"))).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(gridValues(parseGrid("4:2:26"))).toHaveLength(12);
    expect(gridValues(parseGrid("20:7:40"))).toEqual([20, 27, 34]);
    expect(gridValues(parseGrid("0.01:0.01:0.03"))).toEqual([0.01, 0.02, 0.03]); // small steps do not drift
  });
  it("refuses bad grids with the key and the value", () => {
    expect(() => parseGrid("20:5")).toThrow("grid: must be from:step:to, e.g. 20:5:75, got '20:5'");
    expect(() => parseGrid("a:5:75")).toThrow(/must be numbers, got 'a:5:75'/);
    expect(() => parseGrid("0:5:75")).toThrow(/every s must be ≥ 0.01/);
    expect(() => parseGrid("-5:5:75")).toThrow(/every s must be ≥ 0.01/);
    expect(() => parseGrid("0.001:1:3")).toThrow(/every s must be ≥ 0.01/);
    expect(() => parseGrid("20:5:20000")).toThrow(/every s must be ≤ 10000.*to = 20000/);
    expect(() => parseGrid("20:0:75")).toThrow(/step must be > 0/);
    expect(() => parseGrid("75:5:20")).toThrow(/empty grid: to \(20\) is below from \(75\)/);
    expect(() => parseGrid("1:0.001:75")).toThrow(/74001 values, at most 1000/);
  });
});

describe("grid search logic (fake pool)", () => {
  it("an interior optimum: no extension; ties go to the smaller s", async () => {
    const r = await convertModel(fakeRunner((s) => (s === 30 || s === 40 ? 1 : 0.5)), text, { grid: parseGrid("20:10:60"), trials: 10, chunk: 10 });
    expect(r.s).toEqual([20, 30, 40, 50, 60]);
    expect(r.accuracy).toEqual([0.5, 1, 1, 0.5, 0.5]);
    expect([r.best_s, r.best_accuracy, r.edge, r.edgeAfter, r.extended]).toEqual([30, 1, null, null, []]);
    expect(r.rates_hz.all).toBeCloseTo(3, 12);
  });
  it("an optimum at the low edge extends by the step down to s > 0 (at most 3)", async () => {
    const log: number[][] = [];
    const r = await convertModel(fakeRunner((s) => 1 / s, log), text, { grid: parseGrid("20:5:40"), trials: 10 });
    expect(log).toEqual([[20, 25, 30, 35, 40], [15], [10], [5]]);
    expect([r.best_s, r.edge, r.edgeAfter, r.extended]).toEqual([5, "low", "low", [15, 10, 5]]);
    const r2 = await convertModel(fakeRunner((s) => 1 / s), text, { grid: parseGrid("10:5:40"), trials: 10 });
    expect([r2.best_s, r2.extended, r2.edgeAfter]).toEqual([5, [5], "low"]); // 0 is not an s
  });
  it("a low-edge tie moves onto the extension; a high-edge tie stays", async () => {
    const low = await convertModel(fakeRunner((s) => (s <= 20 ? 1 : s === 15 ? 1 : 0.5)), text, { grid: parseGrid("20:5:30"), trials: 10, maxExtensions: 1 });
    expect([low.best_s, low.extended]).toEqual([15, [15]]);
    const high = await convertModel(fakeRunner((s) => (s >= 30 ? 1 : 0.5)), text, { grid: parseGrid("20:5:30"), trials: 10 });
    expect([high.best_s, high.edge, high.edgeAfter, high.extended]).toEqual([30, "high", null, [35]]);
    // A tie past the high edge ends the search (s* = 30 stays; the peak at 40 is not reached)…
    const plateau = await convertModel(fakeRunner((s) => (s === 40 ? 1 : s >= 30 ? 0.8 : 0.2)), text, { grid: parseGrid("20:5:30"), trials: 10, chunk: 10 });
    expect([plateau.best_s, plateau.extended, plateau.edgeAfter]).toEqual([30, [35], null]);
    // …a rising accuracy is followed up to 3 steps.
    const peak = await convertModel(fakeRunner((s) => (s === 40 ? 1 : s >= 30 ? s / 100 : 0.2)), text, { grid: parseGrid("20:5:30"), trials: 10, chunk: 10 });
    expect([peak.best_s, peak.extended, peak.edgeAfter]).toEqual([40, [35, 40, 45], null]);
  });
  it("progress never falls and ends at 1; onValue per s", async () => {
    const f: number[] = [], seen: number[] = [];
    await convertModel(fakeRunner(() => 0.5), text, { grid: parseGrid("20:5:30"), trials: 4, chunk: 3, onProgress: (p) => f.push(p.fraction), onValue: (e) => seen.push(e.s) });
    expect(f.every((x, i) => i === 0 || x >= f[i - 1])).toBe(true);
    expect(f.at(-1)).toBe(1);
    // A flat accuracy ties everywhere: s* is the smallest, so the low edge is extended 3 times.
    expect(seen).toEqual([20, 25, 30, 15, 10, 5]);
  });
  it("bad options name the key", async () => {
    const run = fakeRunner(() => 1);
    await expect(convertModel(run, text, { trials: 0 })).rejects.toThrow("trials: must be an integer in [1, 100000], got 0");
    await expect(convertModel(run, text, { seed: -1 })).rejects.toThrow(/seed: must be an integer/);
    await expect(convertModel(run, "{}", {})).rejects.toThrow(/model/);
  });
});

describe("lif.eval on the pool", () => {
  it("the same result for 1 and 2 workers, any chunking, and equal to evaluateLif", async () => {
    const opts = { grid: parseGrid("20:10:40"), trials: 4, seed: 7, maxExtensions: 1 };
    const one = await convertModel(runJobs, text, { ...opts, workers: 1, chunk: 4 });
    const two = await convertModel(runJobs, text, { ...opts, workers: 2, chunk: 1 });
    expect(two).toEqual(one);
    expect(one.s.length).toBeGreaterThanOrEqual(3);
    const e = evaluateLif(model, one.best_s, 4, 7);
    expect(one.rates_hz).toEqual(e.rates_hz);
    expect(one.best_accuracy).toBe(e.accuracy);
    const inline = await convertModel(runJobs, text, { ...opts, workers: 0, chunk: 3 });
    expect(inline).toEqual(one);
  }, 60_000);
  it("a chunk is the trials of a whole evaluation's slice", () => {
    const all = runLifEval({ model: text, s: 25, seed: 1, from: 0, count: 3 });
    const tail = runLifEval({ model: text, s: 25, seed: 1, from: 2, count: 1 });
    expect(tail.rates).toEqual(all.rates.slice(2 * 20));
    expect(tail.correctByTrial[0]).toBe(all.correctByTrial[2]);
    expect(() => runLifEval({ model: text, s: 0, seed: 1, from: 0, count: 1 })).toThrow(/s must be a number in \[0.01, 10000\] \(λ = 1\/s\), got 0/);
    expect(() => runLifEval({ model: text, s: 25, seed: 1, from: -1, count: 1 })).toThrow(/from must be an integer ≥ 0/);
    expect(() => runLifEval({ model: "not json", s: 25, seed: 1, from: 0, count: 1 })).toThrow(/lif.eval model/);
  });
  it("cancel rejects with the pool's PoolCancelledError", async () => {
    const ac = new AbortController();
    const p = convertModel(runJobs, text, { grid: parseGrid("20:5:75"), trials: 20, workers: 1, signal: ac.signal, onProgress: () => ac.abort() });
    await expect(p).rejects.toBeInstanceOf(PoolCancelledError);
  }, 60_000);
});
