import { describe, expect, it } from "vitest";
import { hammingDistance } from "../../models/analysis/hamming";
import { hamming, hammingStep } from "./hamming";

describe("hamming (the package's Statistics.hamming_distance)", () => {
  // A hand fixture: the package computes [np.count_nonzero(a[t] != b[t]) for t in range(len(a))].
  const a = [[1, 0, 1, 0, 0], [1, 1, 1, 1, 1], [0, 0, 0, 0, 0], [0, 1, 0, 1, 1]];
  const b = [[1, 0, 1, 0, 0], [0, 1, 1, 0, 1], [1, 1, 1, 1, 1], [1, 0, 0, 1, 0]];
  it("counts the differing entries of every row", () => {
    expect(hamming(a, b)).toEqual([0, 2, 5, 3]);
    expect(hamming(b, a)).toEqual([0, 2, 5, 3]);
    expect(hammingStep(Uint8Array.from(a[3]), Uint8Array.from(b[3]))).toBe(3);
  });
  it("agrees with the analysis module's hammingDistance", () => {
    const train = (rows: number[][]) => ({ steps: rows.length, neurons: rows[0].length, data: Uint8Array.from(rows.flat()) });
    expect(Array.from(hammingDistance(train(a), train(b)))).toEqual(hamming(a, b));
  });
  it("refuses rows of different lengths", () => {
    expect(() => hamming([[1, 0]], [[1, 0, 1]])).toThrow("hamming: rows of different lengths (2 and 3)");
    expect(() => hamming([[1]], [])).toThrow("hamming: 1 rows and 0 rows");
  });
});
