import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { resolveRandomSequenceJob, runRandomSequenceJob } from "./job";
import { memoryCapacity } from "./memory";
import { randomSymbols, symbolInput, symbolPools } from "./source";

const small = { stepsPlastic: 2000, stepsTrain: 2000, stepsTest: 1000 };

describe("random-sequence source", () => {
  it("draws randint(A) symbols, uniform over the alphabet", () => {
    const s = randomSymbols(10, 20_000, new NumpyRandom(1000));
    const counts = new Array(10).fill(0);
    for (const x of s) counts[x]++;
    for (const c of counts) expect(Math.abs(c / 20_000 - 0.1)).toBeLessThan(0.01);
    const again = new NumpyRandom(1000);
    expect(s[0]).toBe(again.randint(10));
  });

  it("disjoint pools are channels 10k…10k+9; overlapping pools are 10 distinct neurons each, drawn from 0…ne−1", () => {
    const d = symbolPools("disjoint", 10, 10, 200);
    expect(d.nu).toBe(100);
    expect(d.pools[3]).toEqual([30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
    const o = symbolPools("overlapping", 10, 10, 200, new NumpyRandom(3000));
    expect(o.nu).toBe(200);
    for (const p of o.pools) expect(new Set(p).size).toBe(10), expect(Math.max(...p)).toBeLessThan(200);
    const out = new Float64Array(200);
    symbolInput(Uint8Array.of(4), o).fill(0, out);
    expect([...out.keys()].filter((i) => out[i] === 1)).toEqual(o.pools[4]);
    expect(out.reduce((a, b) => a + b)).toBe(10);
  });
});

describe("runRandomSequenceJob (reduced size: 2,000 + 2,000 + 1,000 steps)", () => {
  it("C23 structure: perf(0) ≥ 0.95 and perf(19) ≤ 1/A + 0.1 in every condition; MC from the curve", () => {
    for (const condition of ["sorn", "static", "ip"] as const) {
      const [row] = runRandomSequenceJob({ condition, seed: 0, ...small });
      expect(row.perf).toHaveLength(20);
      expect(row.perf[0]).toBeGreaterThanOrEqual(0.95);
      expect(row.perf[19]).toBeLessThanOrEqual(0.1 + 0.1);
      expect(row.capacity).toBeCloseTo(memoryCapacity(row.perf, 10), 12);
      expect(row.perf[1]).toBeGreaterThan(row.perf[10]);
    }
  });

  it("the same spec gives the same row; overlapping pools run too", () => {
    const spec = { condition: "sorn" as const, seed: 5, pools: "overlapping" as const, stepsPlastic: 500, stepsTrain: 600, stepsTest: 300, lags: 5 };
    const [row] = runRandomSequenceJob(spec);
    expect(row).toMatchObject({ pools: "overlapping", alphabet: 10, readout: "lsq" });
    expect(row.perf).toHaveLength(5);
    expect(runRandomSequenceJob(spec)).toEqual([row]);
  });

  it("one row per readout: lsq and logistic (fixed Adam budget) on the same states", () => {
    const rows = runRandomSequenceJob({ condition: "sorn", seed: 1, stepsPlastic: 500, stepsTrain: 800, stepsTest: 300, lags: 3, readouts: ["lsq", "logistic"], logisticIterations: 30 });
    expect(rows.map((r) => r.readout)).toEqual(["lsq", "logistic"]);
    expect(rows[1].meanRateE).toBe(rows[0].meanRateE);
    expect(rows[1].perf[0]).toBeGreaterThan(0.9);
  });

  it("refuses bad specs naming the field", () => {
    expect(() => resolveRandomSequenceJob({ condition: "sorn", seed: 0, readouts: ["svm" as never] })).toThrow("unknown readout 'svm' (readouts: lsq, logistic)");
    expect(() => resolveRandomSequenceJob({ condition: "sorn", seed: 0, pools: "mixed" as never })).toThrow("unknown pool layout 'mixed' (pools: disjoint, overlapping)");
    expect(() => resolveRandomSequenceJob({ condition: "sorn", seed: 0, alphabet: 1 })).toThrow(/alphabet/);
    expect(() => resolveRandomSequenceJob({ condition: "sorn", seed: 0, alphabet: 20, poolSize: 11 })).toThrow(/poolSize/);
    expect(() => resolveRandomSequenceJob({ condition: "sorn", seed: 0, stepsPlastic: 5 })).toThrow("must be ≥ lags − 1 = 19");
  });
});
