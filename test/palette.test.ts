import { lab } from "d3";
import { describe, expect, it } from "vitest";
import { sampleFigures } from "./support/figures/samples";
import { PALETTES } from "../src/plots/theme";
import { COLORS, OKABE_ITO, SERIES_DASHES, seriesColor } from "../src/figures/palette";

/** CIE L* (0 black … 100 white): the grey a colour prints as in greyscale. */
const grey = (hex: string): number => lab(hex).l;

/** Least L* difference for two line colours to be told apart in greyscale. */
const MIN_GREY_DELTA = 9;

/** The drawn lines of a figure: stroke colour and dash pattern of every unfilled `<path>`. */
function lines(svg: string): { stroke: string; dash: string }[] {
  return [...svg.matchAll(/<path [^>]*fill="none"[^>]*>/g)]
    .map((m) => m[0])
    .filter((p) => !/class="edges/.test(p))
    .map((p) => ({ stroke: /stroke="([^"]+)"/.exec(p)?.[1] ?? "", dash: /stroke-dasharray="([^"]+)"/.exec(p)?.[1] ?? "solid" }));
}

describe("one palette for the lab, its figures and its charts", () => {
  it("the lab's light theme draws E, I, the third series, fits and bars in the figures' colours", () => {
    const light = PALETTES.light;
    expect([light.e, light.i, light.third, light.fit, light.bar]).toEqual([COLORS.excitatory, COLORS.inhibitory, COLORS.third, COLORS.fit, COLORS.bar]);
    expect(COLORS.excitatory).toBe(OKABE_ITO.blue);
    expect(COLORS.inhibitory).toBe(OKABE_ITO.vermillion);
    expect([seriesColor(0), seriesColor(1)]).toEqual([COLORS.excitatory, COLORS.inhibitory]);
  });

  it("greyscale: E and I print as different greys", () => {
    expect(grey(COLORS.inhibitory) - grey(COLORS.excitatory)).toBeGreaterThanOrEqual(MIN_GREY_DELTA);
    // The check can fail: the figures' former E/I pair, Tableau's blue and red (matplotlib's
    // C0 and C3), print as the same grey (L* 47.4 and 47.7).
    expect(Math.abs(grey("#1f77b4") - grey("#d62728"))).toBeLessThan(1);
  });

  it("greyscale: within every figure, any two lines differ in grey or in dash pattern", () => {
    let checked = 0;
    for (const [name, fig] of Object.entries(sampleFigures())) {
      const ls = lines(fig.svg);
      for (let a = 0; a < ls.length; a++) {
        for (let b = a + 1; b < ls.length; b++) {
          const p = ls[a];
          const q = ls[b];
          if (p.stroke === q.stroke && p.dash === q.dash) continue; // the same series drawn in pieces
          checked++;
          const apart = Math.abs(grey(p.stroke) - grey(q.stroke)) >= MIN_GREY_DELTA || p.dash !== q.dash;
          expect(apart, `${name}: ${p.stroke} ${p.dash} vs ${q.stroke} ${q.dash}`).toBe(true);
        }
      }
    }
    // The connection-counts and thresholds figures have three or more lines each.
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it("the series dash patterns are all different", () => {
    expect(new Set(SERIES_DASHES).size).toBe(SERIES_DASHES.length);
  });
});
