import { describe, expect, it } from "vitest";
import type { SpikeTrain } from "../sorn/types";
import { networkFiringRate, neuronFiringRate, neuronMeanRates, neuronSpikeCounts } from "./rates";
import { trainFromRows } from "./test-helpers";

// 5 steps × 3 neurons.
const train = trainFromRows(["101", "001", "111", "000", "101"]);

describe("neuronFiringRate", () => {
  it("gives spikes per bin S·binSize/T and the rate per step S/T", () => {
    // Neuron 0 spikes at steps 0, 2, 4: S = 3, T = 5. binSize 2: 3·2/5 = 1.2; 3/5 = 0.6.
    expect(neuronFiringRate(train, 0, 2)).toEqual({ steps: 5, binSize: 2, spikes: 3, spikesPerBin: 1.2, ratePerStep: 0.6 });
    // Neuron 2 spikes at 0, 1, 2, 4: S = 4; binSize 5: 4·5/5 = 4; 4/5 = 0.8.
    expect(neuronFiringRate(train, 2, 5)).toMatchObject({ spikes: 4, spikesPerBin: 4, ratePerStep: 0.8 });
  });
  it("rejects a bad neuron or bin size", () => {
    expect(() => neuronFiringRate(train, 3, 1)).toThrow("neuronFiringRate: neuron must be an integer in [0, 2] (got 3)");
    expect(() => neuronFiringRate(train, -1, 1)).toThrow("neuronFiringRate: neuron must be an integer in [0, 2] (got -1)");
    expect(() => neuronFiringRate(train, 0.5, 1)).toThrow("neuronFiringRate: neuron must be an integer in [0, 2] (got 0.5)");
    expect(() => neuronFiringRate(train, 0, 0)).toThrow("neuronFiringRate: binSize must be a positive integer (got 0)");
    expect(() => neuronFiringRate(train, 0, 2.5)).toThrow("neuronFiringRate: binSize must be a positive integer (got 2.5)");
    expect(() => neuronFiringRate(train, 0, 6)).toThrow("neuronFiringRate: binSize (6) must not exceed the run length (5 steps)");
  });
});

describe("networkFiringRate, neuronSpikeCounts, neuronMeanRates", () => {
  it("count active neurons per step and spikes per neuron", () => {
    // Row sums: 101→2, 001→1, 111→3, 000→0, 101→2.
    expect(Array.from(networkFiringRate(train))).toEqual([2, 1, 3, 0, 2]);
    // Column sums: 3, 1, 4; divided by T = 5: 0.6, 0.2, 0.8.
    expect(Array.from(neuronSpikeCounts(train))).toEqual([3, 1, 4]);
    expect(Array.from(neuronMeanRates(train))).toEqual([0.6, 0.2, 0.8]);
  });
});

describe("spike-train validation (shared by every function taking a train)", () => {
  const bad: [string, SpikeTrain, string][] = [
    ["T = 0", { steps: 0, neurons: 2, data: new Uint8Array(0) }, "spikeTrain.steps must be a positive integer (got 0)"],
    ["N = 0", { steps: 2, neurons: 0, data: new Uint8Array(0) }, "spikeTrain.neurons must be a positive integer (got 0)"],
    ["fractional steps", { steps: 1.5, neurons: 2, data: new Uint8Array(3) }, "spikeTrain.steps must be a positive integer (got 1.5)"],
    ["wrong length", { steps: 2, neurons: 2, data: new Uint8Array(3) }, "spikeTrain.data has length 3, expected steps·neurons = 4"],
    ["non-binary", { steps: 2, neurons: 2, data: Uint8Array.from([0, 1, 2, 0]) }, "spikeTrain must be binary (0/1); found 2 at step 1, neuron 0"],
    ["not a Uint8Array", { steps: 1, neurons: 2, data: [0, 1] as unknown as Uint8Array }, "spikeTrain.data must be a Uint8Array"],
    ["not an object", null as unknown as SpikeTrain, "spikeTrain must be a SpikeTrain object"],
  ];
  it.each(bad)("rejects %s", (_name, t, message) => {
    expect(() => networkFiringRate(t)).toThrow(`networkFiringRate: ${message}`);
    expect(() => neuronSpikeCounts(t)).toThrow(`neuronSpikeCounts: ${message}`);
    expect(() => neuronMeanRates(t)).toThrow(`neuronMeanRates: ${message}`);
    expect(() => neuronFiringRate(t, 0, 1)).toThrow(`neuronFiringRate: ${message}`);
  });
});
