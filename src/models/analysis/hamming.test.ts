import { describe, expect, it } from "vitest";
import { hammingDistance } from "./hamming";
import { trainFromRows } from "./test-helpers";

describe("hammingDistance", () => {
  it("counts differing neurons per step", () => {
    const a = trainFromRows(["1010", "1111", "0000"]);
    const b = trainFromRows(["1010", "0110", "1111"]);
    // Step 0: identical → 0. Step 1: 1111 vs 0110 differ at 0 and 3 → 2. Step 2: all 4 differ.
    expect(Array.from(hammingDistance(a, b))).toEqual([0, 2, 4]);
  });
  it("rejects trains of different shapes, naming them", () => {
    const a = trainFromRows(["10", "11"]);
    expect(() => hammingDistance(a, trainFromRows(["10"]))).toThrow(
      "hammingDistance: a and b must have the same shape (a is 2×2, b is 1×2)",
    );
    expect(() => hammingDistance(a, trainFromRows(["100", "111"]))).toThrow("(a is 2×2, b is 2×3)");
    expect(() => hammingDistance(a, { steps: 2, neurons: 2, data: Uint8Array.from([0, 0, 0, 5]) })).toThrow(
      "hammingDistance: b must be binary (0/1); found 5 at step 1, neuron 1",
    );
    expect(() => hammingDistance({ steps: 0, neurons: 2, data: new Uint8Array(0) }, a)).toThrow(
      "hammingDistance: a.steps must be a positive integer (got 0)",
    );
  });
});
