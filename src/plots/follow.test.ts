import { describe, expect, it } from "vitest";
import { trailingRate } from "./follow";

describe("trailingRate", () => {
  it("is the mean over the trailing n steps, over fewer at the start", () => {
    expect(Array.from(trailingRate([1, 0, 1, 1, 0, 0], 3))).toEqual([1, 0.5, 2 / 3, 2 / 3, 2 / 3, 1 / 3]);
    expect(Array.from(trailingRate([]))).toEqual([]);
  });
});
