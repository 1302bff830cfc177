import { describe, expect, it } from "vitest";
import { autocorrelation, scaleDependentSmoothness, scaleIndependentSmoothness } from "./timeseries";

describe("smoothness", () => {
  it("is std(diff) and std(diff)/|mean(diff)|", () => {
    // [1,2,4,7,11]: diff [1,2,3,4], mean 2.5, var (2.25+0.25+0.25+2.25)/4 = 1.25,
    // std √1.25 = 1.118033988749895; ratio 1.118…/2.5 = 0.447213595499958.
    expect(scaleDependentSmoothness([1, 2, 4, 7, 11])).toBeCloseTo(Math.sqrt(1.25), 15);
    expect(scaleIndependentSmoothness([1, 2, 4, 7, 11])).toBeCloseTo(Math.sqrt(1.25) / 2.5, 15);
    // numpy: fr = [3,5,4,8,6,9,7,12,10,11.5]; np.std(np.diff(fr)) = 2.6081543542901118,
    // np.std(d)/abs(np.mean(d)) = 2.7615751986601182.
    const fr = [3, 5, 4, 8, 6, 9, 7, 12, 10, 11.5];
    expect(scaleDependentSmoothness(fr)).toBeCloseTo(2.6081543542901118, 14);
    expect(scaleIndependentSmoothness(fr)).toBeCloseTo(2.7615751986601182, 13);
  });
  it("returns Infinity when the mean difference is 0", () => {
    // [2,1,3,0,2]: diff [−1,2,−3,2], mean 0; std √((1+4+9+4)/4) = √4.5.
    expect(scaleIndependentSmoothness([2, 1, 3, 0, 2])).toBe(Infinity);
    expect(scaleDependentSmoothness([2, 1, 3, 0, 2])).toBeCloseTo(Math.sqrt(4.5), 15);
    // A constant series: both are 0/0 in numpy (NaN); here 0 and Infinity.
    expect(scaleDependentSmoothness([4, 4, 4])).toBe(0);
    expect(scaleIndependentSmoothness([4, 4, 4])).toBe(Infinity);
  });
  it("rejects short or non-finite series", () => {
    expect(() => scaleDependentSmoothness([1])).toThrow("scaleDependentSmoothness: fr must have at least 2 entries (got 1)");
    expect(() => scaleIndependentSmoothness([1, NaN])).toThrow("scaleIndependentSmoothness: fr[1] must be a finite number (got NaN)");
  });
});

describe("autocorrelation", () => {
  it("is Pearson of fr[:-t] and fr[t:]", () => {
    // [1,3,2,4,3,5], lag 1: a = [1,3,2,4,3] (mean 2.6), b = [3,2,4,3,5] (mean 3.4);
    // Σ da·db = 0.64 − 0.56 − 0.36 − 0.56 + 0.64 = −0.2, Σ da² = Σ db² = 5.2 → r = −1/26.
    const r = autocorrelation([1, 3, 2, 4, 3, 5], 1);
    expect(r.constant).toBeNull();
    expect(r.coefficient).toBeCloseTo(-1 / 26, 15);
    // A line: a and b are both linear, r = 1 (default lag 2).
    expect(autocorrelation([1, 2, 3, 4, 5, 6]).coefficient).toBeCloseTo(1, 15);
    // numpy: np.corrcoef(fr[:-t], fr[t:])[0,1] for fr = [3,5,4,8,6,9,7,12,10,11.5]:
    // t=1 0.5370796597490466, t=2 0.8994437827454959, t=3 0.2578553115646984.
    const fr = [3, 5, 4, 8, 6, 9, 7, 12, 10, 11.5];
    expect(autocorrelation(fr, 1).coefficient).toBeCloseTo(0.5370796597490466, 14);
    expect(autocorrelation(fr, 2).coefficient).toBeCloseTo(0.8994437827454959, 14);
    expect(autocorrelation(fr, 3).coefficient).toBeCloseTo(0.2578553115646984, 14);
  });
  it("says which side is constant instead of returning NaN", () => {
    expect(autocorrelation([1, 1, 1, 2], 1)).toEqual({ coefficient: null, constant: "leading" });
    expect(autocorrelation([2, 1, 1, 1], 1)).toEqual({ coefficient: null, constant: "lagged" });
    expect(autocorrelation([3, 3, 3, 3], 1)).toEqual({ coefficient: null, constant: "both" });
    // 0.1 + 0.2 style values that are equal stay exactly constant (no rounding in a mean).
    expect(autocorrelation([0.1, 0.1, 0.1, 0.7], 1).constant).toBe("leading");
  });
  it("rejects a bad lag or series", () => {
    expect(() => autocorrelation([1, 2, 3], 0)).toThrow("autocorrelation: lag must be a positive integer (got 0)");
    expect(() => autocorrelation([1, 2, 3, 4], 3)).toThrow("autocorrelation: lag (3) must be at most fr.length − 2 = 2");
    expect(() => autocorrelation([1, 2], 1)).toThrow("autocorrelation: fr must have at least 3 entries (got 2)");
    expect(() => autocorrelation([1, 2, Infinity], 1)).toThrow("autocorrelation: fr[2] must be a finite number (got Infinity)");
  });
});
