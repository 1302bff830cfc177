import { describe, expect, it } from "vitest";
import { interSpikeIntervals, isiCoefficientOfVariation, spikeTimes } from "./spikeTimes";
import { trainFromRows } from "./test-helpers";

// 8 steps × 4 neurons.
//   neuron 0 spikes at 0, 2, 4, 6 (regular), neuron 1 at 1, 2, 7,
//   neuron 2 never, neuron 3 at 5 only.
const train = trainFromRows(["1000", "0100", "1100", "0000", "1000", "0001", "1000", "0100"]);

describe("spikeTimes and interSpikeIntervals", () => {
  it("list each neuron's spike steps and their differences", () => {
    expect(spikeTimes(train).map((a) => Array.from(a))).toEqual([[0, 2, 4, 6], [1, 2, 7], [], [5]]);
    // Differences: [2,2,2], [1,5], [], [].
    expect(interSpikeIntervals(train).map((a) => Array.from(a))).toEqual([[2, 2, 2], [1, 5], [], []]);
  });
});

describe("isiCoefficientOfVariation", () => {
  it("is std/mean of the ISIs, null with fewer than 2 intervals", () => {
    // Neuron 0: [2,2,2] → std 0 → CV 0. Neuron 1: [1,5], mean 3, population std 2 → CV 2/3.
    const cv = isiCoefficientOfVariation(train);
    expect(cv[0]).toBe(0);
    expect(cv[1]).toBeCloseTo(2 / 3, 15);
    expect(cv[2]).toBeNull();
    expect(cv[3]).toBeNull();
  });
  it("rejects a bad train", () => {
    const bad = { steps: 2, neurons: 2, data: new Uint8Array(2) };
    expect(() => isiCoefficientOfVariation(bad)).toThrow("isiCoefficientOfVariation: spikeTrain.data has length 2, expected steps·neurons = 4");
    expect(() => spikeTimes(bad)).toThrow("spikeTimes: spikeTrain.data has length 2");
    expect(() => interSpikeIntervals(bad)).toThrow("interSpikeIntervals: spikeTrain.data has length 2");
  });
});
