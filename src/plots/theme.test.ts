import { lab, rgb } from "d3";
import { describe, expect, it } from "vitest";
import { PALETTES } from "./theme";

/** WCAG relative luminance of a hex colour. */
function luminance(hex: string): number {
  const c = rgb(hex);
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG contrast ratio of two colours (1 … 21). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Machado, Oliveira & Fernandes (2009) full-severity matrices, applied in linear RGB. */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How `hex` looks with colour-vision deficiency `kind`. */
function simulate(hex: string, kind: string): string {
  const c = rgb(hex);
  const toLin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const toSrgb = (v: number) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
  const l = [toLin(c.r), toLin(c.g), toLin(c.b)];
  const m = CVD[kind];
  const out = m.map((row) => Math.min(1, Math.max(0, row[0] * l[0] + row[1] * l[1] + row[2] * l[2])));
  return rgb(toSrgb(out[0]), toSrgb(out[1]), toSrgb(out[2])).formatHex();
}

/** CIE76 colour difference ΔE*ab. */
function deltaE(a: string, b: string): number {
  const p = lab(a);
  const q = lab(b);
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

/** The least E/I difference over normal vision and the three simulated deficiencies. */
const worstDelta = (e: string, i: string) => Math.min(deltaE(e, i), ...Object.keys(CVD).map((k) => deltaE(simulate(e, k), simulate(i, k))));

describe("the plots' palettes", () => {
  for (const [name, p] of Object.entries(PALETTES)) {
    it(`${name}: E, I, the threshold line and the fit stand out from the background (contrast ≥ 3)`, () => {
      for (const c of [p.e, p.i, p.third, p.fit]) expect(contrast(c, p.bg), c).toBeGreaterThanOrEqual(3);
      expect(contrast(p.text, p.bg)).toBeGreaterThanOrEqual(7);
      expect(contrast(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: E and I stay distinct with protanopia, deuteranopia and tritanopia (ΔE ≥ 30)`, () => {
      expect(worstDelta(p.e, p.i)).toBeGreaterThanOrEqual(30);
    });
  }

  it("the check tells a red/green pair apart from a safe one", () => {
    expect(worstDelta("#d62728", "#2ca02c")).toBeLessThan(30);
    expect(deltaE("#d62728", "#2ca02c")).toBeGreaterThan(30);
  });
});
