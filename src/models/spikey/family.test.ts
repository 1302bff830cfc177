import { describe, expect, it } from "vitest";
import { presetSpec, runSpikeyJob } from "../../experiments/spikey/job";
import { FAMILIES } from "../registry";
import type { SornParams } from "../sorn/params";
import { Simulation } from "../../worker/simulation";
import type { SimConfig } from "../../worker/protocol";
import { spikeyFamily } from "./family";
import { KEY_SOURCES, partKey, SPIKEY_SCHEMA } from "./family-params";
import type { SpikeyModel } from "./model";
import { SpikeyNetwork } from "./network";
import { findPreset, PRESETS } from "./presets";

/** FNV-1a over bytes (a view's own bytes: weights may be a view on WebAssembly memory). */
class Fnv {
  h = 0x811c9dc5;
  bytes(v: ArrayBufferView): this {
    const b = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    for (let i = 0; i < b.length; i++) this.h = Math.imul(this.h ^ b[i], 0x01000193) >>> 0;
    return this;
  }
}
const hash = (v: ArrayBufferView): number => new Fnv().bytes(v).h;

/** The preset run path (runSpikeyJob's training loop), hashing every step's 0/1 spikes (inputs first). */
function reference(preset: string, seed: number, ticks: number): { spikes: number; weights: number; fired: number } {
  const p = findPreset(preset)!;
  const { spec, game } = presetSpec(p, seed);
  const net = new SpikeyNetwork(spec);
  const h = new Fnv();
  let fired = 0;
  net.onStep = (r) => {
    const row = Uint8Array.from(r.spikes, (x) => (x !== 0 ? 1 : 0));
    fired += row.reduce((a, b) => a + b, 0);
    h.bytes(row);
  };
  const perEpisode = Math.ceil(p.train / p.episodes);
  let state = game.reset();
  for (let k = 0; k < ticks; k++) {
    if (k > 0 && k % perEpisode === 0) {
      net.reset();
      state = game.reset();
    }
    const action = net.tick(state);
    net.reward(state, action);
    state = game.step(action);
  }
  return { spikes: h.h, weights: hash(net.weights.w), fired };
}

/** Step a model, hashing each step's spikes in the network's unit order (inputs, then body), and its series. */
function record(m: SpikeyModel, steps: number): { spikes: number; series: number; weights: number; last: Float64Array } {
  const h = new Fnv();
  const hs = new Fnv();
  let last = new Float64Array(0);
  m.observe((s) => {
    h.bytes(s.spikes[1]).bytes(s.spikes[0]);
    hs.bytes(s.series);
    last = s.series.slice();
  });
  m.step(steps);
  m.observe(null);
  return { spikes: h.h, series: hs.h, weights: hash(m.network.weights.w), last };
}

const model = (preset: string, seed: number, more: object = {}): SpikeyModel => spikeyFamily.create({ params: { preset }, seed, ...more });

describe("spikey family: exactly the preset run path", () => {
  // E1 has one episode, so any train ≥ 6 runs these 6 ticks alike; E4's episodes are ⌈train / 5⌉ ticks, so its whole train (500: four resets).
  const cases: [string, number][] = [["e1-rate-xor", 6], ["e4-conditioning", 500]];
  for (const [preset, ticks] of cases) {
    for (const seed of [0, 1]) {
      it(`${preset}, seed ${seed}: ${ticks} ticks give byte-identical spikes and weights (and runSpikeyJob's Σw)`, () => {
        const m = model(preset, seed);
        const steps = ticks * m.network.steps;
        const ref = reference(preset, seed, ticks);
        const got = record(m, steps);
        expect(ref.fired).toBeGreaterThan(0);
        expect(got.spikes).toBe(ref.spikes);
        expect(got.weights).toBe(ref.weights);
        expect(m.t).toBe(steps);
        const job = runSpikeyJob({ preset, seed, train: ticks, evaluate: 0 });
        expect(job.weight_sum_end).not.toBe(job.weight_sum_start);
        expect(got.last[3]).toBe(job.weight_sum_end);
      });
    }
  }
  it("different seeds differ", () => {
    expect(reference("e4-conditioning", 0, 3).spikes).not.toBe(reference("e4-conditioning", 1, 3).spikes);
  });
});

