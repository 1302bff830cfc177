import { describe, expect, it } from "vitest";
import { Izhikevich } from "./parts/izhikevich";
import { LIF, RandPotential } from "./parts/lif";
import { resolveKeys } from "./keys";
import { streamRng } from "./rng";

const lif = (extra: Record<string, unknown>) => {
  const v = resolveKeys("LIF", LIF.keys, { n_neurons: 1, magnitude: 2, firing_threshold: 4, potential_decay: 0, refractory_period: 3, ...extra });
  return LIF.build(v, streamRng(0, 1), streamRng(0, 3));
};

/** Spikes of `calls` fire/integrate rounds with a constant +1 drive. */
function run(group: ReturnType<typeof lif>, calls: number): { out: number[]; v: number[] } {
  const out = new Float32Array(1);
  const res = { out: [] as number[], v: [] as number[] };
  for (let k = 0; k < calls; k++) {
    group.fire(out, 0);
    res.out.push(out[0]);
    group.integrate(Float32Array.of(1));
    res.v.push(group.potentials[0]);
  }
  return res;
}

describe("LIF (Spikey's Neuron, spec §1.3)", () => {
  it("Spikey's own test: threshold 4, no leak, +1 per step: silent 4 calls, a spike of exactly magnitude on call 5, then silent while refractory", () => {
    const { out, v } = run(lif({}), 12);
    expect(out.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(out[4]).toBe(2);
    // refractory_period 3: the next 3 integrations ignore input, the 4th releases to rest (0) and adds +1.
    expect(v.slice(4, 8)).toEqual([4, 4, 4, 1]);
    expect(out.slice(5, 9)).toEqual([0, 0, 0, 0]);
    expect(v[4]).toBeGreaterThanOrEqual(4); // held (Spikey clamps it far below) — it cannot fire: timers block it
    expect(out.slice(9, 12)).toEqual([0, 0, 2]); // 1, 2, 3 → fires again at 4
  });

  it("refractory 0: the spike resets v to rest and the same step's +1 counts, so it fires every 4th call after the first", () => {
    const { out } = run(lif({ refractory_period: 0 }), 15);
    expect(out.map((x, i) => (x ? i : -1)).filter((i) => i >= 0)).toEqual([4, 8, 12]);
  });

  it("polarity × magnitude: an inhibitory neuron's spike is −magnitude", () => {
    const { out } = run(lif({ neuron_pct_inhibitory: 1 }), 5);
    expect(out[4]).toBe(-2);
  });

  it("spike_delay d emits the spike d steps after the threshold crossing (delay 10 works: Spikey's bug 2)", () => {
    for (const d of [1, 10]) {
      const { out } = run(lif({ spike_delay: d, refractory_period: 20 }), 20);
      expect(out.findIndex((x) => x !== 0)).toBe(4 + d);
    }
  });

  it("leak: v ← rest + (v − rest)(1 − decay) + drive", () => {
    const { v } = run(lif({ potential_decay: 0.5, resting_mv: 0, firing_threshold: 100 }), 3);
    expect(v).toEqual([1, 1.5, 1.75]);
  });

  it("RandPotential kicks potentials instead of firing spontaneously; seeded, exact", () => {
    const v = resolveKeys("RandPotential", RandPotential.keys, { n_neurons: 5, firing_threshold: 100, potential_decay: 0, refractory_period: 0, prob_rand_fire: 0.5, potential_noise_scale: 2 });
    const g = RandPotential.build(v, streamRng(7, 1), streamRng(7, 3));
    const out = new Float32Array(5);
    for (let k = 0; k < 10; k++) {
      g.fire(out, 0);
      expect([...out]).toEqual([0, 0, 0, 0, 0]);
      g.integrate(new Float32Array(5));
    }
    expect([...g.potentials].every((x) => x >= 0 && x <= 20)).toBe(true);
    expect([...g.potentials].some((x) => x > 0)).toBe(true);
  });
});

describe("Izhikevich (2003)", () => {
  it("regular spiking under a constant current of 10: the first spikes come at fixed steps", () => {
    const v = resolveKeys("Izhikevich", Izhikevich.keys, { n_neurons: 1 });
    const g = Izhikevich.build(v, streamRng(0, 1), streamRng(0, 3));
    const out = new Float32Array(1);
    const spikes: number[] = [];
    for (let k = 0; k < 300; k++) {
      g.fire(out, 0);
      if (out[0]) spikes.push(k);
      g.integrate(Float32Array.of(10));
      expect(Number.isFinite(g.potentials[0])).toBe(true);
    }
    expect(spikes.length).toBeGreaterThan(3);
    // Regular spiking adapts: the inter-spike intervals grow, then settle.
    const isi = spikes.slice(1).map((s, i) => s - spikes[i]);
    expect(isi[isi.length - 1]).toBeGreaterThanOrEqual(isi[0]);
    expect(spikes.slice(0, 3)).toMatchInlineSnapshot(`
      [
        4,
        31,
        78,
      ]
    `);
  });
});
