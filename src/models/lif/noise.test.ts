import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../rng/numpy-random";
import { ZigguratNormal, zigguratFrom } from "./noise";

describe("Ziggurat normal (LIF membrane noise)", () => {
  it("xoshiro128** gives the reference outputs for seed words 1, 2, 3, 4", () => {
    // The reference C implementation (Blackman & Vigna) from s = {1, 2, 3, 4}: 11520, 0, 5927040, 70819200.
    const z = new ZigguratNormal(1, 2, 3, 4);
    expect([0, 1, 2, 3].map(() => z.next() >>> 0)).toEqual([11520, 0, 5927040, 70819200]);
  });

  it("normalFill gives the values of normal() one by one, and is fixed under the seed", () => {
    const a = new ZigguratNormal(7, 8, 9, 10), b = new ZigguratNormal(7, 8, 9, 10);
    const fill = a.normalFill(new Float64Array(5000), 0, 1);
    const one = Float64Array.from({ length: 5000 }, () => b.normal());
    expect(fill).toEqual(one);
    const scaled = new ZigguratNormal(7, 8, 9, 10).normalFill(new Float64Array(3), 2, 0.1);
    expect(Array.from(scaled)).toEqual(Array.from(fill.slice(0, 3), (x) => 2 + 0.1 * x));
  });

  it("moments of 2,000,000 draws match N(0, 1) (mean, variance, skew, kurtosis, tails)", () => {
    const z = zigguratFrom(new NumpyRandom(12345));
    const n = 2_000_000, buf = new Float64Array(n);
    z.normalFill(buf, 0, 1);
    let m = 0, m2 = 0, m3 = 0, m4 = 0, t2 = 0, t3 = 0, t4 = 0;
    for (const x of buf) {
      m += x; m2 += x * x; m3 += x ** 3; m4 += x ** 4;
      const ax = Math.abs(x);
      if (ax > 2) t2++;
      if (ax > 3) t3++;
      if (ax > R) t4++;
    }
    // Standard errors at n = 2e6: mean 7e-4, var 1e-3, skew 1.7e-3, kurtosis 3.5e-3 (×5 below).
    expect(Math.abs(m / n)).toBeLessThan(0.0035);
    expect(Math.abs(m2 / n - 1)).toBeLessThan(0.005);
    expect(Math.abs(m3 / n)).toBeLessThan(0.009);
    expect(Math.abs(m4 / n - 3)).toBeLessThan(0.06);
    // P(|x| > 2) = 0.0455003, P(|x| > 3) = 0.0026998, P(|x| > r = 3.4426) = 0.000576 (the tail path).
    expect(Math.abs(t2 / n - 0.0455003)).toBeLessThan(5 * Math.sqrt(0.0455 / n));
    expect(Math.abs(t3 / n - 0.0026998)).toBeLessThan(5 * Math.sqrt(0.0027 / n));
    expect(Math.abs(t4 / n - 0.000576)).toBeLessThan(5 * Math.sqrt(0.000576 / n));
  });

  it("seeds from four randint(2³²) draws; all-zero seed words are refused", () => {
    const r = new NumpyRandom(3);
    const z = zigguratFrom(r);
    const again = zigguratFrom(new NumpyRandom(3));
    expect(z.normal()).toBe(again.normal());
    expect(() => new ZigguratNormal(0, 0, 0, 0)).toThrow(/must not all be zero/);
  });
});

const R = 3.442619855899;
