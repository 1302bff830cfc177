/**
 * A time-series line chart shared by the "over time" figures (population activity, connection
 * counts, Hamming distance, thresholds): x is the time step, one or more lines, an optional
 * shaded band, and a legend when there is more than one entry.
 */
import { area, line, scaleLinear } from "d3";
import { axes, headroom, integerAxis, legend, linearAxis, plotArea, type LegendItem } from "./axes";
import { el, figureSize, svgDocument, type FigureMeta } from "./svg";
import { checkNumbers, checkSameLength, checkScalar, extent, type Numbers } from "./validate";

/** One line of a {@link lineChart}. */
export interface Series {
  label: string;
  values: Numbers;
  color: string;
  /** Dashed ("5 3"), or `dash`'s own SVG dash pattern. */
  dashed?: boolean;
  dash?: string;
}

/** A shaded band between two sequences (e.g. min–max). */
export interface Band {
  label: string;
  lo: Numbers;
  hi: Numbers;
  color: string;
}

/** Everything {@link lineChart} draws. */
export interface LineChartSpec {
  /** Name used in error messages. */
  figure: string;
  meta: FigureMeta;
  subtitle?: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  band?: Band;
  /** Time step of the first sample (default 0). */
  t0?: number;
  /** Whether the y domain must include 0 (default true). */
  yZero?: boolean;
  /** Whether y ticks are integers only (counts). */
  integerY?: boolean;
  width?: number;
  height?: number;
}

/** Renders a {@link LineChartSpec} to a standalone SVG string; validates the data first. */
export function lineChart(s: LineChartSpec): string {
  const { figure } = s;
  if (s.series.length === 0) throw new Error(`${figure}: no series to draw`);
  const seqs: Record<string, Numbers> = {};
  for (const ser of s.series) {
    checkNumbers(figure, ser.label, ser.values);
    seqs[ser.label] = ser.values;
  }
  if (s.band) {
    checkNumbers(figure, `${s.band.label} (low)`, s.band.lo);
    checkNumbers(figure, `${s.band.label} (high)`, s.band.hi);
    seqs[`${s.band.label} (low)`] = s.band.lo;
    seqs[`${s.band.label} (high)`] = s.band.hi;
  }
  checkSameLength(figure, seqs);
  const t0 = s.t0 ?? 0;
  checkScalar(figure, "t0", t0);

  const { width, height } = figureSize(s.meta, s.width ?? 640, s.height ?? 380);
  const p = plotArea(width, height);
  const n = s.series[0].values.length;
  const xDomain: [number, number] = n > 1 ? [t0, t0 + n - 1] : [t0 - 0.5, t0 + 0.5];
  const x = scaleLinear().domain(xDomain).range([p.x, p.x + p.width]);

  let [lo, hi] = [Infinity, -Infinity];
  for (const v of Object.values(seqs)) {
    const [a, b] = extent(v);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  if (s.yZero ?? true) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= d;
    hi += d;
  }
  const span = hi - lo;
  hi += span * 0.04;
  if (!(s.yZero ?? true)) lo -= span * 0.04;
  const entries = s.series.length + (s.band ? 1 : 0);
  if (entries > 1) hi = headroom(lo, hi, entries, p.height);
  const y = scaleLinear().domain([lo, hi]).nice().range([p.y + p.height, p.y]);
  const xAxis = integerAxis(x, s.xLabel);
  const yAxis = s.integerY ? integerAxis(y, s.yLabel, 5) : linearAxis(y, s.yLabel, 5);

  const parts: string[] = [];
  const items: LegendItem[] = [];
  const ax = axes(p, xAxis, yAxis);
  parts.push(ax.under);
  if (s.band) {
    const b = s.band;
    const path = area<number>()
      .x((i) => x(t0 + i))
      .y0((i) => y(b.lo[i]))
      .y1((i) => y(b.hi[i]))
      .digits(2);
    const idx = Array.from({ length: n }, (_, i) => i);
    parts.push(el("path", { d: path(idx) ?? "", fill: b.color, "fill-opacity": 0.25, stroke: "none" }));
    items.push({ label: b.label, color: b.color, kind: "swatch" });
  }
  for (const ser of s.series) {
    const path = line<number>()
      .x((i) => x(t0 + i))
      .y((i) => y(ser.values[i]))
      .digits(2);
    const idx = Array.from({ length: n }, (_, i) => i);
    const dash = ser.dash ?? (ser.dashed ? "5 3" : undefined);
    parts.push(
      el("path", {
        d: path(idx) ?? "",
        fill: "none",
        stroke: ser.color,
        "stroke-width": 1.5,
        "stroke-linejoin": "round",
        "stroke-dasharray": dash,
      }),
    );
    if (n === 1) parts.push(el("circle", { cx: x(t0), cy: y(ser.values[0]), r: 3, fill: ser.color }));
    items.push({ label: ser.label, color: ser.color, kind: dash ? "dash" : "line", ...(dash ? { dash } : {}) });
  }
  parts.push(ax.over);
  if (items.length > 1) parts.push(legend(p, items));
  return svgDocument({ width, height, meta: s.meta, subtitle: s.subtitle, body: parts.join("\n") });
}
