import { describe, expect, it } from "vitest";
import type { SpikeTrain } from "../sorn/types";
import * as analysis from "./index";

// Every function that takes a spike train checks it first and names itself in the message.
const takesTrain: [string, (t: SpikeTrain) => unknown][] = [
  ["neuronFiringRate", (t) => analysis.neuronFiringRate(t, 0, 1)],
  ["networkFiringRate", analysis.networkFiringRate],
  ["neuronSpikeCounts", analysis.neuronSpikeCounts],
  ["neuronMeanRates", analysis.neuronMeanRates],
  ["pairwiseCorrelation", (t) => analysis.pairwiseCorrelation(t)],
  ["spikeTimes", analysis.spikeTimes],
  ["interSpikeIntervals", analysis.interSpikeIntervals],
  ["isiCoefficientOfVariation", analysis.isiCoefficientOfVariation],
  ["hammingDistance", (t) => analysis.hammingDistance(t, t)],
  ["fanoFactor", (t) => analysis.fanoFactor(t, 0, 1)],
  ["spikeSourceEntropy", analysis.spikeSourceEntropy],
  ["isiValues", (t) => analysis.isiValues(t)],
  ["isiHistogram", (t) => analysis.isiHistogram(t, 2)],
  ["isiExponentialFit", (t) => analysis.isiExponentialFit(t, 5)],
  ["populationActivity", (t) => analysis.populationActivity(t)],
  ["networkRateHistogram", (t) => analysis.networkRateHistogram(t, 2)],
  ["neuronRateHistogram", (t) => analysis.neuronRateHistogram(t, 2)],
];

const badTrains: [string, SpikeTrain, string][] = [
  ["T = 0", { steps: 0, neurons: 2, data: new Uint8Array(0) }, "spikeTrain.steps must be a positive integer (got 0)"],
  ["N = 0", { steps: 2, neurons: 0, data: new Uint8Array(0) }, "spikeTrain.neurons must be a positive integer (got 0)"],
  ["a wrong data length", { steps: 2, neurons: 2, data: new Uint8Array(5) }, "spikeTrain.data has length 5, expected steps·neurons = 4"],
  ["non-binary data", { steps: 1, neurons: 2, data: Uint8Array.from([1, 255]) }, "spikeTrain must be binary (0/1); found 255 at step 0, neuron 1"],
];

describe("every train-taking function", () => {
  for (const [name, f] of takesTrain) {
    it.each(badTrains)(`${name} rejects %s`, (_what, t, message) => {
      const expected = name === "hammingDistance" ? message.replace("spikeTrain", "a") : message;
      expect(() => f(t)).toThrow(`${name}: ${expected}`);
    });
  }
});
