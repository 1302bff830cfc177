/**
 * Golden figures of a real run: a fixed-seed SORN run (ne = 40, seed 5, 400 steps, the CLI
 * tests' run), every figure its records allow and a composed figure with letters, compared with
 * `test/golden/real-run/`. A difference fails and leaves `<name>-changed.svg` beside the golden.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeRun } from "../src/analysis-run";
import { composeFigure } from "../src/figures";
import { ALL_RECORDS, smallRun } from "./cli-helpers";
import { expectGoldenSvg } from "./support/figures/golden";

const set = analyzeRun(smallRun(ALL_RECORDS)).figures();
const byName = new Map(set.figures.map((f) => [f.name, f.svg]));

describe("figures of a fixed-seed SORN run", () => {
  it("draws the figures its records allow", () => {
    expect(set.figures.map((f) => f.name)).toEqual(["raster", "population-activity", "firing-rate", "neuron-rates", "weight-distribution", "connections-per-neuron", "correlation", "correlation-network", "isi", "hamming-distance", "connection-counts", "thresholds", "dashboard"].filter((n) => byName.has(n)));
    expect(set.figures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(set.figures.map((f) => [f.name, f.svg]))("%s matches its golden SVG", (name, svg) => expectGoldenSvg("real-run", name, svg));

  it("a composed figure (raster, weights, rates; 2 columns; letters) matches its golden SVG", () => {
    const svg = composeFigure(["raster", "weight-distribution", "neuron-rates"].map((n) => byName.get(n)!), { title: "Composed", config: {}, seed: 5 }, { cols: 2, letters: true, title: false });
    expectGoldenSvg("real-run", "composed", svg);
  });

  it.skipIf(process.env.UPDATE_GOLDEN === "1")("a changed figure fails, says where, and leaves the new output in <name>-changed.svg", () => {
    const changedPath = fileURLToPath(new URL("./golden/real-run/raster-changed.svg", import.meta.url));
    const altered = byName.get("raster")!.replace("time step", "time steps");
    try {
      expect(() => expectGoldenSvg("real-run", "raster", altered)).toThrow(/raster\.svg differs from its golden file at line \d+, column \d+/);
      expect(readFileSync(changedPath, "utf8")).toBe(altered);
    } finally {
      rmSync(changedPath, { force: true });
    }
    expect(existsSync(changedPath)).toBe(false);
  });
});
