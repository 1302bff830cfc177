/**
 * Frames, axes and legends shared by the figures: the layout of plot areas, tick marks with
 * labels from d3 scales, axis titles with units, and a boxed legend. Pure string output.
 */
import { format, type ScaleLinear, type ScaleLogarithmic } from "d3";
import { el, HEADER_HEIGHT, text } from "./svg";

/** A plot area in px (the region inside the axes). */
export interface Panel {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One axis: value→px mapping, tick values and their labels, and the axis title. */
export interface AxisSpec {
  /** Maps a data value to a px coordinate. */
  pos: (v: number) => number;
  ticks: number[];
  format: (v: number) => string;
  /** Axis title including its unit, e.g. "time step" or "weight". */
  label: string;
}

/** Tick font size (px). */
export const TICK_SIZE = 11;
/** Axis title font size (px). */
export const LABEL_SIZE = 12;
/** Approximate width of `s` in DejaVu Sans at `size` px (non-ASCII glyphs count wider). */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) as number) < 128 ? 0.62 : 0.9;
  return w * size;
}

/** Margins around the plot area of a single-panel figure. */
export const MARGIN = { top: HEADER_HEIGHT, right: 24, bottom: 54, left: 70 };

/** The plot area of a `width`×`height` figure with standard margins. */
export function plotArea(width: number, height: number, margin = MARGIN): Panel {
  return {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
}

/** `cols` side-by-side plot areas in a `width`×`height` figure (room above each for a heading). */
export function panelRow(width: number, height: number, cols: number, gap = 76): Panel[] {
  const area = plotArea(width, height, { ...MARGIN, top: MARGIN.top + 18 });
  const w = (area.width - gap * (cols - 1)) / cols;
  return Array.from({ length: cols }, (_, i) => ({ ...area, x: area.x + i * (w + gap), width: w }));
}

/** Narrowest plot area of a panel side by side with others; narrower, {@link panelGrid} stacks them. */
export const MIN_PANEL_WIDTH = 200;

/**
 * `cols` plot areas of a `width`×`height` figure: side by side ({@link panelRow}) when each is at
 * least {@link MIN_PANEL_WIDTH} wide, else stacked in one column, each with its heading above and
 * its x axis below; stacked panels are 0.55 of their width tall, and the figure grows to hold
 * them, unless `fixedHeight` (a layout height) leaves them at least 80 units each.
 */
export function panelGrid(width: number, height: number, cols: number, fixedHeight = false, gap = 76): { panels: Panel[]; height: number } {
  const inner = width - MARGIN.left - MARGIN.right;
  if (cols === 1 || (inner - gap * (cols - 1)) / cols >= MIN_PANEL_WIDTH) return { panels: panelRow(width, height, cols, gap), height };
  const top = MARGIN.top + 18;
  const between = MARGIN.bottom + 28;
  const fitted = (height - top - MARGIN.bottom - between * (cols - 1)) / cols;
  if (fixedHeight && fitted < 80) return { panels: panelRow(width, height, cols, gap), height };
  const ph = fixedHeight ? fitted : Math.round(inner * 0.55);
  const panels = Array.from({ length: cols }, (_, i) => ({ x: MARGIN.left, y: top + i * (ph + between), width: inner, height: ph }));
  return { panels, height: fixedHeight ? height : top + cols * ph + (cols - 1) * between + MARGIN.bottom };
}

/** An axis from a linear scale, with about `count` ticks in d3's default format. */
export function linearAxis(scale: ScaleLinear<number, number>, label: string, count = 6): AxisSpec {
  return { pos: (v) => scale(v), ticks: scale.ticks(count), format: scale.tickFormat(count), label };
}

/** An axis from a linear scale with integer ticks only (for counts and indices). */
export function integerAxis(scale: ScaleLinear<number, number>, label: string, count = 6): AxisSpec {
  const ticks = scale.ticks(count).filter((v) => Number.isInteger(v));
  return { pos: (v) => scale(v), ticks, format: format("d"), label };
}

/**
 * An axis from a log scale: a tick at every 1–9 × 10^k, labelled at the powers of ten (and at
 * 2 and 5 × 10^k when the domain spans fewer than three decades).
 */
export function logAxis(scale: ScaleLogarithmic<number, number>, label: string): AxisSpec {
  const ticks = scale.ticks();
  const mantissa = (v: number): number => Math.round(v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9)));
  const decades = ticks.filter((v) => mantissa(v) === 1).length;
  const labelled = decades >= 3 ? [1] : [1, 2, 5];
  const f = format("~g");
  return { pos: (v) => scale(v), ticks, format: (v) => (labelled.includes(mantissa(v)) ? f(v) : ""), label };
}