describe("spikey family: state and restore", () => {
  const cases: [string, number, number, object][] = [
    ["e1-rate-xor", 1250, 900, {}], // mid-tick, per-step reward (RLSTDP trace_decay 0.04)
    ["e4-conditioning", 9837, 700, {}], // across the episode reset at tick 100 (LTP, per-tick reward)
    ["e5-ordinal", 1234, 450, {}], // TopAction
    ["e5-ordinal", 1234, 2000, { firing_threshold: 1e6 }], // silent outputs: TopAction breaks a tie with its generator every tick
    ["e2-temporal-xor", 700, 800, {}], // StaticMap rasters
  ];
  for (const [preset, A, B, more] of cases) {
    it(`${preset} ${JSON.stringify(more)}: run(A + B) = run(A), state, restore, run(B), byte for byte`, () => {
      const whole = model(preset, 7, { params: { preset, ...more } });
      whole.step(A);
      const split = model(preset, 7, { params: { preset, ...more } }).step(A);
      const saved = split.state();
      split.step(13); // the state is a copy: stepping on changes nothing in it
      const restored = spikeyFamily.create({ state: structuredClone(saved) });
      expect(restored.t).toBe(A);
      const a = record(whole, B);
      const b = record(restored, B);
      expect(b).toEqual(a);
      expect(restored.state()).toEqual(whole.state());
    });
  }
  it("live changes and the rule switch are part of the state", () => {
    const run = (): SpikeyModel => model("e4-conditioning", 2).step(350).setParams({ learning_rate: 0.3, firing_threshold: 7 }).rule("plasticity", false).step(120).rule("plasticity", true);
    const whole = run();
    const restored = spikeyFamily.create({ state: run().state(), params: { preset: "e4-conditioning", learning_rate: 0.3, firing_threshold: 7 }, seed: 2 });
    expect(record(restored, 600)).toEqual(record(whole, 600));
    expect(restored.params.learning_rate).toBe(0.3);
  });
  it("a bad or mismatched state names what is wrong", () => {
    const s = model("e4-conditioning", 0).step(5).state();
    expect(() => spikeyFamily.create({ state: { family: "sorn" } })).toThrow(/^state: /);
    expect(() => spikeyFamily.create({ state: s, seed: 3 })).toThrow(/^seed: /);
    expect(() => spikeyFamily.create({ state: s, params: { preset: "e4-control" } })).toThrow(/^preset: /);
    expect(() => spikeyFamily.create({ state: { ...s, net: { ...s.net, w: new Float32Array(3) } } })).toThrow(/^state\.net\.w: /);
  });
});

describe("spikey family: the plasticity rule", () => {
  for (const [preset, control, ticks] of [["e1-rate-xor", "e1-control", 4], ["e4-conditioning", "e4-control", 120]] as const) {
    it(`${preset} with plasticity off = ${control} (lr = 0), byte for byte; no weight moves`, () => {
      const off = spikeyFamily.create({ params: { preset }, seed: 4, off: ["plasticity"] });
      const w0 = hash(off.network.weights.w);
      const steps = ticks * off.network.steps;
      const a = record(off, steps);
      const b = record(model(control, 4), steps);
      expect(a.spikes).toBe(b.spikes);
      expect(a.weights).toBe(b.weights);
      expect(a.weights).toBe(w0);
      expect(off.rule("plasticity")).toBe(false);
      expect(record(model(preset, 4), steps).weights).not.toBe(w0);
    });
  }
});

