import { describe, expect, it } from "vitest";
import { sumAxis } from "./spikey-weights-axis";

describe("the Spikey weight-sum axis", () => {
  it("rounds [0, max] out to nice ticks with thousands separators", () => {
    expect(sumAxis([0, 14287.65, 15400])).toEqual({ hi: 20000, ticks: [0, 5000, 10000, 15000, 20000], labels: ["0", "5,000", "10,000", "15,000", "20,000"] });
    expect(sumAxis([121.43, 118])).toEqual({ hi: 150, ticks: [0, 50, 100, 150], labels: ["0", "50", "100", "150"] });
    expect(sumAxis([0.3, 0.72])).toEqual({ hi: 0.8, ticks: [0, 0.2, 0.4, 0.6, 0.8], labels: ["0.0", "0.2", "0.4", "0.6", "0.8"] });
  });

  it("an all-zero or empty series gets [0, 1]; a NaN sum is an error", () => {
    expect(sumAxis([0, 0]).hi).toBe(1);
    expect(sumAxis([]).hi).toBe(1);
    expect(() => sumAxis([1, NaN])).toThrow("weight sum 1 is NaN, not a finite number");
  });
});