/** The panel's border. */
export function frame(p: Panel): string {
  return el("rect", { x: p.x, y: p.y, width: p.width, height: p.height, fill: "none", stroke: "#000000" });
}

/** Light horizontal grid lines at the y ticks. */
export function gridY(p: Panel, axis: AxisSpec): string {
  return axis.ticks
    .map((t) => el("line", { x1: p.x, x2: p.x + p.width, y1: axis.pos(t), y2: axis.pos(t), stroke: "#e6e6e6" }))
    .join("");
}

/**
 * Which tick labels of an x axis to write so that none overlap: every k-th labelled tick, with
 * k the least integer such that k · (closest spacing of labelled ticks) ≥ widest label + 6 units.
 * Tick marks are all drawn; only labels are left out. Empty labels (log axes) do not count.
 */
export function thinLabels(positions: number[], labels: string[]): boolean[] {
  const shown = labels.map((l) => l !== "");
  const at = positions.filter((_, i) => shown[i]);
  if (at.length < 2) return shown;
  let spacing = Infinity;
  for (let i = 1; i < at.length; i++) spacing = Math.min(spacing, Math.abs(at[i] - at[i - 1]));
  const widest = Math.max(...labels.map((l) => textWidth(l, TICK_SIZE)));
  const k = Math.max(1, Math.ceil((widest + 6) / spacing));
  let n = 0;
  return shown.map((s) => s && n++ % k === 0);
}

/** Tick marks, tick labels (thinned by {@link thinLabels}) and the title of an x axis under the panel. */
export function axisBottom(p: Panel, axis: AxisSpec): string {
  const y0 = p.y + p.height;
  const xs = axis.ticks.map((t) => axis.pos(t));
  const labels = axis.ticks.map((t) => axis.format(t));
  const keep = thinLabels(xs, labels);
  const ticks = axis.ticks.map((_, i) => {
    const x = xs[i];
    return (
      el("line", { x1: x, x2: x, y1: y0, y2: y0 + 5, stroke: "#000000" }) +
      (keep[i] ? text(x, y0 + 18, labels[i], { "text-anchor": "middle", "font-size": TICK_SIZE }) : "")
    );
  });
  const title = text(p.x + p.width / 2, y0 + 38, axis.label, { "text-anchor": "middle", "font-size": LABEL_SIZE });
  return el("g", { class: "axis x" }, ticks.join("") + title);
}

/** Tick marks, tick labels and the (rotated) title of a y axis left of the panel. */
export function axisLeft(p: Panel, axis: AxisSpec): string {
  let widest = 0;
  const ticks = axis.ticks.map((t) => {
    const y = axis.pos(t);
    const label = axis.format(t);
    widest = Math.max(widest, textWidth(label, TICK_SIZE));
    return (
      el("line", { x1: p.x - 5, x2: p.x, y1: y, y2: y, stroke: "#000000" }) +
      text(p.x - 8, y + TICK_SIZE * 0.35, label, { "text-anchor": "end", "font-size": TICK_SIZE })
    );
  });
  const tx = p.x - 14 - widest;
  const ty = p.y + p.height / 2;
  const title = text(tx, ty, axis.label, {
    "text-anchor": "middle",
    "font-size": LABEL_SIZE,
    transform: `rotate(-90 ${Math.round(tx * 100) / 100} ${Math.round(ty * 100) / 100})`,
  });
  return el("g", { class: "axis y" }, ticks.join("") + title);
}

