import { describe, expect, it } from "vitest";
import { resolveKeys } from "./keys";
import { NeuronRates, PopulationVector, Threshold, TopAction, type ReadoutPart } from "./parts/readouts";
import { streamRng } from "./rng";
import { stateKey } from "./types";

const make = (p: ReadoutPart, extra: object) => p.build(resolveKeys(p.name, p.keys, { n_outputs: 4, magnitude: 2, ...extra }), streamRng(0, 4));
// 3 steps × 4 outputs; output 3 is inhibitory (−2 when it fires).
const train = Float32Array.of(2, 0, 2, 0, 2, 2, 0, -2, 0, 0, 0, -2);

describe("readouts (spec §1.5): shapes and values", () => {
  it("Threshold: rate = mean / magnitude vs action_threshold", () => {
    // mean value = (2+2+2+2−2−2)/12 = 1/3; ÷ 2 → 1/6
    expect(make(Threshold, { action_threshold: 1 / 6 })(train, 3, 4)).toBe(1);
    expect(make(Threshold, { action_threshold: 0.2 })(train, 3, 4)).toBe(0);
    expect(make(Threshold, { action_threshold: 0.2, output_range: [-1, 7] })(train, 3, 4)).toBe(-1);
  });
  it("NeuronRates: one signed rate per pool", () => {
    expect(make(NeuronRates, {})(train, 3, 4)).toEqual([2 / 3, 1 / 3, 1 / 3, -2 / 3]);
    expect(make(NeuronRates, { n_actions: 2 })(train, 3, 4)).toEqual([0.5, -1 / 6]);
  });
  it("PopulationVector: spike counts per pool, summing to 1 (uniform when silent)", () => {
    expect(make(PopulationVector, { n_actions: 2 })(train, 3, 4)).toEqual([0.5, 0.5]);
    expect(make(PopulationVector, {})(train, 3, 4)).toEqual([2 / 6, 1 / 6, 1 / 6, 2 / 6]);
    expect(make(PopulationVector, {})(new Float32Array(12), 3, 4)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  it("TopAction: the argmax, ties at random (seeded)", () => {
    const top = make(TopAction, {});
    const picks = new Set(Array.from({ length: 40 }, () => top(train, 3, 4)));
    expect([...picks].sort()).toEqual([0, 3]);
    expect(make(TopAction, { n_actions: 2 })(Float32Array.of(2, 0, 0, 0), 1, 4)).toBe(0);
  });
  it("n_actions must divide n_outputs", () => {
    expect(() => make(NeuronRates, { n_actions: 3 })).toThrow(/^n_actions: 3 does not divide n_outputs 4/);
  });
  it("state keys: numbers as written, 0/1 vectors as digits", () => {
    expect([stateKey(3), stateKey([0, 1]), stateKey([1.5, 2])]).toEqual(["3", "01", "1.5,2"]);
  });
});
