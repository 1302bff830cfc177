import { describe, expect, it } from "vitest";
import { fanoFactor } from "./fano";
import { trainFromSpikeTimes } from "./test-helpers";

describe("fanoFactor", () => {
  it("uses windows of the given length and drops an incomplete last one", () => {
    // T = 10, spikes at 0, 1, 2, 5, 9. Windows of length 3: [0,3) 3 spikes, [3,6) 1, [6,9) 0;
    // step 9 is dropped. mean 4/3, variance ((5/3)² + (1/3)² + (4/3)²)/3 = (25+1+16)/27 = 42/27,
    // fano = (42/27)/(4/3) = 42/36 = 7/6.
    const t = trainFromSpikeTimes(10, [0, 1, 2, 5, 9]);
    const f = fanoFactor(t, 0, 3);
    expect(f).toMatchObject({ windowLength: 3, windows: 3, droppedSteps: 1 });
    expect(f.mean).toBeCloseTo(4 / 3, 15);
    expect(f.variance).toBeCloseTo(42 / 27, 15);
    expect(f.fano).toBeCloseTo(7 / 6, 14);
    // Length 5 fits exactly: [0,5) 3 spikes, [5,10) 2 → mean 2.5, variance 0.25, fano 0.1.
    const g = fanoFactor(t, 0, 5);
    expect(g).toMatchObject({ windows: 2, droppedSteps: 0, mean: 2.5, variance: 0.25 });
    expect(g.fano).toBeCloseTo(0.1, 15);
    // The package's fanofactor(train, 0, window_size=2) (two windows) is this length-5 value.
  });
  it("gives fano null for a silent neuron", () => {
    expect(fanoFactor(trainFromSpikeTimes(6, []), 0, 2)).toEqual({
      windowLength: 2, windows: 3, droppedSteps: 0, mean: 0, variance: 0, fano: null,
    });
  });
  it("rejects bad window lengths and neurons", () => {
    const t = trainFromSpikeTimes(10, [1]);
    expect(() => fanoFactor(t, 0, 11)).toThrow("fanoFactor: windowLength (11) must not exceed the run length (10 steps)");
    expect(() => fanoFactor(t, 0, 0)).toThrow("fanoFactor: windowLength must be a positive integer (got 0)");
    expect(() => fanoFactor(t, 1, 2)).toThrow("fanoFactor: neuron must be an integer in [0, 0] (got 1)");
  });
});