/** Both axes, grid and frame of a panel, in drawing order (grid first). */
export function axes(p: Panel, x: AxisSpec, y: AxisSpec): { under: string; over: string } {
  return { under: gridY(p, y), over: frame(p) + axisBottom(p, x) + axisLeft(p, y) };
}

/** A heading centred above a panel (used for multi-panel figures). */
export function panelTitle(p: Panel, title: string): string {
  return text(p.x + p.width / 2, p.y - 8, title, { "text-anchor": "middle", "font-size": LABEL_SIZE });
}

/** One legend entry: its label, colour and how its key is drawn. */
export interface LegendItem {
  label: string;
  color: string;
  kind: "line" | "dash" | "swatch" | "dot";
  /** The dash pattern of a "dash" key (default "5 3"). */
  dash?: string;
}

/** Width in px of a boxed legend with these labels. */
export const legendWidth = (labels: readonly string[]): number => 40 + Math.max(0, ...labels.map((l) => textWidth(l, TICK_SIZE)));

/** Height in px of a legend with `n` entries. */
export const legendHeight = (n: number): number => n * 16 + 8;

/**
 * The top of a y domain [lo, hi] raised so that the data stay below an inside legend of
 * `entries` rows in a panel `height` px tall.
 */
export function headroom(lo: number, hi: number, entries: number, height: number): number {
  const f = Math.min(0.6, (legendHeight(entries) + 14) / height);
  return lo + (hi - lo) / (1 - f);
}

/** Where a legend goes: inside the panel's top-right or top-left corner, right of the panel, or in one row under the x axis title. */
export type LegendPlace = "right" | "left" | "outside" | "below";

/** Extra bottom margin a "below" legend needs. */
export const BELOW_LEGEND = 24;

/** A boxed legend at `place` (default inside the top-right corner). */
export function legend(p: Panel, items: LegendItem[], place: LegendPlace = "right"): string {
  if (items.length === 0) return "";
  if (place === "below") return legendRow(p, items);
  const rowH = 16;
  const w = legendWidth(items.map((i) => i.label));
  const h = legendHeight(items.length);
  const x0 = place === "left" ? p.x + 8 : place === "outside" ? p.x + p.width + 10 : p.x + p.width - w - 8;
  const y0 = place === "outside" ? p.y : p.y + 8;
  const rows = items.map((it, i) => {
    const cy = y0 + 4 + rowH * i + rowH / 2;
    return legendKey(it, x0, cy) + text(x0 + 30, cy + TICK_SIZE * 0.35, it.label, { "font-size": TICK_SIZE });
  });
  const box = el("rect", {
    x: x0,
    y: y0,
    width: w,
    height: h,
    fill: "#ffffff",
    "fill-opacity": 0.85,
    stroke: "#999999",
  });
  return el("g", { class: "legend" }, box + rows.join(""));
}

/** The key of a legend entry (swatch, dot, line or dashed line) whose row is centred at `cy`. */
function legendKey(it: LegendItem, x0: number, cy: number): string {
  return it.kind === "swatch"
    ? el("rect", { x: x0 + 8, y: cy - 5, width: 16, height: 10, fill: it.color, "fill-opacity": 0.6 })
    : it.kind === "dot"
      ? el("circle", { cx: x0 + 16, cy, r: 3.5, fill: it.color })
      : el("line", { x1: x0 + 6, x2: x0 + 26, y1: cy, y2: cy, stroke: it.color, "stroke-width": 2, "stroke-dasharray": it.kind === "dash" ? (it.dash ?? "5 3") : undefined });
}

/** The entries in one unboxed row under the x axis title (left-aligned with the panel). */
function legendRow(p: Panel, items: LegendItem[]): string {
  const cy = p.y + p.height + 54 + BELOW_LEGEND / 2 - 4;
  let x = p.x - 8;
  const parts = items.map((it) => {
    const s = legendKey(it, x, cy) + text(x + 30, cy + TICK_SIZE * 0.35, it.label, { "font-size": TICK_SIZE });
    x += 40 + textWidth(it.label, TICK_SIZE);
    return s;
  });
  return el("g", { class: "legend" }, parts.join(""));
}
