import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS } from "../models/sorn/params";
import { RULES, type Rule } from "../models/sorn/rules";
import { SornNetwork } from "../models/sorn/network";
import { uniformInput } from "../models/inputs";
import type { SimConfig } from "./protocol";
import { Simulation } from "./simulation";
import { forEachPackedStep } from "./spike-pack";
import { sornOf } from "./sorn/adapter";

const allOn = Object.fromEntries(RULES.map((r) => [r, true])) as Record<Rule, boolean>;
const config = (over: Partial<SimConfig> = {}): SimConfig => ({
  params: { ...DEFAULT_PARAMS, ne: 50, nu: 5, lambda_ee: 10, lambda_ei: 10 },
  seed: 3,
  rules: { ...allOn },
  phase: "plasticity",
  noise: true,
  input: { kind: "uniform", seed: 3 },
  ...over,
});

describe("Simulation", () => {
  it("steps exactly like the engine driven directly (same seed, params and input)", () => {
    const sim = new Simulation(config());
    const net = new SornNetwork({ params: config().params, seed: 3 });
    const inp = uniformInput(5, 3);
    const seen: number[][] = [];
    for (let t = 0; t < 30; t++) {
      net.step(1, inp);
      seen.push(Array.from(net.x).flatMap((v, i) => (v ? [i] : [])));
    }
    sim.advance(30);
    const frame = sim.takeFrame(1, false, 0, null);
    const fromFrame: number[][] = [];
    forEachPackedStep(frame.spikes.packed, (_s, spikes) => fromFrame.push(Array.from(spikes).filter((i) => i < 50)));
    expect(fromFrame).toEqual(seen);
    expect(frame.t).toBe(30);
    expect(Array.from(frame.series.popE)).toEqual(seen.map((s) => s.length));
    expect(frame.spikes.groups).toEqual([{ name: "E", size: 50 }, { name: "I", size: 10 }]);
    expect(sornOf(sim.model).net.Wee.toDense()).toEqual(net.net.Wee.toDense());
  });

  it("sends each step's series once and counts connections before each step's plasticity", () => {
    const sim = new Simulation(config());
    const before = sornOf(sim.model).net.Wee.nonZeroCount();
    sim.advance(7);
    const f1 = sim.takeFrame(1, true, 0, null);
    expect(f1.steps).toBe(7);
    expect(f1.series.countEE[0]).toBe(before);
    expect(Object.keys(f1.series)).toEqual(["popE", "popI", "countEE", "countEI", "meanTe"]);
    sim.advance(3);
    const f2 = sim.takeFrame(1, true, 0, null);
    expect([f2.steps, f2.spikes.steps, f2.t]).toEqual([3, 3, 10]);
    expect(sim.hasNews).toBe(false);
  });

  it("reports silence as a guard-rail status", () => {
    const sim = new Simulation(config({ noise: false, input: { kind: "none" }, params: { ...config().params, te_min: 5, te_max: 5 } }));
    sim.advance(150);
    expect(sim.status().silentSteps).toBe(150);
    expect(sim.status().recentActivity).toBe(0);
  });

  it("freezes Wee when STDP, SP and SS are off, while spikes go on", () => {
    const sim = new Simulation(config());
    sim.advance(20);
    for (const r of ["stdp", "sp", "ss"] as Rule[]) sim.setRule(r, false);
    const d0 = sim.digest();
    sim.advance(50);
    const d1 = sim.digest();
    expect(d1.weeHash).toBe(d0.weeHash);
    expect(d1.spikeHash).not.toBe(d0.spikeHash);
    sim.setRule("stdp", true);
    sim.advance(20);
    expect(sim.digest().weeHash).not.toBe(d1.weeHash);
  });

  it("refuses structural edits and inputs that do not fit, changing nothing", () => {
    const sim = new Simulation(config());
    expect(() => sim.setParams({ ne: 60 })).toThrow(/structure/);
    expect(() => sim.setInput({ kind: "constant", values: [1, 2] })).toThrow(/2 values but nu = 5/);
    expect(sim.config.input).toEqual({ kind: "uniform", seed: 3 });
    sim.setParams({ eta_stdp: 0.002 });
    expect(sim.model.params).toMatchObject({ eta_stdp: 0.002 });
  });
});

describe("Simulation over the other families", () => {
  const base = { seed: 4, rules: {}, phase: "plasticity", noise: true, input: { kind: "none" } } as unknown as SimConfig;

  it("runs a LIF network: E and I spike groups, its series, and the untrained network's warning", () => {
    const sim = new Simulation({ ...base, family: "lif", params: { n: 30 } as never });
    sim.advance(400);
    const f = sim.takeFrame(1, false, 0, null);
    expect(f.family).toBe("lif");
    expect(f.spikes.groups.map((g) => g.name)).toEqual(["E", "I"]);
    expect(f.spikes.groups.reduce((n, g) => n + g.size, 0)).toBe(30);
    expect(Object.keys(f.series)).toEqual(["out", "target", "trial", "accuracy"]);
    expect(f.series.out).toHaveLength(400);
    let spikes = 0;
    forEachPackedStep(f.spikes.packed, (_s, on) => (spikes += on.length));
    expect(spikes).toBeGreaterThan(0);
    expect(f.status.warnings[0]).toMatch(/untrained/);
  });

  it("runs a rate RNN (no spike groups) and refuses a setting it lacks", () => {
    const sim = new Simulation({ ...base, family: "rate-rnn", params: { n: 30, task: "xor" } as never });
    sim.advance(350);
    const f = sim.takeFrame(1, false, 0, null);
    expect(f.spikes.groups).toEqual([]);
    expect([f.series.trial[299], f.series.trial[300]]).toEqual([0, 1]);
    expect(() => sim.setSetting("phase", "training")).toThrow(/unknown setting 'phase'/);
  });
});
