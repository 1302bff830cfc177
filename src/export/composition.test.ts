/** The composer's settings as data: picking, order, problems, print size and the composed SVG. */
import { describe, expect, it } from "vitest";
import { captionText } from "../figures/caption";
import { readSvgMetadata } from "../figures/svg";
import {
  composedDescription,
  compositionLayout,
  compositionProblem,
  compositionSize,
  compositionTitle,
  composeSvg,
  composeSvgForPrint,
  defaultComposition,
  orderedPanels,
  pickPanel,
  sizeInWords,
  type CompositionSettings,
} from "./composition";

const panel = (title: string, w = 640, h = 400): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><title>${title}</title><rect width="${w}" height="${h}"/></svg>`;
const meta = { config: { params: { ne: 200 } }, seed: 7 };
const root = (svg: string): string => /<svg\b[^>]*>/.exec(svg)![0];
const letters = (svg: string): string[] => [...svg.matchAll(/class="panel-letter"[^>]*>([^<]*)</g)].map((m) => m[1]);

function picked(...ids: string[]): CompositionSettings {
  return ids.reduce((s, id) => pickPanel(s, id, true), defaultComposition());
}

describe("composition settings", () => {
  it("keeps the panels in the order picked, or in the lab's panel order", () => {
    const s = picked("weights", "raster", "rates");
    expect(orderedPanels(s)).toEqual(["weights", "raster", "rates"]);
    expect(orderedPanels({ ...s, order: "panel" })).toEqual(["raster", "weights", "rates"]);
    expect(orderedPanels(pickPanel(s, "raster", false))).toEqual(["weights", "rates"]);
    expect(orderedPanels(pickPanel(pickPanel(s, "weights", false), "weights", true))).toEqual(["raster", "rates", "weights"]);
  });

  it("names one problem: no panels, columns out of range, a bad custom size", () => {
    expect(compositionProblem(defaultComposition())).toBe("Pick at least one panel to compose a figure.");
    expect(compositionProblem(picked("raster"))).toBeNull();
    expect(compositionProblem({ ...picked("raster"), cols: 5 })).toBe("Columns must be 1 to 4.");
    expect(compositionProblem({ ...picked("raster"), size: "custom", custom: "a4" })).toMatch(/^Custom size: unknown size 'a4' \(sizes: single, onehalf, double, slide, or WxH in mm or px/);
    expect(compositionProblem({ ...picked("raster"), size: "custom", custom: "160x90mm" })).toBeNull();
  });

  it("gives the print sizes of src/figures/print-size.ts, in words for the preview", () => {
    expect(compositionSize({ ...defaultComposition(), size: "single" })).toEqual({ unit: "mm", width: 85 });
    expect(compositionSize({ ...defaultComposition(), size: "onehalf" })).toEqual({ unit: "mm", width: 114 });
    expect(compositionSize({ ...defaultComposition(), size: "double" })).toEqual({ unit: "mm", width: 174 });
    expect(compositionSize({ ...defaultComposition(), size: "slide" })).toEqual({ unit: "mm", width: 254, height: 142.9 });
    expect(compositionSize({ ...defaultComposition(), size: "custom", custom: "1600x900px" })).toEqual({ unit: "px", width: 1600, height: 900 });
    expect(sizeInWords({ unit: "mm", width: 174 })).toBe("174 mm wide");
    expect(sizeInWords({ unit: "px", width: 1600, height: 900 })).toBe("1600 × 900 px");
  });
});

describe("the panels' layout at the print size", () => {
  it("is the CLI's: ticks at 7 pt, one shared box per column, no more columns than panels", () => {
    const three = { ...picked("raster", "population", "weights"), size: "double" as const };
    // 174 mm at 7/11 pt per unit is 775 units; two columns 8 apart share (775 - 8) / 2.
    expect(compositionLayout(three)).toEqual({ width: 775, panel: { width: 383.5, height: 238, style: "screen" } });
    expect(compositionLayout({ ...three, cols: 1 }).panel.width).toBe(775);
    expect(compositionLayout({ ...picked("raster"), size: "double", cols: 3 }).panel.width).toBe(775);
    // 85 mm is 378 units: two columns would be under the 300-unit minimum, so they keep 300 (type prints smaller).
    expect(compositionLayout({ ...three, size: "single" }).panel.width).toBe(300);
  });
});

describe("the composed SVG", () => {
  const figs = [panel("Spike raster"), panel("Population activity"), panel("Wee weights", 640, 320)];

  it("holds the panels in rows with letters A B C, the run's configuration and the composed panels in its metadata", () => {
    const s = { ...picked("raster", "population", "weights"), cols: 3 };
    const svg = composeSvg(figs, s, meta);
    expect(letters(svg)).toEqual(["A", "B", "C"]);
    expect(svg).toContain("<desc>A: Spike raster; B: Population activity; C: Wee weights</desc>");
    expect(composedDescription(composeSvg([panel("E &amp; I")], picked("raster"), meta))).toBe("A: E & I");
    expect(readSvgMetadata(svg)).toEqual({ generator: "SORN Lab", seed: 7, config: { params: { ne: 200 }, composed: ["raster", "population", "weights"] } });
    expect(svg).toContain("<title>Composed figure: raster, population, weights</title>");
    expect(svg).not.toMatch(/font-size="16" font-weight="bold">Composed/);
  });

  it("draws the title when one is given, and no letters when they are off", () => {
    const svg = composeSvg(figs.slice(0, 2), { ...picked("raster", "population"), title: " Figure 2 ", letters: false }, meta);
    expect(svg).toContain("<title>Figure 2</title>");
    expect(svg).toMatch(/font-weight="bold">Figure 2<\/text>/);
    expect(letters(svg)).toEqual([]);
    expect(compositionTitle({ ...picked("raster"), title: "  " })).toBe("Composed figure: raster");
  });

  it("at a print size: the root is that many mm wide, the viewBox kept", () => {
    const s = { ...picked("raster", "population"), size: "single" as const };
    const plain = root(composeSvg(figs.slice(0, 2), s, meta));
    const sized = root(composeSvgForPrint(figs.slice(0, 2), s, meta));
    expect(/\swidth="([^"]*)"/.exec(sized)![1]).toBe("85mm");
    expect(/viewBox="([^"]*)"/.exec(sized)![1]).toBe(/viewBox="([^"]*)"/.exec(plain)![1]);
  });

  it("refuses an empty composition with the same one sentence, and a figure count that does not match", () => {
    expect(() => composeSvg([], defaultComposition(), meta)).toThrow("Pick at least one panel to compose a figure.");
    expect(() => composeSvg(figs, picked("raster"), meta)).toThrow(/3 figures for 1 panels/);
  });

  it("the paper style draws no title, lays the panels out in the paper style and keeps the titles for the caption", () => {
    const s = { ...picked("raster", "weights"), title: "My figure", style: "paper" as const };
    expect(compositionLayout(s).panel.style).toBe("paper");
    const svg = composeSvg([panel("Raster"), panel("Weights")], s, meta);
    expect(svg).not.toMatch(/<text[^>]*>My figure<\/text>/);
    expect(svg).toContain("<title>My figure</title>");
    expect(captionText(svg)).toMatch(/^My figure\.\nA: Raster; B: Weights\.\nSeed 7\.\nConfiguration: params\.ne = 200; composed = \[raster, weights\]\./);
    const screen = composeSvg([panel("Raster"), panel("Weights")], { ...s, style: "screen" }, meta);
    expect(screen).toMatch(/<text[^>]*>My figure<\/text>/);
  });
});

