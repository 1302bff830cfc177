import { describe, expect, it } from "vitest";
import { networkRateHistogram, neuronRateHistogram, populationActivity } from "./population";
import { trainFromRows } from "./test-helpers";

// 10 steps × 4 neurons; active counts a(t) = [0, 1, 4, 4, 0, 2, 3, 0, 4, 1];
// spike counts per neuron [6, 5, 4, 4] → rates [0.6, 0.5, 0.4, 0.4].
const train = trainFromRows(["0000", "1000", "1111", "1111", "0000", "1100", "1110", "0000", "1111", "0001"]);

describe("populationActivity", () => {
  it("gives silent fraction, mean and sd of the active count", () => {
    // 3 silent steps of 10. Mean 19/10 = 1.9; Σ(a − 1.9)² = 3·3.61 + 2·0.81 + 3·4.41 + 0.01 + 1.21
    // = 26.9 → variance 2.69, sd 1.6401219466856725 (numpy: a.std()).
    const p = populationActivity(train);
    expect(p).toMatchObject({ steps: 10, silentSteps: 3, silentFraction: 0.3 });
    expect(p.meanActive).toBeCloseTo(1.9, 15);
    expect(p.sdActive).toBeCloseTo(1.6401219466856725, 15);
    // Default threshold mean + 2·sd = 5.180243893371345 > max a = 4: no burst.
    expect(p.threshold).toBeCloseTo(5.180243893371345, 14);
    expect(p).toMatchObject({ bursts: [], meanBurstLength: null, meanBurstSize: null });
  });
  it("finds maximal runs above a given threshold", () => {
    // a > 2 at steps 2–3 (4, 4), 6 (3), 8 (4): lengths 2, 1, 1 → mean 4/3; sizes 8, 3, 4 → mean 5.
    const p = populationActivity(train, 2);
    expect(p.bursts).toEqual([
      { start: 2, length: 2, size: 8 },
      { start: 6, length: 1, size: 3 },
      { start: 8, length: 1, size: 4 },
    ]);
    expect(p.meanBurstLength).toBeCloseTo(4 / 3, 15);
    expect(p.meanBurstSize).toBe(5);
    // a > 0.5: steps 1–3 (1+4+4 = 9), 5–6 (2+3 = 5), 8–9, running to the end (4+1 = 5).
    expect(populationActivity(train, 0.5).bursts).toEqual([
      { start: 1, length: 3, size: 9 },
      { start: 5, length: 2, size: 5 },
      { start: 8, length: 2, size: 5 },
    ]);
  });
  it("rejects a non-finite threshold", () => {
    expect(() => populationActivity(train, NaN)).toThrow("populationActivity: threshold must be a finite number (got NaN)");
    expect(() => populationActivity({ steps: 0, neurons: 1, data: new Uint8Array(0) })).toThrow(
      "populationActivity: spikeTrain.steps must be a positive integer (got 0)",
    );
  });
});

describe("networkRateHistogram", () => {
  it("histograms the active counts of non-silent steps", () => {
    // Non-zero a: [1,4,4,2,3,4,1], 3 bins over [1,4] → [2, 1, 4] (numpy: np.histogram(a[a>0], 3)).
    const h = networkRateHistogram(train, 3);
    expect(Array.from(h.counts)).toEqual([2, 1, 4]);
    expect(Array.from(h.edges)).toEqual([1, 2, 3, 4]);
    expect(h.excludedSilentSteps).toBe(3);
  });
  it("rejects an all-silent train and bad bins", () => {
    expect(() => networkRateHistogram(trainFromRows(["00", "00"]), 2)).toThrow(
      "networkRateHistogram: spikeTrain has no step with an active neuron",
    );
    expect(() => networkRateHistogram(train, 1.5)).toThrow("networkRateHistogram: bins must be a positive integer (got 1.5)");
  });
});

describe("neuronRateHistogram", () => {
  it("histograms the per-neuron rates", () => {
    // Rates [0.6, 0.5, 0.4, 0.4]; numpy: np.histogram(r, 2) → [2, 2] over [0.4, 0.6];
    // with range (0, 1) → [2, 2] over [0, 0.5, 1].
    expect(Array.from(neuronRateHistogram(train, 2).counts)).toEqual([2, 2]);
    const h = neuronRateHistogram(train, 2, [0, 1]);
    expect(Array.from(h.edges)).toEqual([0, 0.5, 1]);
    expect(Array.from(h.counts)).toEqual([2, 2]);
  });
  it("rejects bad bins or range", () => {
    expect(() => neuronRateHistogram(train, 0)).toThrow("neuronRateHistogram: bins must be a positive integer (got 0)");
    expect(() => neuronRateHistogram(train, 2, [1, 0])).toThrow("neuronRateHistogram: range must have lo ≤ hi (got [1, 0])");
  });
});
