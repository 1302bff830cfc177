import { describe, expect, it } from "vitest";
import { binCentres, histogram, normalPdf } from "./histogram";

// Reference counts from numpy 2.4.6: `np.histogram(values, bins=n[, range=...][, density=True])`.
describe("histogram", () => {
  it("bins exactly like numpy, floating-point edges included", () => {
    // [0.0, 0.1, ..., 1.0] (each written as a literal): numpy's edges k·0.1 round to e.g.
    // 0.30000000000000004 > 0.3, so 0.3 falls in bin 2 and bin 3 is empty.
    // np.histogram([0.0, 0.1, ..., 1.0], bins=10)[0] == [1 1 2 0 1 2 1 0 1 2]
    const v = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
    expect(Array.from(histogram(v, 10).counts)).toEqual([1, 1, 2, 0, 1, 2, 1, 0, 1, 2]);
    // The same values computed as 0.1·i: numpy gives [1 1 1 1 1 1 1 1 1 2] and, with 7 bins, [2 1 2 1 2 1 2].
    const w = Array.from({ length: 11 }, (_, i) => 0.1 * i);
    expect(Array.from(histogram(w, 10).counts)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(Array.from(histogram(w, 7).counts)).toEqual([2, 1, 2, 1, 2, 1, 2]);
  });
  it("gives edges, the closed last bin, and density = count/(total·width)", () => {
    // [1,2,2,3,3,3,7], 3 bins over [1, 7]: edges 1, 3, 5, 7; [1,3) holds 1,2,2; [3,5) holds 3,3,3;
    // [5,7] holds 7. Density 3/(7·2) = 0.2142857…, 1/(7·2) = 0.0714285…
    const h = histogram([1, 2, 2, 3, 3, 3, 7], 3);
    expect(Array.from(h.edges)).toEqual([1, 3, 5, 7]);
    expect(Array.from(h.counts)).toEqual([3, 3, 1]);
    expect(h.total).toBe(7);
    expect(h.density[0]).toBeCloseTo(3 / 14, 15);
    expect(h.density[2]).toBeCloseTo(1 / 14, 15);
    expect(Array.from(binCentres(h))).toEqual([2, 4, 6]);
  });
  it("widens a zero-width range by ±0.5 and honours an explicit range", () => {
    // numpy: np.histogram([5,5,5], bins=2) → ([0, 3], [4.5, 5, 5.5])
    const h = histogram([5, 5, 5], 2);
    expect(Array.from(h.edges)).toEqual([4.5, 5, 5.5]);
    expect(Array.from(h.counts)).toEqual([0, 3]);
    // np.histogram([-1, 0.5, 2], bins=2, range=(0, 1)) → ([0, 1]); density → [0, 2]
    const r = histogram([-1, 0.5, 2], 2, [0, 1]);
    expect(Array.from(r.counts)).toEqual([0, 1]);
    expect(Array.from(r.density)).toEqual([0, 2]);
    expect(r.total).toBe(1);
  });
  it("rejects bad input with a message naming the argument", () => {
    expect(() => histogram([], 2)).toThrow("histogram: values must have at least 1 entries (got 0)");
    expect(() => histogram([1, NaN], 2)).toThrow("histogram: values[1] must be a finite number (got NaN)");
    expect(() => histogram([1, 2], 0)).toThrow("histogram: bins must be a positive integer (got 0)");
    expect(() => histogram([1, 2], 2, [1, 0])).toThrow("histogram: range must have lo ≤ hi (got [1, 0])");
    expect(() => histogram([1, 2], 2, [0, Infinity])).toThrow("histogram: range must be a pair of finite numbers [lo, hi]");
    expect(() => histogram([5, 6], 2, [0, 1])).toThrow("histogram: no value lies inside range [0, 1]");
    expect(() => histogram([1, 1 + 2 ** -52], 4)).toThrow("histogram: bins = 4 is too many for the range");
  });
});

describe("normalPdf", () => {
  it("matches scipy", () => {
    // scipy.stats.norm.pdf(3.2, 2.5, 1.3) = 0.26546475095643696
    expect(normalPdf(3.2, 2.5, 1.3)).toBeCloseTo(0.26546475095643696, 15);
  });
  it("rejects sd ≤ 0 and non-finite arguments", () => {
    expect(() => normalPdf(1, 0, 0)).toThrow("normalPdf: sd must be a finite number > 0 (got 0)");
    expect(() => normalPdf(NaN, 0, 1)).toThrow("normalPdf: x must be a finite number (got NaN)");
    expect(() => normalPdf(1, Infinity, 1)).toThrow("normalPdf: mu must be a finite number (got Infinity)");
  });
});
