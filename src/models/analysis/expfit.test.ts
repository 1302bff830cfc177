import { describe, expect, it } from "vitest";
import { fitExponential } from "./expfit";

const f = (x: number, a: number, b: number, c: number) => a * Math.exp(-b * x) - c;
const X = Array.from({ length: 30 }, (_, k) => k + 1);

describe("fitExponential", () => {
  it("recovers known parameters from exact data, with a residual ≈ 0", () => {
    const y = X.map((x) => f(x, 500, 0.3, 5));
    const fit = fitExponential(X, y);
    expect(fit.a).toBeCloseTo(500, 6);
    expect(fit.b).toBeCloseTo(0.3, 10);
    expect(fit.c).toBeCloseTo(5, 7);
    expect(fit.rss).toBeLessThan(1e-12);
    expect(fit.points).toBe(30);
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeGreaterThan(0);
  });

  it("finds scipy's least-squares optimum on noisy data", () => {
    // y = np.round(500·e^(−0.3x) − 5 + N(0, 5²), 3), x = 1..30, numpy RandomState(7).
    const y = [
      373.862, 267.076, 198.449, 147.635, 102.62, 77.66, 56.224, 31.585, 33.691, 22.896, 10.314, 7.804,
      7.647, 1.191, -0.659, -8.151, 0.821, -2.122, -1.955, -11.393, 4.172, -3.548, -6.432, 5.519, -4.95,
      -12.049, -6.874, -16.329, 0.33, -7.021,
    ];
    // scipy 1.17.1 curve_fit(f, x, y, p0=(400, 0.2, 0), xtol=ftol=1e-15):
    //   (511.15079629441169, 0.30616049874280504, 5.2945938965200021), RSS 688.1104261188207.
    for (const initialValues of [undefined, [1, 1, 1] as const]) {
      const fit = fitExponential(X, y, { initialValues });
      expect(fit.a).toBeCloseTo(511.15079629441169, 5);
      expect(fit.b).toBeCloseTo(0.30616049874280504, 9);
      expect(fit.c).toBeCloseTo(5.2945938965200021, 6);
      expect(fit.rss).toBeCloseTo(688.1104261188207, 8);
      // The reported RSS is the RSS of the reported parameters.
      const rss = X.reduce((s, x, k) => s + (y[k] - f(x, fit.a, fit.b, fit.c)) ** 2, 0);
      expect(fit.rss).toBeCloseTo(rss, 9);
      expect(fit.converged).toBe(true);
    }
  });

  it("fits a rising curve (b < 0) too", () => {
    const y = X.map((x) => f(x, 2, -0.1, -3));
    const fit = fitExponential(X, y);
    expect(fit.b).toBeCloseTo(-0.1, 9);
    expect(fit.a).toBeCloseTo(2, 7);
    expect(fit.c).toBeCloseTo(-3, 6);
  });

  it("rejects bad data and options", () => {
    expect(() => fitExponential([1, 2], [1, 2])).toThrow("fitExponential: x must have at least 3 entries (got 2)");
    expect(() => fitExponential([1, 2, 3], [1, 2])).toThrow("fitExponential: y must have at least 3 entries (got 2)");
    expect(() => fitExponential([1, 2, 3, 4], [1, 2, 3])).toThrow("fitExponential: x and y must have the same length (got 4 and 3)");
    expect(() => fitExponential([1, 1, 2, 2], [1, 2, 3, 4])).toThrow("fitExponential: x must hold at least 3 distinct values");
    expect(() => fitExponential([1, 2, 3], [1, NaN, 3])).toThrow("fitExponential: y[1] must be a finite number (got NaN)");
    expect(() => fitExponential([1, 2, 3], [3, 2, 1], { maxIterations: 0 })).toThrow(
      "fitExponential: maxIterations must be a positive integer (got 0)",
    );
    expect(() => fitExponential([1, 2, 3], [3, 2, 1], { initialValues: [1, 2] as never })).toThrow(
      "fitExponential: initialValues must be three finite numbers [a, b, c]",
    );
  });
});
