import { describe, expect, it } from "vitest";
import { ColumnMatrix } from "../../models/sorn/column-matrix";
import { connectionFraction, log10Histogram, skewness, weightSnapshot } from "./stats";

describe("lognormal statistics", () => {
  it("skewness is m3 / m2^1.5 with population moments (scipy.stats.skew's default)", () => {
    // [1, 2, 3, 10]: mean 4, deviations −3 −2 −1 6: m2 = 50/4, m3 = (−27 −8 −1 +216)/4 = 45.
    expect(skewness([1, 2, 3, 10])).toBeCloseTo(45 / (12.5 ** 1.5), 14);
    expect(skewness([1, 2, 3])).toBe(0);
    expect(skewness([2, 2])).toBeNaN();
    expect(skewness([5])).toBeNaN();
  });

  it("log10Histogram bins log10 v over [lo, hi], the top edge in the last bin, values outside left out", () => {
    const h = log10Histogram([0.01, 0.0099, 0.05, 0.1, 0.99, 1, 2], 2, -2, 0);
    expect(h.edges).toEqual([-2, -1, 0]);
    expect(h.counts).toEqual([2, 3]); // 0.01, 0.05 | 0.1, 0.99, 1
  });

  it("connection fraction counts off-diagonal entries over N(N−1); the snapshot fits w ≥ 0.01", () => {
    const W = ColumnMatrix.fromDense(3, 3, [0, 0.5, 0.005, 0.2, 0, 0, 0.3, 0, 0]);
    expect(connectionFraction(W)).toBeCloseTo(4 / 6, 15);
    const s = weightSnapshot(W, 7, 2);
    expect(s).toMatchObject({ step: 7, count: 3 });
    const ln = [0.5, 0.2, 0.3].map(Math.log);
    const mu = ln.reduce((a, b) => a + b) / 3;
    expect(s.mu).toBeCloseTo(mu, 14);
    expect(s.sigma).toBeCloseTo(Math.sqrt(ln.reduce((a, b) => a + (b - mu) ** 2, 0) / 3), 14);
    expect(s.skewLnW).toBeCloseTo(skewness(ln), 14);
    expect(s.histogram.counts).toEqual([0, 3]);
  });
});
