/**
 * One histogram panel with optional overlays (a fitted curve, data points, labelled vertical
 * lines) on a linear or log x axis. Shared by the distribution figures.
 */
import { scaleLinear, scaleLog } from "d3";
import { axes, headroom, integerAxis, legend, legendWidth, linearAxis, logAxis, panelTitle, textWidth, TICK_SIZE, type LegendItem, type Panel } from "./axes";
import { bars, polyline, type Bin } from "./hist";
import { COLORS } from "./palette";
import { el, text } from "./svg";

/** A legend wider than this fraction of the panel is replaced by labels on the lines themselves. */
const MAX_LEGEND_FRACTION = 0.6;

/** A curve or point set in data coordinates. */
export interface Overlay {
  points: [number, number][];
  label: string;
  color: string;
}

/** What {@link histPanel} draws. */
export interface HistPanelSpec {
  panel: Panel;
  bins: Bin[];
  /** Bar heights (counts or densities), one per bin. */
  heights: number[];
  /** Legend label of the bars. */
  barLabel: string;
  xLabel: string;
  yLabel: string;
  /** Log-scaled x axis (all x must be > 0). */
  xLog?: boolean;
  /** Integer x ticks only. */
  integerX?: boolean;
  /** Integer y ticks only. */
  integerY?: boolean;
  curve?: Overlay;
  dots?: Overlay;
  vlines?: { x: number; label: string; color: string; dashed?: boolean }[];
  /** Heading above the panel. */
  title?: string;
}

/** Markup for one histogram panel (no document shell). */
export function histPanel(s: HistPanelSpec): string {
  const p = s.panel;
  const xs: number[] = [s.bins[0].x0, s.bins[s.bins.length - 1].x1];
  const ys: number[] = [0, ...s.heights];
  for (const o of [s.curve, s.dots]) {
    for (const [a, b] of o?.points ?? []) {
      xs.push(a);
      ys.push(b);
    }
  }
  for (const v of s.vlines ?? []) xs.push(v.x);
  const xlo = Math.min(...xs);
  const xhi = Math.max(...xs);
  const yhi = Math.max(...ys);
  const ylo = Math.min(...ys);
  const x = s.xLog
    ? scaleLog().domain([xlo, xhi]).nice().range([p.x, p.x + p.width])
    : scaleLinear()
        .domain([xlo, xhi === xlo ? xlo + 1 : xhi])
        .nice()
        .range([p.x, p.x + p.width]);
  const labels = [s.barLabel, ...(s.curve ? [s.curve.label] : []), ...(s.dots ? [s.dots.label] : []), ...(s.vlines ?? []).map((v) => v.label)];
  // A narrow panel (a composed cell at print size) labels its lines directly instead of boxing a legend over the bars.
  const direct = legendWidth(labels) > MAX_LEGEND_FRACTION * p.width;
  const top = headroom(ylo, yhi === ylo ? ylo + 1 : yhi, direct ? 0 : labels.length, p.height);
  const y = scaleLinear().domain([ylo, top]).nice().range([p.y + p.height, p.y]);
  const xAxis = s.xLog
    ? logAxis(x as ReturnType<typeof scaleLog<number, number>>, s.xLabel)
    : s.integerX
      ? integerAxis(x as ReturnType<typeof scaleLinear<number, number>>, s.xLabel)
      : linearAxis(x as ReturnType<typeof scaleLinear<number, number>>, s.xLabel);
  const yAxis = s.integerY ? integerAxis(y, s.yLabel, 5) : linearAxis(y, s.yLabel, 5);
  const ax = axes(p, xAxis, yAxis);

  const parts = [ax.under, bars(s.bins, s.heights, x, y, COLORS.bar)];
  const items: LegendItem[] = [{ label: s.barLabel, color: COLORS.bar, kind: "swatch" }];
  if (s.curve) {
    const d = polyline(s.curve.points.map(([a, b]) => [x(a), y(b)]));
    parts.push(el("path", { d, fill: "none", stroke: s.curve.color, "stroke-width": 2 }));
    items.push({ label: s.curve.label, color: s.curve.color, kind: "line" });
  }
  if (s.dots) {
    for (const [a, b] of s.dots.points) parts.push(el("circle", { cx: x(a), cy: y(b), r: 3, fill: s.dots.color }));
    items.push({ label: s.dots.label, color: s.dots.color, kind: "dot" });
  }
  let lastLabelled = -Infinity;
  for (const v of s.vlines ?? []) {
    const vx = x(v.x);
    parts.push(
      el("line", {
        x1: vx,
        x2: vx,
        y1: p.y,
        y2: p.y + p.height,
        stroke: v.color,
        "stroke-width": 1.5,
        "stroke-dasharray": v.dashed ? "5 3" : undefined,
      }),
    );
    items.push({ label: v.label, color: v.color, kind: v.dashed ? "dash" : "line" });
    // Read upward along the line, ending just below the frame's top; a line closer than a
    // label's height to the last labelled one stays unlabelled (its value is in the caption).
    const lx = vx - 3;
    const ly = p.y + 4;
    const room = Math.abs(vx - lastLabelled) >= TICK_SIZE + 3;
    if (direct && room) lastLabelled = vx;
    if (direct && room) parts.push(text(lx, ly, v.label, { "text-anchor": "end", "font-size": TICK_SIZE, fill: v.color, transform: `rotate(-90 ${Math.round(lx * 100) / 100} ${ly})`, class: "line-label" }));
  }
  if (direct && s.curve) {
    const [px, py] = s.curve.points.reduce((a, b) => (b[1] > a[1] ? b : a));
    const tx = Math.min(x(px) + 6, p.x + p.width - textWidth(s.curve.label, TICK_SIZE) - 3);
    parts.push(text(tx, Math.max(p.y + TICK_SIZE, y(py) - 4), s.curve.label, { "font-size": TICK_SIZE, fill: s.curve.color, class: "line-label" }));
  }
  parts.push(ax.over, direct ? "" : legend(p, items));
  if (s.title) parts.push(panelTitle(p, s.title));
  return el("g", { class: "panel" }, parts.join("\n"));
}

/** `count` x values evenly spaced over [lo, hi] (log-spaced when `log`). */
export function sampleX(lo: number, hi: number, count = 200, log = false): number[] {
  return Array.from({ length: count }, (_, i) => {
    const t = i / (count - 1);
    return log ? lo * Math.pow(hi / lo, t) : lo + (hi - lo) * t;
  });
}
