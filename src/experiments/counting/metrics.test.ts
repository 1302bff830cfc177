import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { countingScores, oraclePredictions, referenceScores } from "./metrics";
import { countingLetters } from "./source";

describe("counting metrics (C17: the oracles on an ideal stream of whole words)", () => {
  for (const n of [1, 4, 8, 12, 20, 30]) {
    it(`n = ${n}`, () => {
      const L = n + 2;
      const words = Math.ceil(20000 / L);
      const letters = countingLetters(n, words * L + 1, new NumpyRandom(100 + n));
      // Predict letter(t+1) from letters(0…t) on whole words: targets letters[1…], predictions from [0…].
      const target = letters.subarray(1);
      const ref = referenceScores(n);
      const cannot = countingScores(target, oraclePredictions(letters, n, "letter").subarray(0, target.length));
      const counts = countingScores(target, oraclePredictions(letters, n, "counting").subarray(0, target.length));
      expect(cannot.perf_reduced).toBe(n / (n + 1));
      expect(cannot.perf_last).toBe(0);
      expect(counts.perf_reduced).toBe(1);
      expect(counts.perf_last).toBe(1);
      expect(Math.abs(cannot.perf_all - ref.cannotCount.perf_all)).toBeLessThan(0.01);
      expect(Math.abs(counts.perf_all - ref.optimal.perf_all)).toBeLessThan(0.01);
      expect(ref.cannotCount.perf_all).toBeCloseTo(1 - 1.5 / (n + 2), 15);
      expect(ref.optimal.perf_all).toBeCloseTo(1 - 1 / (2 * (n + 2)), 15);
    });
  }

  it("counts hits by target class; a class absent from the targets scores NaN", () => {
    // Targets A B C D E F, predictions right on A, C, E only.
    const s = countingScores([0, 1, 2, 3, 4, 5], [0, 0, 2, 0, 4, 0]);
    expect(s).toEqual({ perf_all: 3 / 6, perf_reduced: 2 / 4, perf_last: 1 / 2 });
    expect(countingScores([0, 3], [0, 3]).perf_last).toBeNaN();
    expect(() => countingScores([0, 1], [0])).toThrow(/2 targets but 1 predictions/);
  });
});
