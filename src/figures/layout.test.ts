import { describe, expect, it } from "vitest";
import { MARGIN, MIN_PANEL_WIDTH, panelGrid, thinLabels } from "./axes";
import { captionText, configSummary } from "./caption";
import { composeFigure } from "./compose";
import { layoutForPrint, panelLayout, parsePrintSize, PT_PER_UNIT } from "./print-size";
import { sampleNetwork } from "../../test/support/figures/testdata";
import { networkFigure } from "./network";
import { histPanel } from "./histpanel";
import { rasterFigure } from "./raster";
import { figureSize, figureStyle, svgDocument, type FigureMeta } from "./svg";

const meta: FigureMeta = { title: "A figure", config: { params: { ne: 200, eta_stdp: 0.004 }, freeze: ["stdp"] }, seed: 7 };
const pt = (mm: number): number => (mm * 72) / 25.4;

describe("layouts for print", () => {
  it("lays a figure out at the width that prints 11-unit ticks at 7 pt", () => {
    for (const name of ["single", "onehalf", "double"]) {
      const size = parsePrintSize(name);
      const l = layoutForPrint(size);
      expect(l.width).toBe(Math.round(pt(size.width) / PT_PER_UNIT));
      expect((11 * pt(size.width)) / (l.width as number)).toBeCloseTo(7, 1);
    }
    expect(layoutForPrint(parsePrintSize("single")).width).toBe(379);
    // The slide's fixed height converts alike; a size in px is laid out at its px.
    expect(layoutForPrint(parsePrintSize("slide"))).toEqual({ width: 1131, height: 636, style: "screen" });
    expect(layoutForPrint(parsePrintSize("1600x900px"), "paper")).toEqual({ width: 1600, height: 900, style: "paper" });
    // Narrower than 300 units, the type prints smaller rather than the plots vanishing.
    expect(layoutForPrint(parsePrintSize("40x30mm")).width).toBe(300);
  });

  it("gives composed panels one shared box that fills the width at scale 1, or says how much smaller", () => {
    const { panel, width, scale } = panelLayout({ width: 775 }, 2, 8);
    expect(width).toBe(775);
    expect(2 * (panel.width as number) + 8).toBeCloseTo(775, 1);
    expect(panel.height).toBe(Math.round((panel.width as number) * 0.62));
    expect(scale).toBe(1);
    const narrow = panelLayout({ width: 379 }, 2, 8);
    expect(narrow.panel.width).toBe(300);
    expect(narrow.scale).toBeCloseTo(379 / 608, 9);
    expect(() => panelLayout({}, 2, 8)).toThrow(/no width/);
  });

  it("sizes a figure from the layout, keeping 3/4 of its height when narrowed, and refuses bad layouts", () => {
    expect(figureSize(meta, 800, 640)).toEqual({ width: 800, height: 640 });
    expect(figureSize({ ...meta, layout: { width: 1600 } }, 800, 640)).toEqual({ width: 1600, height: 1280 });
    expect(figureSize({ ...meta, layout: { width: 400 } }, 800, 640)).toEqual({ width: 400, height: 480 });
    // A layout height is the printed height: the paper style adds back the band it crops.
    expect(figureSize({ ...meta, layout: { width: 400, height: 250 } }, 800, 640)).toEqual({ width: 400, height: 250 });
    expect(figureSize({ ...meta, layout: { width: 400, height: 250, style: "paper" } }, 800, 640)).toEqual({ width: 400, height: 294 });
    expect(() => figureSize({ ...meta, layout: { width: 120 } }, 800, 640)).toThrow(/layout width must be a number ≥ 300/);
    expect(() => figureSize({ ...meta, layout: { width: 400, height: NaN } }, 800, 640)).toThrow(/layout height/);
    expect(() => figureStyle({ ...meta, layout: { style: "poster" as never } })).toThrow("figure: unknown style 'poster' (styles: screen, paper)");
  });
});

describe("the paper style", () => {
  it("draws no title or subtitle, keeps them for the caption and crops the title band", () => {
    const screen = svgDocument({ width: 400, height: 300, meta, subtitle: "a subtitle", body: "" });
    const paper = svgDocument({ width: 400, height: 300, meta: { ...meta, layout: { style: "paper" } }, subtitle: "a subtitle", body: "" });
    expect(screen).toMatch(/<text[^>]*font-weight="bold"[^>]*>A figure<\/text>/);
    expect(paper).not.toMatch(/<text[^>]*>A figure<\/text>/);
    expect(paper).not.toMatch(/<text[^>]*>a subtitle<\/text>/);
    expect(paper).toContain("<title>A figure</title>");
    expect(paper).toContain("<desc>a subtitle</desc>");
    expect(paper).toMatch(/<svg [^>]*width="400" height="256" viewBox="0 44 400 256"/);
  });

  it("a composition in the paper style has no drawn title by default", () => {
    const panel = svgDocument({ width: 400, height: 300, meta, body: "" });
    const paper = composeFigure([panel, panel], { ...meta, layout: { style: "paper" } }, { letters: true });
    expect(paper).not.toMatch(/<text[^>]*>A figure<\/text>\n<svg/);
    expect(composeFigure([panel, panel], meta).split("A figure</text>").length).toBe(4);
    expect(paper.split("A figure</text>").length).toBe(3);
  });

  it("writes the caption: title, subtitle, panels, seed and the configuration", () => {
    const svg = svgDocument({ width: 400, height: 300, meta, subtitle: "showing 40 of 200 neurons", body: "" });
    expect(captionText(svg)).toBe("A figure.\nshowing 40 of 200 neurons.\nSeed 7.\nConfiguration: params.ne = 200; params.eta_stdp = 0.004; freeze = [stdp].\n");
    const composed = composeFigure([svg, svg], { ...meta, title: "Composed" }, { letters: true });
    expect(captionText(composed)).toMatch(/^Composed\.\nA: A figure; B: A figure\.\nSeed 7\./);
    expect(configSummary({ a: Array.from({ length: 20 }, (_, i) => i), b: null, c: "x".repeat(80) })).toEqual(["a = 20 values", `c = ${"x".repeat(59)}…`]);
    expect(() => captionText("<svg/>")).toThrow(/no <title>/);
  });
});

