import { describe, expect, it } from "vitest";
import { SornInputError } from "../params/error";
import { SpikeyNetwork } from "./network";
import { PRESETS } from "./presets";
import { mergeParams, specHash, type NetworkSpec, type PartChoice } from "./spec";

const parts: PartChoice = { inputs: "RateMap", neurons: "LIF", weights: "Random", synapses: "RLSTDP", readout: "Threshold", rewarder: "MatchExpected" };
const base = {
  n_inputs: 4, n_neurons: 3, n_outputs: 1, processing_time: 10, firing_threshold: 2, potential_decay: 0.1, refractory_period: 0,
  max_weight: 1, stdp_window: 5, learning_rate: 0.01, action_threshold: 0.1, state_rate_map: { "00": [0, 0], "01": [0, 0.5], "10": [0.5, 0], "11": [0.5, 0.5] },
  expected_value: { "00": 0, "01": 1, "10": 1, "11": 0 },
};
const build = (params: object, p: PartChoice = parts): SpikeyNetwork => new SpikeyNetwork({ parts: p, params: { ...base, ...params }, seed: 0 });
const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SornInputError);
    return (e as Error).message;
  }
  throw new Error("did not throw");
};

describe("the flat dict (spec §1.1): priority user > preset > game, and bad input", () => {
  it("user beats preset beats game; the game's keys no part reads are dropped", () => {
    const merged = mergeParams(parts, { expected_value: { "00": 1 }, reward_mult: 5, speed: 3 }, { reward_mult: 2, learning_rate: 0.5 }, { learning_rate: 0.1 });
    expect(merged).toEqual({ expected_value: { "00": 1 }, reward_mult: 2, learning_rate: 0.1 });
  });
  it("an unknown key from the user or the preset names the key", () => {
    expect(message(() => mergeParams(parts, {}, {}, { learning_rat: 1 }))).toMatch(/^learning_rat: unknown key in the settings/);
    expect(message(() => mergeParams(parts, {}, { bogus: 1 }, {}))).toMatch(/^bogus: unknown key in the preset/);
  });
  it("an unknown part names the slot and the known parts", () => {
    expect(message(() => build({}, { ...parts, neurons: "HodgkinHuxley" }))).toBe("parts.neurons: unknown part 'HodgkinHuxley' (neurons: LIF, RandPotential, Izhikevich)");
  });
  it("a wrong type, a value out of range, a missing key, an inconsistent size: one message naming the key", () => {
    expect(message(() => build({ firing_threshold: "high" }))).toBe("firing_threshold: must be a finite number, got 'high'");
    expect(message(() => build({ refractory_period: 1.5 }))).toBe("refractory_period: must be an integer, got 1.5");
    expect(message(() => build({ potential_decay: 2 }))).toBe("potential_decay: must be ≤ 1, got 2");
    expect(message(() => build({ max_weight: undefined }))).toMatch(/^max_weight: required by Random/);
    expect(message(() => build({ n_inputs: 5 }))).toBe("n_inputs: 5 is not a multiple of the 2 rates per state in state_rate_map");
    expect(message(() => build({ n_outputs: 4 }))).toBe("n_outputs: must be ≤ n_neurons (3), got 4");
    expect(message(() => build({ state_rate_map: { "00": [0, 2] } }))).toMatch(/^state_rate_map: entry '00': rates must be in \[0, 1\]/);
    expect(message(() => build({ n_inputs: 3, state_rate_map: undefined }, { ...parts, inputs: "StaticMap" }))).toMatch(/^state_spike_map: required by StaticMap/);
    expect(message(() => build({ n_inputs: 3, state_rate_map: undefined, state_spike_map: { "00": [1, 0] } }, { ...parts, inputs: "StaticMap" }))).toBe("n_inputs: is 3 but state_spike_map entry '00' has 2 values per frame");
  });
  it("a state the table lacks names the table", () => {
    expect(message(() => build({}).tick([1, 2]))).toMatch(/^state_rate_map: has no entry for state '1,2'/);
  });
  it("the spec hash is stable and ignores key order", () => {
    const a: NetworkSpec = { parts, params: { a: 1, b: [1, 2] }, seed: 3 };
    const b: NetworkSpec = { seed: 3, params: { b: [1, 2], a: 1 }, parts: { ...parts } };
    expect(specHash(a)).toBe(specHash(b));
    expect(specHash(a)).not.toBe(specHash({ ...a, seed: 4 }));
    expect(specHash(a)).toMatch(/^[0-9a-f]{16}$/);
  });
  it("every preset builds", () => {
    for (const p of PRESETS) expect(() => new SpikeyNetwork({ parts: p.parts, params: mergeParams(p.parts, p.game.kind === "logic" ? { expected_value: { "00": 0, "01": 1, "10": 1, "11": 0 } } : {}, p.params, {}), seed: 1 })).not.toThrow();
  });
});
