/** C21 on synthetic rows: the engine-locked ln-skew bound by default, the spec's on request. */
import { describe, expect, it } from "vitest";
import { C21_LN_SKEW_ENGINE, C21_LN_SKEW_SPEC, criterionC21 } from "./criteria";
import type { LognormalRow } from "./job";

const row = (seed: number, skewLnW: number): LognormalRow => ({
  seed, steps: 200_000, noiseSigma: Math.sqrt(0.05), fractionSteps: [], fraction: [], minFraction: 0.012, minStep: 52_000,
  endFraction: 0.03, recovery: 2.5, mu: -2, sigma: 1.1, skewW: 3.5, skewLnW, weights: 900, meanRateE: 0.1, snapshots: [], lifetimes: null,
});

describe("criterion C21", () => {
  it("passes ln-skew −1.0 under the engine bound and fails it under the spec's", () => {
    const rows = [row(5, -1.0), row(6, 0.2)];
    expect(criterionC21(rows).map((v) => v.status)).toEqual(["PASS", "PASS", "PASS"]);
    const spec = criterionC21(rows, C21_LN_SKEW_SPEC);
    expect(spec[2]).toMatchObject({ id: "C21 skewness (spec bound)", status: "FAIL" });
    expect(spec[2].measured).toMatch(/skew\(ln w\) -1\.00–0\.20/);
    expect(C21_LN_SKEW_ENGINE).toBeGreaterThanOrEqual(C21_LN_SKEW_SPEC);
  });

  it("fails beyond the engine bound and skips short runs", () => {
    expect(criterionC21([row(5, -1.15)])[2].status).toBe("FAIL");
    expect(criterionC21([{ ...row(5, 0), steps: 50_000 }]).map((v) => v.status)).toEqual(["SKIP", "SKIP", "SKIP"]);
  });
});
