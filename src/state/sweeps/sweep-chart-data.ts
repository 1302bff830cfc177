/**
 * The Sweeps tab's chart and table as plain data (no DOM; drawn by `src/plots/sweep-chart.ts`).
 * Per cell and metric the summary is the quartiles over the cell's finished repeats
 * (`summarizeCells`: numpy's linear-interpolation percentiles). Two axes: a heat map, one square
 * per cell at (axis 1 value, axis 2 value), its colour the median, grey while no repeat has
 * finished; one axis: the median as a line with the q1–q3 band; every cell has a hover text
 * "param = v, …: median m (q1 a – q3 b), n of R repeats".
 */
import type { Json } from "../../pool/registry";
import { cellSteps } from "../../experiments/sweep/points";
import type { PointResult } from "../../experiments/sweep/result";
import type { CheckedSweep } from "../../experiments/sweep/spec";
import { summarizeCells, type CellSummary, type Quartiles } from "../../experiments/sweep/summary";

/** A value as an axis label: "default" for a control (null). */
export const valueLabel = (v: Json | undefined): string => (v === null || v === undefined ? "default" : typeof v === "string" ? v : JSON.stringify(v));

/** A number for the table and hover texts (4 significant digits), "—" for none. */
export const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? "—" : Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : String(Number(v.toPrecision(4))));

/** One row of the results table: a cell, its axis values and the shown metric's summary. */
export interface CellRow {
  cell: number;
  /** The axes' values in words, one per axis (a zipped axis: "a = 1, b = 2"). */
  values: string[];
  q: Quartiles;
  /** Repeats finished, failed, and the sweep's repeats. */
  failed: number;
  repeats: number;
  /** The cell's first finished point (what "Open in the lab" opens), or null. */
  point: PointResult | null;
}

/** The label of axis `a` at step `k` ("eta_stdp = 0.002"). */
export function axisStepLabel(sweep: CheckedSweep, a: number, k: number): string {
  const axis = sweep.axes[a];
  return axis.params.map((p, j) => `${p} = ${valueLabel(axis.rows[k][j])}`).join(", ");
}

const short = (sweep: CheckedSweep, a: number, k: number): string => {
  const axis = sweep.axes[a];
  return axis.params.length === 1 ? valueLabel(axis.rows[k][0]) : axis.rows[k].map(valueLabel).join(" / ");
};

/** Every cell of the sweep (finished or not) with `metric`'s summary over what has finished. */
export function cellRows(sweep: CheckedSweep, points: readonly PointResult[], metric: string): CellRow[] {
  const summaries = new Map<number, CellSummary>(summarizeCells(points, [metric]).map((c) => [c.cell, c]));
  const first = new Map<number, PointResult>();
  for (const p of points) if (p.error === undefined && (!first.has(p.cell) || first.get(p.cell)!.repeat > p.repeat)) first.set(p.cell, p);
  return Array.from({ length: sweep.cells }, (_, cell) => {
    const steps = cellSteps(sweep, cell);
    const s = summaries.get(cell);
    return {
      cell,
      values: steps.map((k, a) => axisStepLabel(sweep, a, k)),
      q: s?.metrics[metric] ?? { n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null },
      failed: s?.failed ?? 0,
      repeats: sweep.repeats,
      point: first.get(cell) ?? null,
    };
  });
}

/** The part of a plotly scatter trace the chart uses. */
export interface SweepTrace {
  type: "scatter";
  mode: "markers" | "lines" | "lines+markers";
  name: string;
  x: (string | number)[];
  y: (string | number | null)[];
  text: string[];
  hovertemplate?: string;
  /** "skip": no hover label (the band's edges). */
  hoverinfo?: "skip";
  marker?: Record<string, unknown>;
  line?: Record<string, unknown>;
  fill?: "tonexty";
  fillcolor?: string;
  showlegend: boolean;
}

/** The chart: traces, axis titles, the heat map's grid (for the squares' size), the PNG name. */
export interface SweepFigure {
  kind: "heatmap" | "line";
  traces: SweepTrace[];
  xTitle: string;
  yTitle: string;
  xaxis: Record<string, unknown>;
  yaxis: Record<string, unknown>;
  grid: { nx: number; ny: number };
  /** Cells with at least one finished repeat. */
  filled: number;
  filename: string;
}

