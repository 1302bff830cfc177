import { describe, expect, it } from "vitest";
import { uniformInput } from "../src/models/inputs";
import type { StepSample } from "../src/models/model";
import { createModel, FAMILIES, family } from "../src/models/registry";
import { SornNetwork } from "../src/models/sorn/network";

/** Every step's spikes and series, copied from the observer. */
function watch(model: ReturnType<typeof createModel>) {
  const seen: { t: number; spikes: number[][]; series: number[] }[] = [];
  model.observe((s: StepSample) => seen.push({ t: s.t, spikes: s.spikes.map((g) => Array.from(g)), series: Array.from(s.series) }));
  return seen;
}

describe("the model seam", () => {
  it("lists the four families in the registry and refuses an unknown family by name", () => {
    expect(FAMILIES.map((f) => f.id)).toEqual(["sorn", "spikey", "rate-rnn", "lif"]);
    expect(() => family("izh")).toThrow(/unknown model family 'izh' \(families: sorn, spikey, rate-rnn, lif\)/);
  });

  it("builds through the registry exactly the network the engine builds directly, and the observer sees every step", () => {
    const m = createModel("sorn", { seed: 42, params: { ne: 60, nu: 5, lambda_ee: 10, lambda_ei: 10 } });
    const seen = watch(m);
    const direct = new SornNetwork({ seed: 42, params: { ne: 60, nu: 5, lambda_ee: 10, lambda_ei: 10 } });
    const input = () => uniformInput(5, 1042);
    m.step(50, input());
    direct.step(50, input());
    expect(seen.map((s) => s.t)).toEqual(Array.from({ length: 50 }, (_, k) => k + 1));
    expect(seen[49].spikes[0]).toEqual(Array.from(direct.x));
    expect(seen[49].spikes[1]).toEqual(Array.from(direct.y));
    expect(seen[49].series[0]).toBe(direct.x.reduce((a, b) => a + b, 0));
    expect(seen[49].series[4]).toBe(direct.net.Te.reduce((a, b) => a + b, 0) / 60);
    expect(m.state()).toEqual(direct.state());
    expect(m.spikeGroups).toEqual([
      { name: "E", size: 60 },
      { name: "I", size: 12 },
    ]);
  });

  it("observing draws nothing: the same run with and without an observer is bit-identical", () => {
    const a = createModel("sorn", { seed: 7, params: { ne: 50 } });
    const b = createModel("sorn", { seed: 7, params: { ne: 50 } });
    watch(a);
    a.step(200, uniformInput(10, 1007));
    b.step(200, uniformInput(10, 1007));
    expect(a.state()).toEqual(b.state());
  });

  it("restores from state() and continues exactly as one long run (the README's example)", () => {
    const long = createModel("sorn", { seed: 42, params: { ne: 80 } });
    const input = uniformInput(10, 1042);
    long.step(300, input);
    const first = createModel("sorn", { seed: 42, params: { ne: 80 } });
    const input2 = uniformInput(10, 1042);
    first.step(150, input2);
    first.rule("stdp", false).rule("stdp", true).setting("phase", "plasticity");
    const again = createModel("sorn", { state: first.state(), seed: 42 });
    again.step(150, input2);
    expect(again.t).toBe(300);
    expect(again.state()).toEqual(long.state());
  });

  it("switches rules and settings by name, refusing unknown ones with their names", () => {
    const m = createModel("sorn", { seed: 1, params: { ne: 50 }, off: ["sp"], settings: { phase: "training", noise: false } });
    expect(m.rule("sp")).toBe(false);
    expect(m.setting("phase")).toBe("training");
    expect(m.setting("noise")).toBe(false);
    expect(() => m.rule("hebb")).toThrow(/unknown rule 'hebb' \(rules: stdp, ip, sp, istdp, ss\)/);
    expect(() => m.setting("temperature")).toThrow(/unknown setting 'temperature'/);
    expect(() => m.setting("phase", "sleep")).toThrow(/phase/);
    expect(() => createModel("sorn", { off: ["nope"] })).toThrow(/unknown rule 'nope'/);
  });

  it("describes every family's schema, rules, settings, records and series", () => {
    for (const f of FAMILIES) {
      expect(f.schema.length).toBeGreaterThan(0);
      for (const p of f.schema) expect(typeof p.structural).toBe("boolean");
      const m = f.create({ seed: 0 });
      expect(f.rules.map((r) => m.rule(r.name))).toEqual(f.rules.map(() => true));
      for (const s of f.settings) expect(m.setting(s.name)).toBe(s.default);
      const seen = watch(m);
      m.step(1);
      expect(seen[0].series).toHaveLength(f.series.length);
      expect(seen[0].spikes.map((g) => g.length)).toEqual(m.spikeGroups.map((g) => g.size));
    }
  });

  it("every family refuses a bad seed with the same message", () => {
    for (const f of FAMILIES) {
      for (const seed of [-1, 1.5, 2 ** 32, NaN, "7" as unknown as number]) {
        expect(() => f.create({ seed }), `${f.id}, seed ${String(seed)}`).toThrow(/seed: must be an integer in \[0, 4294967295\]/);
      }
    }
  });
});
