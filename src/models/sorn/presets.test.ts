/**
 * The presets: each passes the codec, and its values, rules, noise and source are those of
 * `spec/experiments.md` (§3.2–3.3 for Lazar 2009, §4.2 for Zheng 2013) and `spec/sorn.md` §1.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS, ipTarget, resolveParams } from "./params";
import { PRESETS, presetNamed, presetParams, presetRules } from "./presets";
import { RULES } from "./rules";

describe("presets", () => {
  it("every preset resolves through the codec and overrides only values that differ from the package's", () => {
    expect(PRESETS.map((p) => p.id)).toEqual(["defaults", "lazar2009", "zheng2013"]);
    for (const p of PRESETS) {
      expect(() => resolveParams(p.params)).not.toThrow();
      for (const [k, v] of Object.entries(p.params)) expect(v, `${p.id}.${k}`).not.toBe(DEFAULT_PARAMS[k as keyof typeof DEFAULT_PARAMS]);
      expect(p.off.every((r) => RULES.includes(r)), p.id).toBe(true);
      expect(p.source.length, p.id).toBeGreaterThan(0);
      expect(p.source, p.id).not.toContain("\n");
    }
  });

  it("the defaults are the package's: nothing overridden, every rule on, noise on", () => {
    const p = presetNamed("defaults");
    expect(presetParams(p)).toEqual(DEFAULT_PARAMS);
    expect(presetRules(p)).toEqual({ stdp: true, ip: true, sp: true, istdp: true, ss: true });
    expect(p.noise).toBe(true);
    expect(p.source).toContain("sorn.md §1");
  });

  it("Lazar 2009 is the counting network of experiments.md §3.3", () => {
    const p = presetNamed("lazar2009");
    const v = presetParams(p);
    expect(v).toEqual({ ...DEFAULT_PARAMS, nu: 60, lambda_ee: 10, network_type_ei: "Dense", eta_stdp: 0.001, eta_ip: 0.001, h_ip: 0.1 });
    // §3.3 also fixes these, at the package's values.
    expect([v.ne, v.network_type_ee, v.network_type_ie, v.te_min, v.te_max, v.ti_min, v.ti_max]).toEqual([200, "Sparse", "Dense", 0, 1, 0, 0.5]);
    expect(presetRules(p)).toEqual({ stdp: true, ip: true, sp: false, istdp: false, ss: true });
    expect(p.noise).toBe(false);
    expect(p.source).toMatch(/^Lazar, Pipa & Triesch 2009 .*experiments\.md §3\.2–3\.3/);
    expect(p.description).toContain("counting-task input");
  });

  it("Zheng 2013 is the no-input lognormal network of experiments.md §4.2", () => {
    const p = presetNamed("zheng2013");
    const v = presetParams(p);
    expect(v).toEqual({ ...DEFAULT_PARAMS, nu: 0, h_ip: 0.1, noise_sigma: Math.sqrt(0.05) });
    expect(v.noise_sigma).toBeCloseTo(0.2236, 4);
    expect(ipTarget(v)).toBe(0.1);
    expect([v.ne, v.lambda_ee, v.lambda_ei, v.eta_stdp, v.eta_inhib, v.eta_ip, v.sp_prob, v.sp_weight, v.te_max, v.ti_max, v.sigma_ip]).toEqual([200, 20, 40, 0.004, 0.001, 0.01, 0.1, 0.001, 1, 0.5, 0]);
    expect(presetRules(p)).toEqual({ stdp: true, ip: true, sp: true, istdp: true, ss: true });
    expect(p.noise).toBe(true);
    expect(p.source).toMatch(/^Zheng, Dimitrakakis & Triesch 2013 .*experiments\.md §4\.2/);
    expect(p.description).toContain("σ_ip stays 0");
  });

  it("an unknown preset is refused with the known ones", () => {
    expect(() => presetNamed("hartmann2015")).toThrow("preset: unknown preset 'hartmann2015' (presets: defaults, lazar2009, zheng2013)");
  });
});
