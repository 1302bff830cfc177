import { describe, expect, it } from "vitest";
import { lognormalFit, lognormalPdf, weightHistogram, weightsAtLeast } from "./weights";
import { denseWeights } from "./test-helpers";

// np.round(np.random.RandomState(11).lognormal(-3, 0.8, 12), 6), laid out 3 × 4.
const W = denseWeights([
  [0.201808, 0.039603, 0.033788, 0.00596],
  [0.049458, 0.038554, 0.03241, 0.064076],
  [0.069728, 0.021227, 0.024502, 0.034027],
]);

describe("weightsAtLeast and weightHistogram", () => {
  it("keep w ≥ 0.01 and bin them like numpy", () => {
    // 0.00596 is the only weight below 0.01: 11 kept.
    expect(weightsAtLeast(W).length).toBe(11);
    expect(weightsAtLeast(W, 0.05).length).toBe(3);
    // np.histogram(kept, bins=5) → counts [8, 2, 0, 0, 1], edges 0.021227 … 0.201808.
    const h = weightHistogram(W, 5);
    expect(Array.from(h.counts)).toEqual([8, 2, 0, 0, 1]);
    expect(h.edges[0]).toBe(0.021227);
    expect(h.edges[1]).toBeCloseTo(0.0573432, 15);
    expect(h.edges[5]).toBe(0.201808);
  });
  it("reject a bad threshold or an empty selection", () => {
    expect(() => weightsAtLeast(W, 0)).toThrow("weightsAtLeast: threshold must be > 0 (got 0)");
    expect(() => weightsAtLeast(W, NaN)).toThrow("weightsAtLeast: threshold must be a finite number (got NaN)");
    expect(() => weightsAtLeast(denseWeights([[Infinity]]))).toThrow("weightsAtLeast: weights[0][0] must be finite (got Infinity)");
    expect(() => weightHistogram(W, 5, 0.5)).toThrow("weightHistogram: no weight is ≥ threshold (0.5)");
    expect(() => weightHistogram(W, 5, -0.1)).toThrow("weightHistogram: threshold must be > 0 (got -0.1)");
    expect(() => weightHistogram(W, -1)).toThrow("weightHistogram: bins must be a positive integer (got -1)");
  });
});

describe("lognormalFit and lognormalPdf", () => {
  it("match numpy/scipy", () => {
    // kept = w[w >= 0.01]; mu = np.mean(np.log(kept)), sigma = np.std(np.log(kept)), numpy 2.4.6:
    const f = lognormalFit(weightsAtLeast(W));
    expect(f.n).toBe(11);
    expect(f.mu).toBeCloseTo(-3.114679560916757, 14);
    expect(f.sigma).toBeCloseTo(0.5891330853825807, 14);
    expect(f.mode).toBeCloseTo(0.031374577328919476, 15); // exp(mu − sigma²)
    expect(f.mean).toBeCloseTo(0.05280546104316165, 15); // exp(mu + sigma²/2)
    expect(f.median).toBeCloseTo(0.04439273003429741, 15); // exp(mu)
    // scipy.stats.lognorm.pdf(0.05, sigma, loc=0, scale=exp(mu)) = 13.270116842234286,
    // and at x = mean: 12.279369490383457.
    expect(lognormalPdf(0.05, f.mu, f.sigma)).toBeCloseTo(13.270116842234286, 12);
    expect(lognormalPdf(f.mean, f.mu, f.sigma)).toBeCloseTo(12.279369490383457, 12);
    expect(lognormalPdf(0, f.mu, f.sigma)).toBe(0);
    expect(lognormalPdf(-1, f.mu, f.sigma)).toBe(0);
  });
  it("recovers the parameters of a known lognormal sample", () => {
    // Values e^(μ + σ·z_k) for z symmetric about 0 with population std 1: ln w has mean μ, std σ.
    const z = [-1.5, -1, -0.5, 0, 0.5, 1, 1.5];
    const s = Math.sqrt(z.reduce((a, v) => a + v * v, 0) / z.length);
    const f = lognormalFit(z.map((v) => Math.exp(-2 + (0.7 * v) / s)));
    expect(f.mu).toBeCloseTo(-2, 14);
    expect(f.sigma).toBeCloseTo(0.7, 14);
  });
  it("reject empty, non-positive values and sigma ≤ 0", () => {
    expect(() => lognormalFit([])).toThrow("lognormalFit: values must have at least 1 entries (got 0)");
    expect(() => lognormalFit([0.1, 0])).toThrow("lognormalFit: values[1] must be > 0 (got 0)");
    expect(() => lognormalPdf(1, 0, 0)).toThrow("lognormalPdf: sigma must be > 0 (got 0)");
    expect(() => lognormalPdf(NaN, 0, 1)).toThrow("lognormalPdf: x must be a finite number (got NaN)");
  });
});
