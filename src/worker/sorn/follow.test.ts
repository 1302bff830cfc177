import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS } from "../../models/sorn/params";
import { RULES, type Rule } from "../../models/sorn/rules";
import { SornNetwork } from "../../models/sorn/network";
import { uniformInput } from "../../models/inputs";
import type { SimConfig } from "../protocol";
import { Simulation } from "../simulation";
import { sornOf } from "./adapter";

const allOn = Object.fromEntries(RULES.map((r) => [r, true])) as Record<Rule, boolean>;
const config: SimConfig = {
  params: { ...DEFAULT_PARAMS, ne: 50, nu: 5, lambda_ee: 10, lambda_ei: 10 },
  seed: 3,
  rules: { ...allOn },
  phase: "plasticity",
  noise: true,
  input: { kind: "uniform", seed: 3 },
};

describe("following a neuron", () => {
  it("sends an E neuron's spike and Te after every step since the previous frame, as the engine has them", () => {
    const net = new SornNetwork({ params: config.params, seed: 3 });
    const inp = uniformInput(5, 3);
    const spikes: number[] = [];
    const te: number[] = [];
    for (let t = 0; t < 210; t++) {
      net.step(1, inp);
      if (t >= 10) {
        spikes.push(net.x[7]);
        te.push(net.net.Te[7]);
      }
    }
    const sim = new Simulation(config);
    sim.advance(10);
    sim.takeFrame(1, false, 0, null);
    sim.follow(7);
    sim.advance(25);
    const a = sim.takeFrame(1, false, 0, null).extras.followed!;
    sim.advance(175);
    const b = sim.takeFrame(1, false, 0, null).extras.followed!;
    expect(a.neuron).toBe(7);
    expect(a.thresholdName).toBe("Te");
    expect([a.last, b.last]).toEqual([35, 210]);
    expect([...a.spikes, ...b.spikes]).toEqual(spikes);
    expect([...a.threshold, ...b.threshold]).toEqual(te);
    expect(spikes.some((s) => s === 1) && new Set(te).size > 1).toBe(true);
  });

  it("sends an I neuron's spikes with its (fixed) Ti; null stops following", () => {
    const sim = new Simulation(config);
    sim.follow(50 + 3);
    sim.advance(20);
    const f = sim.takeFrame(1, false, 0, null).extras.followed!;
    expect(f.thresholdName).toBe("Ti");
    expect(f.spikes.length).toBe(20);
    expect(f.threshold.every((v) => v === sornOf(sim.model).net.Ti[3])).toBe(true);
    const train = sim.spikes.train("I", 20);
    expect(Array.from(f.spikes)).toEqual(Array.from({ length: 20 }, (_, s) => train.data[s * 10 + 3]));
    sim.follow(null);
    sim.advance(3);
    expect(sim.takeFrame(1, false, 0, null).extras.followed).toBeUndefined();
  });

  it("refuses a neuron outside the network, and keeps following the previous one", () => {
    const sim = new Simulation(config);
    sim.follow(2);
    expect(() => sim.follow(60)).toThrowError("neuron must be a whole number from 0 to 59, got 60");
    expect(() => sim.follow(-1)).toThrowError(/got -1/);
    expect(() => sim.follow(1.5)).toThrowError(/got 1.5/);
    sim.advance(4);
    expect(sim.takeFrame(1, false, 0, null).extras.followed!.neuron).toBe(2);
  });
});
