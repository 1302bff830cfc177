import { describe, expect, it } from "vitest";
import { presetSpec } from "../../experiments/spikey/job";
import { SpikeyNetwork } from "./network";
import { findPreset } from "./presets";
import type { PartChoice } from "./spec";

// 1 input always on (StaticMap), 3 body neurons; input → neuron 2 only, weight 1 ≥ threshold 1.
const parts: PartChoice = { inputs: "StaticMap", neurons: "LIF", weights: "Manual", synapses: "RLSTDP", readout: "Threshold", rewarder: "FlorianPerSpike" };
const params = {
  n_inputs: 1, n_neurons: 3, n_outputs: 1, processing_time: 6, state_spike_map: { "0": [1], "1": [0] },
  firing_threshold: 1, potential_decay: 0, refractory_period: 0, max_weight: 2, stdp_window: 4, learning_rate: 0,
  matrix: [[0, 0, 1], [0, 0, 0], [0, 0, 0], [0, 0, 0]], action_threshold: 0.5, expected_value: { "0": 0, "1": 1 }, punish_mult: 1,
};

describe("the tick contract (spec §1.3): inputs → fire → log → integrate → plasticity → reward", () => {
  it("an input spike at step k drives the output to fire at step k + 1; outputs are the last n_outputs neurons; reward judges this step's output spike", () => {
    const net = new SpikeyNetwork({ parts, params, seed: 0 });
    const seen: { t: number; spikes: number[]; reward: number }[] = [];
    net.onStep = (r) => seen.push({ t: r.t, spikes: [...r.spikes], reward: r.reward });
    const action = net.tick(0);
    expect(seen.map((s) => s.t)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seen[0].spikes).toEqual([1, 0, 0, 0]);
    for (const s of seen.slice(1)) expect(s.spikes).toEqual([1, 0, 0, 1]);
    expect([...net.train]).toEqual([0, 1, 1, 1, 1, 1]);
    expect(net.outputRate()).toBeCloseTo(5 / 6, 12);
    expect(action).toBe(1);
    // expected_value["0"] = 0: −punish_mult for each output spike, in the step it happens
    expect(seen.map((s) => s.reward)).toEqual([0, -1, -1, -1, -1, -1]);
    expect(net.lastTickReward).toBe(-5);
  });

  it("spikey_buffer_tail: the reward reads the previous tick's last output until the tick's last step (Spikey's notebooks)", () => {
    const net = new SpikeyNetwork({ parts, params: { ...params, continuous_rwd_action: "spikey_buffer_tail" }, seed: 0 });
    const rewards: number[] = [];
    net.onStep = (r) => rewards.push(r.reward);
    net.tick(0);
    expect(rewards).toEqual([0, 0, 0, 0, 0, -1]);
    rewards.length = 0;
    net.tick(0);
    expect(rewards).toEqual([-1, -1, -1, -1, -1, -1]);
  });

  it("float32 state, no NaN: 30 E1 patterns under seed 3 (exact, seeded)", () => {
    const { spec, game } = presetSpec(findPreset("e1-rate-xor")!, 3);
    const net = new SpikeyNetwork(spec);
    let state = game.reset();
    let spikes = 0;
    for (let k = 0; k < 30; k++) {
      const a = net.tick(state);
      net.reward(state, a);
      spikes += net.train.reduce((s, x) => s + (x !== 0 ? 1 : 0), 0);
      state = game.step(a);
    }
    expect(net.weights.w).toBeInstanceOf(Float32Array);
    expect(net.neurons.potentials).toBeInstanceOf(Float32Array);
    expect([...net.weights.w].every((x) => Number.isFinite(x) && x >= 0 && x <= 5)).toBe(true);
    expect([...net.neurons.potentials].every(Number.isFinite)).toBe(true);
    const again = new SpikeyNetwork(presetSpec(findPreset("e1-rate-xor")!, 3).spec);
    expect(again.weights.w.slice(0, 5)).toEqual(new SpikeyNetwork(spec).weights.w.slice(0, 5));
    expect({ spikes, wsum: +net.weights.w.reduce((s, x) => s + x, 0).toFixed(2) }).toMatchInlineSnapshot(`
      {
        "spikes": 11641,
        "wsum": 12402.62,
      }
    `);
  });

  it("setLearning(false) freezes the weights; reset keeps them", () => {
    const { spec, game } = presetSpec(findPreset("e4-conditioning")!, 0);
    const net = new SpikeyNetwork(spec).setLearning(false);
    const w0 = net.weights.copy();
    for (let k = 0; k < 20; k++) {
      const s = game.step(0);
      net.reward(s, net.tick(s));
    }
    expect(net.weights.w).toEqual(w0);
    net.setLearning(true).reset();
    expect(net.weights.w).toEqual(w0);
  });
});
