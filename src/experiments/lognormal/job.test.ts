import { describe, expect, it } from "vitest";
import { SornInputError } from "../../models/params/error";
import { SornNetwork } from "../../models/sorn/network";
import { resolveLognormalJob, runLognormalJob } from "./job";
import { ZHENG_NOISE_SIGMA, lognormalParams } from "./preset";
import { connectionFraction } from "./stats";

describe("runLognormalJob (short runs)", () => {
  it("uses the Zheng preset with σ = √0.05 pinned (the package's default is 0.04)", () => {
    const p = new SornNetwork({ params: lognormalParams(), seed: 0 }).params;
    expect(p).toMatchObject({ ne: 200, nu: 0, lambda_ee: 20, lambda_ei: 40, eta_stdp: 0.004, eta_inhib: 0.001, eta_ip: 0.01, h_ip: 0.1, sp_prob: 0.1, sp_weight: 0.001, te_max: 1, ti_max: 0.5 });
    expect(p.noise_sigma).toBe(Math.sqrt(0.05));
    expect(ZHENG_NOISE_SIGMA).toBeCloseTo(0.2236, 4);
  });

  it("records c(t) every K steps and snapshots at the checkpoints and the end; the same spec gives the same row", () => {
    const spec = { seed: 4, steps: 1200, every: 500, checkpoints: [300, 5000] };
    const row = runLognormalJob(spec);
    expect(row.fractionSteps).toEqual([0, 500, 1000, 1200]);
    expect(row.snapshots.map((s) => s.step)).toEqual([300, 1200]);
    expect(row.fraction[0]).toBeGreaterThan(0.09);
    expect(row.fraction[3]).toBeLessThan(row.fraction[0]); // pruning starts at once without input
    expect(row.minFraction).toBe(Math.min(...row.fraction));
    expect(row.endFraction).toBe(row.fraction[3]);
    expect(row.skewW).toBe(row.snapshots[1].skewW);
    expect(row.snapshots[1].histogram.counts.reduce((a, b) => a + b)).toBe(row.weights);
    expect(runLognormalJob(spec)).toEqual(row);
    const net = new SornNetwork({ params: lognormalParams(), seed: 4, noise: true });
    net.step(1200);
    expect(row.endFraction).toBe(connectionFraction(net.net.Wee));
  });

  it("refuses bad specs naming the field", () => {
    expect(() => resolveLognormalJob({ seed: 0, steps: 0 })).toThrow(SornInputError);
    expect(() => resolveLognormalJob({ seed: -1 })).toThrow(/seed/);
    expect(() => resolveLognormalJob({ seed: 0, noiseSigma: -1 })).toThrow(/noiseSigma/);
    expect(() => resolveLognormalJob({ seed: 0, checkpoints: [1.5] })).toThrow(/checkpoints/);
  });
});