describe("narrow layouts", () => {
  it("writes every k-th x tick label so that none overlap", () => {
    const labels = ["2500", "2600", "2700", "2800", "2900"];
    expect(thinLabels([0, 100, 200, 300, 400], labels)).toEqual([true, true, true, true, true]);
    // 4-digit labels are ~27 units wide at 11 units: 20 units apart, every second one.
    expect(thinLabels([0, 20, 40, 60, 80], labels)).toEqual([true, false, true, false, true]);
    expect(thinLabels([0, 20, 40], ["0.01", "", "0.1"])).toEqual([true, false, true]);
  });

  it("stacks two panels when side by side they would be narrower than MIN_PANEL_WIDTH", () => {
    const wide = panelGrid(960, 420, 2);
    expect(wide.panels.map((p) => p.y)).toEqual([MARGIN.top + 18, MARGIN.top + 18]);
    expect(wide.height).toBe(420);
    const narrow = panelGrid(379, 315, 2);
    expect(narrow.panels[0].width).toBe(379 - MARGIN.left - MARGIN.right);
    expect(narrow.panels[1].y).toBeGreaterThan(narrow.panels[0].y + narrow.panels[0].height + MARGIN.bottom);
    expect(narrow.height).toBe(narrow.panels[1].y + narrow.panels[1].height + MARGIN.bottom);
    expect((379 - MARGIN.left - MARGIN.right - 76) / 2).toBeLessThan(MIN_PANEL_WIDTH);
  });

  it("a narrow raster puts its legend under the axis and keeps its plot area", () => {
    const E = { data: new Uint8Array(20 * 4).fill(1), steps: 20, neurons: 4 };
    const svg = rasterFigure({ excitatory: E }, { ...meta, layout: { width: 379 } });
    expect(svg).toMatch(/<svg [^>]*viewBox="0 0 379 315"/);
    const frame = /<rect x="70" y="58" width="([\d.]+)"/.exec(svg);
    expect(Number(frame?.[1])).toBe(379 - MARGIN.left - MARGIN.right);
  });

  it("a narrow correlation network puts its key in two columns under the plot, which keeps the full width", () => {
    const svg = networkFigure(sampleNetwork(), { ...meta, layout: { width: 379 } });
    expect(svg).toMatch(/<svg [^>]*viewBox="0 0 379 /);
    const frame = /<rect x="12" y="58" width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    expect(Number(frame?.[1])).toBe(379 - 24);
    const keyY = Number(/<g class="legend"><text x="[\d.]+" y="([\d.]+)"/.exec(svg)?.[1]);
    expect(keyY).toBeGreaterThan(58 + Number(frame?.[2]));
  });

  it("a histogram too narrow for its legend labels its lines directly, skipping a line too close to a labelled one", () => {
    const spec = (width: number) => ({
      panel: { x: 70, y: 58, width, height: 150 },
      bins: [0, 1, 2, 3].map((i) => ({ x0: i, x1: i + 1, count: 1 })),
      heights: [1, 3, 2, 1],
      barLabel: "weights ≥ 0.01",
      xLabel: "weight",
      yLabel: "density",
      curve: { points: [[0.5, 1], [1.5, 3.2], [2.5, 2]] as [number, number][], label: "lognormal pdf", color: "#b07800" },
      vlines: [
        { x: 1.5, label: "mode = 1.5", color: "#cc79a7" },
        { x: 1.52, label: "median = 1.52", color: "#555555" },
        { x: 3, label: "mean = 3", color: "#009e73", dashed: true },
      ],
    });
    const wide = histPanel(spec(400));
    expect(wide).toContain('class="legend"');
    expect(wide).not.toContain("line-label");
    const narrow = histPanel(spec(150));
    expect(narrow).not.toContain('class="legend"');
    const labels = [...narrow.matchAll(/class="line-label">([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(["mode = 1.5", "mean = 3", "lognormal pdf"]);
  });
});