describe("spikey family: params", () => {
  it("bad params, rules and settings throw naming the key", () => {
    expect(() => model("e9", 0)).toThrow(/^preset: /);
    expect(() => spikeyFamily.create({ params: { foo: 1 } })).toThrow(/^foo: unknown hyperparameter/);
    expect(() => spikeyFamily.create({ params: { learning_rate: -1 } })).toThrow(/^learning_rate: must be ≥ 0/);
    expect(() => spikeyFamily.create({ params: { processing_time: 2.5 } })).toThrow(/^processing_time: must be an integer/);
    expect(() => spikeyFamily.create({ params: { firing_threshold: NaN } })).toThrow(/^firing_threshold: /);
    expect(() => spikeyFamily.create({ seed: -1 })).toThrow(/seed/);
    expect(() => spikeyFamily.create({ off: ["stdp"] })).toThrow(/^rule: unknown rule 'stdp'/);
    const m = model("e4-conditioning", 0);
    expect(() => m.setParams({ processing_time: 50 })).toThrow(/^processing_time: is structural/);
    expect(() => m.setParams({ learning_rate: 0.2, bar: 1 })).toThrow(/^bar: /);
    expect(m.params.learning_rate).toBe(null); // nothing applied
    expect(() => m.setting("phase")).toThrow(/^setting: /);
    expect(() => m.step(1.5)).toThrow(/^steps: /);
  });
  it("the schema: the presets as choices; each number's range and description are its part's; auto is the part's default", () => {
    expect(SPIKEY_SCHEMA[0].choices).toEqual(PRESETS.map((p) => p.name));
    for (const [name] of KEY_SOURCES) {
      const spec = SPIKEY_SCHEMA.find((s) => s.name === name)!;
      const key = partKey(name)!;
      expect([spec.default, spec.min, spec.max, spec.description.startsWith(key.description)]).toEqual([null, key.min, key.max, true]);
    }
    for (const p of PRESETS) {
      const auto = model(p.name, 5);
      expect(auto.network.spec.params).toEqual(presetSpec(p, 5).spec.params);
      // Giving the part's own default for every key the preset leaves out changes nothing.
      const defaults = Object.fromEntries(KEY_SOURCES.map(([n]) => [n, partKey(n)!.default]).filter(([n, d]) => d !== undefined && !(String(n) in p.params)));
      const explicit = spikeyFamily.create({ params: { preset: p.name, ...defaults }, seed: 5 });
      expect(record(explicit, explicit.network.steps)).toEqual(record(auto, auto.network.steps));
    }
  });
  it("live keys apply from the next tick; null is the preset's value again", () => {
    const m = model("e4-conditioning", 1).step(50).setParams({ learning_rate: 0 });
    expect(m.params.learning_rate).toBe(0);
    m.step(50); // finish the tick computed with η = 0.1
    const w = hash(m.network.weights.w);
    m.step(300);
    expect(hash(m.network.weights.w)).toBe(w);
    m.setParams({ learning_rate: null }).step(300);
    expect(hash(m.network.weights.w)).not.toBe(w);
    expect(m.network.synapses.get("learning_rate")).toBe(0.1);
  });
});

describe.skipIf(!FAMILIES.some((f) => f.id === "spikey"))("spikey family in the worker's Simulation (once registry.ts lists it)", () => {
  it("builds from a config with family 'spikey' and sends a frame with its spike groups and series", () => {
    const config = { family: "spikey", params: { preset: "e4-conditioning" } as unknown as SornParams, seed: 0, rules: { plasticity: true } as unknown as SimConfig["rules"], phase: "plasticity", noise: true, input: { kind: "none" } } as SimConfig;
    const sim = new Simulation(config);
    sim.advance(250);
    const f = sim.takeFrame(1, false, 0, null);
    expect(f.family).toBe("spikey");
    expect(f.t).toBe(250);
    expect(f.spikes.groups).toEqual([{ name: "body", size: 50 }, { name: "inputs", size: 100 }]);
    expect(Object.keys(f.series)).toEqual(["reward", "outputSpikes", "gameState", "weightSum"]);
    const direct = model("e4-conditioning", 0);
    expect(f.series.weightSum[249]).toBe(record(direct, 250).last[3]);
  });
});