const hover = (r: CellRow, metric: string) =>
  `${r.values.join(", ")}<br>${metric}: ${r.q.n ? `median ${fmt(r.q.median)} (q1 ${fmt(r.q.q1)} – q3 ${fmt(r.q.q3)})` : "pending"}, ${r.q.n} of ${r.repeats} repeat${r.repeats === 1 ? "" : "s"}${r.failed ? `, ${r.failed} failed` : ""}`;

const axisTitle = (sweep: CheckedSweep, a: number) => sweep.axes[a].params.join(" / ");

/** The chart of `metric`, or null for a sweep without axes (the table alone). */
export function sweepFigure(sweep: CheckedSweep, points: readonly PointResult[], metric: string): SweepFigure | null {
  if (sweep.axes.length === 0 || sweep.axes.length > 2) return null;
  const rows = cellRows(sweep, points, metric);
  const filled = rows.filter((r) => r.q.n > 0).length;
  const filename = `sorn-sweep-${sweep.hash.slice(0, 8)}-${metric.replace(/[^\w.-]/g, "_")}`;
  if (sweep.axes.length === 2) {
    const at = (r: CellRow) => cellSteps(sweep, r.cell);
    const done = rows.filter((r) => r.q.n > 0), pending = rows.filter((r) => r.q.n === 0);
    const square = (rs: CellRow[], name: string, marker: Record<string, unknown>): SweepTrace => ({
      type: "scatter", mode: "markers", name,
      x: rs.map((r) => short(sweep, 0, at(r)[0])), y: rs.map((r) => short(sweep, 1, at(r)[1])),
      text: rs.map((r) => hover(r, metric)), hovertemplate: "%{text}<extra></extra>", marker: { symbol: "square", ...marker }, showlegend: false,
    });
    const categories = (a: number) => sweep.axes[a].rows.map((_, k) => short(sweep, a, k));
    return {
      kind: "heatmap",
      traces: [
        square(done, "finished", { color: done.map((r) => r.q.median), colorscale: "Viridis", showscale: true, colorbar: { title: { text: "median" }, thickness: 12 } }),
        square(pending, "pending", { color: "rgba(128,128,128,0.35)" }),
      ],
      xTitle: axisTitle(sweep, 0), yTitle: axisTitle(sweep, 1),
      xaxis: { type: "category", categoryorder: "array", categoryarray: categories(0) },
      yaxis: { type: "category", categoryorder: "array", categoryarray: categories(1), rangemode: "normal" },
      grid: { nx: sweep.axes[0].rows.length, ny: sweep.axes[1].rows.length }, filled, filename,
    };
  }
  const numeric = sweep.axes[0].params.length === 1 && sweep.axes[0].rows.every((r) => typeof r[0] === "number");
  const x = rows.map((r) => (numeric ? (sweep.axes[0].rows[r.cell][0] as number) : short(sweep, 0, r.cell)));
  const line = (name: string, y: (number | null)[], extra: Partial<SweepTrace>): SweepTrace => ({ type: "scatter", mode: "lines", name, x, y, text: rows.map((r) => hover(r, metric)), hovertemplate: "%{text}<extra></extra>", showlegend: true, ...extra });
  return {
    kind: "line",
    traces: [
      line("q1", rows.map((r) => r.q.q1), { line: { width: 0, color: "rgba(31,119,180,0.3)" }, showlegend: false, hovertemplate: undefined, hoverinfo: "skip" }),
      line("q1–q3 over repeats", rows.map((r) => r.q.q3), { fill: "tonexty", fillcolor: "rgba(31,119,180,0.25)", line: { width: 0, color: "rgba(31,119,180,0.3)" }, hovertemplate: undefined, hoverinfo: "skip" }),
      line("median", rows.map((r) => r.q.median), { mode: "lines+markers", line: { width: 2, color: "#1f77b4" }, marker: { size: 7, color: "#1f77b4" } }),
    ],
    xTitle: axisTitle(sweep, 0), yTitle: metric,
    xaxis: numeric ? {} : { type: "category" }, yaxis: { rangemode: "normal" },
    grid: { nx: rows.length, ny: 1 }, filled, filename,
  };
}
