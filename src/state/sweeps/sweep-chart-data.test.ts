import { describe, expect, it } from "vitest";
import { pointAt } from "../../experiments/sweep/points";
import type { PointResult } from "../../experiments/sweep/result";
import { checkSweep } from "../../experiments/sweep/spec";
import { cellRows, fmt, sweepFigure } from "./sweep-chart-data";

const two = checkSweep({ target: "toy.quadratic", axes: [["x", [0, 1]], { param: "y", values: [null, 2, 3] }], repeats: 4, metrics: ["f"] });
/** Points with f = the given values per index (a missing index: not finished yet). */
const points = (sweep: typeof two, f: Record<number, number | null>): PointResult[] => Object.entries(f).map(([i, v]) => ({ ...pointAt(sweep, Number(i)), metrics: { f: v } }));

describe("sweep chart data", () => {
  it("gives each cell the quartiles of its finished repeats (numpy's linear percentiles)", () => {
    // cell 0 (x 0, y default): repeats 0…3 = 1, 2, 4, 10 → q1 1.75, median 3, q3 5.5
    const rows = cellRows(two, points(two, { 0: 1, 1: 2, 2: 4, 3: 10, 4: 7, 5: null }), "f");
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ values: ["x = 0", "y = default"], q: { n: 4, min: 1, q1: 1.75, median: 3, q3: 5.5, max: 10, mean: 4.25 } });
    expect(rows[0].point!.repeat).toBe(0);
    // cell 1: one finite value (a null metric is left out)
    expect(rows[1]).toMatchObject({ values: ["x = 0", "y = 2"], q: { n: 1, median: 7 } });
    expect(rows[2].q.n).toBe(0);
    expect(rows[2].point).toBeNull();
  });

  it("draws two axes as a heat map: finished squares coloured by the median, pending ones grey, hover values", () => {
    const f = sweepFigure(two, points(two, { 0: 1, 1: 2, 2: 4, 3: 10, 12: -1 }), "f")!;
    expect(f.kind).toBe("heatmap");
    expect(f.filled).toBe(2);
    expect(f.grid).toEqual({ nx: 2, ny: 3 });
    const [done, pending] = f.traces;
    expect([done.x, done.y]).toEqual([["0", "1"], ["default", "default"]]);
    expect(done.marker!.color).toEqual([3, -1]);
    expect(done.text[0]).toBe("x = 0, y = default<br>f: median 3 (q1 1.75 – q3 5.5), 4 of 4 repeats");
    expect(pending.x).toHaveLength(4);
    expect(pending.text[0]).toBe("x = 0, y = 2<br>f: pending, 0 of 4 repeats");
    expect(f.xaxis.categoryarray).toEqual(["0", "1"]);
    expect(f.yaxis.categoryarray).toEqual(["default", "2", "3"]);
  });

  it("draws one numeric axis as the median line with its q1–q3 band; no axes: no chart", () => {
    const one = checkSweep({ target: "toy.quadratic", axes: [["x", 0, 1.5, 0.5]], repeats: 2, metrics: ["f"] });
    const f = sweepFigure(one, points(one, { 0: 1, 1: 3, 2: 0, 3: 2 }), "f")!;
    expect(f.kind).toBe("line");
    expect(f.traces.map((t) => t.name)).toEqual(["q1", "q1–q3 over repeats", "median"]);
    expect(f.traces[0].x).toEqual([0, 0.5, 1]);
    expect(f.traces[0].y).toEqual([1.5, 0.5, null]);
    expect(f.traces[1].y).toEqual([2.5, 1.5, null]);
    expect(f.traces[2].y).toEqual([2, 1, null]);
    expect(sweepFigure(checkSweep({ target: "toy.quadratic", metrics: ["f"] }), [], "f")).toBeNull();
  });

  it("formats numbers to 4 significant digits", () => {
    expect([fmt(0.123456), fmt(12345.6), fmt(0.0001234), fmt(0), fmt(null)]).toEqual(["0.1235", "1.235e+4", "1.234e-4", "0", "—"]);
  });
});
