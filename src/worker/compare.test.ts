import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS } from "../models/sorn/params";
import { Comparison, describeChange } from "./compare";
import type { SimConfig } from "./protocol";
import { Simulation } from "./simulation";

const config: SimConfig = {
  params: { ...DEFAULT_PARAMS, ne: 60, nu: 6, lambda_ee: 10, lambda_ei: 10 },
  seed: 11,
  rules: { stdp: true, ip: true, sp: true, istdp: true, ss: true },
  phase: "plasticity",
  noise: true,
  input: { kind: "uniform", seed: 1011 },
};

describe("Comparison (compare mode)", () => {
  it("with no change, B is the same run as A: d(t) = 0 every step and the same state", () => {
    const a = new Simulation(config);
    a.advance(100);
    const c = new Comparison(a, { kind: "none" });
    c.advance(400);
    const f = c.takeFrame(1, false, 0);
    expect(f.hamming).toHaveLength(400);
    expect(Math.max(...f.hamming)).toBe(0);
    expect(c.b.model.state()).toEqual(a.model.state());
    expect(c.b.digest().weeHash).toBe(a.digest().weeHash);
    expect(f.since).toBe(100);
    expect(f.frame.t).toBe(500);
  });

  it("with STDP frozen in B, d(t) starts at 0 and grows; A is unchanged by comparing", () => {
    const alone = new Simulation(config);
    alone.advance(2100);
    const a = new Simulation(config);
    a.advance(100);
    const c = new Comparison(a, { kind: "rule", rule: "stdp", on: false });
    c.advance(2000);
    const d = c.takeFrame(1, false, 0).hamming;
    expect(d[0]).toBe(0);
    expect(Math.max(...d.subarray(1500))).toBeGreaterThan(0);
    expect(a.digest()).toEqual(alone.digest());
    expect(c.b.model.rule("stdp")).toBe(false);
    expect(a.model.rule("stdp")).toBe(true);
  });

  it("d(t) is the number of E neurons whose spikes differ", () => {
    const a = new Simulation(config);
    const c = new Comparison(a, { kind: "param", name: "eta_stdp", value: 0.5 });
    for (let s = 0; s < 300; s++) {
      c.advance(1);
      const [xa, xb] = [a.lastSpikes[0], c.b.lastSpikes[0]];
      let d = 0;
      for (let i = 0; i < xa.length; i++) if (xa[i] !== xb[i]) d++;
      const sent = c.takeFrame(1, false, 0).hamming;
      expect(Array.from(sent)).toEqual([d]);
    }
  });

  it("refuses a change B cannot take, building nothing", () => {
    const a = new Simulation(config);
    expect(() => new Comparison(a, { kind: "rule", rule: "hebb", on: false })).toThrow(/unknown rule 'hebb'/);
    expect(() => new Comparison(a, { kind: "param", name: "ne", value: 100 })).toThrow(/structure/);
    expect(() => new Comparison(a, { kind: "param", name: "eta_stdp", value: 7 })).toThrow(/must be ≤ 1, got 7/);
    expect(describeChange({ kind: "rule", rule: "stdp", on: false })).toBe("stdp off in B");
  });
});
