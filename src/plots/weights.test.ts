import { describe, expect, it } from "vitest";
import { lognormalBinCount } from "./weights";

describe("lognormalBinCount", () => {
  it("gives the expected counts of a lognormal sample in log10 bins", () => {
    // ln w ~ N(μ, σ²) with μ = ln 0.05, σ = 0.5: the bin [log10 0.05, ∞) holds half the sample,
    // and one σ either side of the median (e^μ·e^{±σ}) holds Φ(1) − Φ(−1) = 0.682689492…
    const mu = Math.log(0.05);
    expect(lognormalBinCount(mu, 0.5, 1000, Math.log10(0.05), 50)).toBeCloseTo(500, 9);
    const lo = (mu - 0.5) / Math.LN10;
    const hi = (mu + 0.5) / Math.LN10;
    expect(lognormalBinCount(mu, 0.5, 1000, lo, hi)).toBeCloseTo(682.689492137, 6);
  });
});
