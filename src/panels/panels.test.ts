import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS } from "../models/sorn/params";
import { family } from "../models/registry";
import { buildFigure } from "../worker/sorn/figures";
import { Simulation } from "../worker/simulation";
import { PANEL_VIEWS } from "../ui/panels";
import { PANEL_IDS, PANELS, panelDef } from ".";

const sim = () => {
  const s = new Simulation({
    params: { ...DEFAULT_PARAMS, ne: 40, nu: 4, lambda_ee: 8, lambda_ei: 8 },
    seed: 5,
    rules: { stdp: true, ip: true, sp: true, istdp: true, ss: true },
    phase: "plasticity",
    noise: true,
    input: { kind: "uniform", seed: 1005 },
  });
  s.advance(30);
  return s;
};

describe("panel registry", () => {
  it("has unique ids, each with a title and a known family", () => {
    expect(new Set(PANEL_IDS).size).toBe(PANELS.length);
    for (const p of PANELS) {
      expect(p.title.length).toBeGreaterThan(0);
      expect(() => family(p.family)).not.toThrow();
      expect(panelDef(p.id)).toBe(p);
    }
    expect(panelDef("nope")).toBeUndefined();
  });

  it("needs only what its family's runs provide (series, spike groups, frame extras)", () => {
    const s = sim();
    const frame = s.takeFrame(1, false, 0, null);
    for (const p of PANELS) {
      for (const name of p.needs.series ?? []) expect(Object.keys(frame.series), `${p.id} needs series ${name}`).toContain(name);
      for (const name of p.needs.spikes ?? []) expect(frame.spikes.groups.map((g) => g.name), `${p.id} needs spikes ${name}`).toContain(name);
      for (const name of p.needs.extras ?? []) expect(Object.keys(frame.extras), `${p.id} needs extras ${name}`).toContain(name);
    }
  });

  it("exports every worker-made figure as SVG, with the options the registration derives", () => {
    const s = sim();
    const view = { rasterE: "0-9", rasterI: "none", window: 20 };
    for (const p of PANELS) {
      if (p.figure.source !== "worker") continue;
      const options = { meta: { title: p.title, config: {}, seed: 5 }, ...p.figureOptions?.(view, { E: 40, I: 8 }) };
      const svg = buildFigure(s, p.figure.kind, options);
      expect(svg, `${p.id} is titled as its panel`).toContain(`>${p.title}</text>`);
      expect(svg, p.id).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    }
    expect(panelDef("raster")!.figureOptions!(view, { E: 40, I: 8 })).toEqual({ steps: 20, eNeurons: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], iNeurons: [] });
  });

  it("lays every worker-made figure out in a composed panel's box when asked (the composer at a print size)", () => {
    const s = sim();
    const box = { width: 383.5, height: 238, style: "screen" as const };
    for (const p of PANELS) {
      if (p.figure.source !== "worker") continue;
      const svg = buildFigure(s, p.figure.kind, { meta: { title: p.title, config: {}, seed: 5, layout: box } });
      const viewBox = /<svg\b[^>]*\sviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
      expect(Number(viewBox?.[1]), p.id).toBe(383.5);
    }
  });

  it("has a live view for every registered panel, and no view without a registration", () => {
    expect(Object.keys(PANEL_VIEWS).sort()).toEqual([...PANEL_IDS].sort());
    for (const p of PANELS) expect(typeof PANEL_VIEWS[p.id], p.id).toBe("function");
  });
});
