/** `sorn figures --compose a,b,c --cols K --letters`: one composed figure, its gaps measured on the rendered PNG. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSvgMetadata } from "../src/figures";
import { COMPOSE_MARGIN, composeFigure, composeLayout } from "../src/figures/compose";
import { readPdfMetadata } from "../src/figures/pdf";
import { ALL_RECORDS, cli, saveRun, smallRun, tempDir } from "./cli-helpers";
import { blankRuns, decodePng } from "./support/png-decode";

let dir: string;
let runPath: string;

beforeAll(() => {
  dir = tempDir();
  runPath = saveRun(dir, "run", smallRun(ALL_RECORDS)).npz;
});

const compose = (out: string, ...opts: string[]) => cli("figures", runPath, "--out", join(dir, out), ...opts);

describe("composeLayout", () => {
  it("fills each full row's width exactly with equal heights, m apart; a short last row keeps the scale", () => {
    const boxes = [
      { width: 720, height: 420 },
      { width: 640, height: 380 },
      { width: 960, height: 420 },
    ];
    const { cells, height } = composeLayout(boxes, 2, 1000, 10, 0);
    expect(cells[0].height).toBeCloseTo(cells[1].height, 9);
    expect(cells[1].x + cells[1].width).toBeCloseTo(1000, 9);
    expect(cells[1].x - (cells[0].x + cells[0].width)).toBeCloseTo(10, 9);
    expect(cells[0].width / cells[0].height).toBeCloseTo(720 / 420, 9);
    expect(cells[2].y).toBeCloseTo(cells[0].height + 10, 9);
    expect(cells[2].height).toBeLessThanOrEqual(cells[0].height + 1e-9);
    expect(height).toBeCloseTo(cells[2].y + cells[2].height, 9);
  });

  it("rejects no panels, bad cols and a non-SVG panel with one clear message", () => {
    const meta = { title: "t", config: {}, seed: 1 };
    expect(() => composeFigure([], meta)).toThrow("compose: no panels to compose");
    expect(() => composeFigure(["<svg viewBox='0 0 1 1'/>"], meta, { cols: 0 })).toThrow(/cols must be an integer ≥ 1/);
    expect(() => composeFigure(["<p/>"], meta)).toThrow(/not an SVG document/);
  });
});

describe("sorn figures --compose", () => {
  it("three panels, two columns, letters: one figure in svg, png and pdf; panels cover the page with gaps ≤ the margin", async () => {
    const r = await compose("c3", "--compose", "raster,population-activity,weight-distribution", "--cols", "2", "--letters", "--format", "svg,png,pdf", "--size", "double", "--dpi", "150");
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, "c3")).sort()).toEqual(["composed.pdf", "composed.png", "composed.svg"]);
    const svg = readFileSync(join(dir, "c3", "composed.svg"), "utf8");
    expect(svg.match(/class="panel-letter">[A-Z]</g)?.map((s) => s.slice(-2, -1))).toEqual(["A", "B", "C"]);
    expect(/<svg\b[^>]*\swidth="174mm"/.test(svg)).toBe(true);
    expect(readSvgMetadata(svg)?.config).toMatchObject({ composed: ["raster", "population-activity", "weight-distribution"] });
    expect(readPdfMetadata(new Uint8Array(readFileSync(join(dir, "c3", "composed.pdf"))))?.config).toMatchObject({ composed: ["raster", "population-activity", "weight-distribution"] });

    const img = decodePng(new Uint8Array(readFileSync(join(dir, "c3", "composed.png"))));
    expect(img.width).toBe(Math.round((174 / 25.4) * 150));
    const [, , vbW] = /viewBox="([^"]*)"/.exec(svg)![1].split(" ").map(Number);
    // The largest blank band allowed: the margin plus each panel's own white border (its figure's
    // right margin of 24 units, and up to 8 units left of the next panel's y-axis title), in PNG pixels.
    const pxPerUnit = img.width / vbW;
    const allowed = Math.ceil((COMPOSE_MARGIN + 24 + 8) * pxPerUnit);
    for (const axis of ["rows", "cols"] as const) {
      const b = blankRuns(img, axis);
      const n = axis === "rows" ? img.height : img.width;
      expect(b.first, axis).toBeLessThanOrEqual(allowed);
      expect(b.last, axis).toBeGreaterThanOrEqual(n - 1 - allowed);
      expect(b.longest, axis).toBeLessThanOrEqual(allowed);
    }
  });

  it("bad compositions get one clear message and exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [["--compose", "raster,nope"], /^sorn: --compose: unknown panel 'nope' \(panels: raster, /],
      [["--compose", ","], /--compose: no panels given/],
      [["--compose"], /--compose: give the panels to compose/],
      [["--compose", "dashboard"], /'dashboard' is itself a composition/],
      [["--compose", "raster,raster"], /'raster' is named twice/],
      [["--compose", "raster", "--cols", "0"], /--cols/],
      [["--cols", "2"], /--cols: only with --compose/],
      [["--letters"], /--letters: only with --compose/],
      [["--compose", "raster", "--only", "isi"], /--only: not with --compose/],
    ];
    for (const [args, message] of cases) {
      const r = await compose("bad", ...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr, args.join(" ")).toMatch(message);
    }
  });
});
