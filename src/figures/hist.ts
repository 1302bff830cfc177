/**
 * Histogram helpers shared by the distribution figures: binning (equal-width, unit-width for
 * small integer ranges, or log-spaced) with d3-array's `bin`, and drawing the bars.
 */
import { bin, line } from "d3";
import { el } from "./svg";
import { extent, type Numbers } from "./validate";

/** One histogram bin [x0, x1) with its count (the last bin includes its right edge). */
export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/** How to bin. */
export interface BinOptions {
  /** Number of equal-width (or log-spaced) bins (default 20). */
  bins?: number;
  /** Use unit-wide bins centred on integers when all values are integers and the range is ≤ 60. */
  integer?: boolean;
  /** Integer edges and width (about `bins` bins) when all values are integers. */
  integerWidth?: boolean;
  /** Log-spaced edges (values must be > 0). */
  log?: boolean;
}

/** The bin edges for `values` under `o` (ascending, at least two). */
export function binEdges(values: Numbers, o: BinOptions = {}): number[] {
  const [lo, hi] = extent(values);
  const k = o.bins ?? 20;
  let allInt = true;
  for (let i = 0; i < values.length && allInt; i++) allInt = Number.isInteger(values[i]);
  if (o.integer && allInt && hi - lo <= 60) return Array.from({ length: hi - lo + 2 }, (_, i) => lo - 0.5 + i);
  if (o.integerWidth && allInt) {
    const w = Math.max(1, Math.ceil((hi - lo + 1) / k));
    return Array.from({ length: Math.floor((hi - lo) / w) + 2 }, (_, i) => lo + i * w);
  }
  if (o.log) {
    if (lo <= 0) throw new Error(`histogram: log bins need positive values, got ${lo}`);
    if (lo === hi) return [lo / 1.1, hi * 1.1];
    const r = hi / lo;
    return Array.from({ length: k + 1 }, (_, i) => (i === 0 ? lo : i === k ? hi : lo * Math.pow(r, i / k)));
  }
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  return Array.from({ length: k + 1 }, (_, i) => (i === k ? hi : lo + ((hi - lo) * i) / k));
}

/** Bins `values` (already checked finite and non-empty) into {@link Bin}s. */
export function histogram(values: Numbers, o: BinOptions = {}): Bin[] {
  const edges = binEdges(values, o);
  const bins = bin<number, number>()
    .domain([edges[0], edges[edges.length - 1]])
    .thresholds(edges.slice(1, -1))(Array.from(values));
  return bins.map((b) => ({ x0: b.x0 as number, x1: b.x1 as number, count: b.length }));
}

/** Probability density of each bin: count / (total · width). */
export function densities(bins: Bin[]): number[] {
  const total = bins.reduce((s, b) => s + b.count, 0);
  return bins.map((b) => (total === 0 ? 0 : b.count / (total * (b.x1 - b.x0))));
}

/** Bars for `bins` with heights `heights`, mapped by the x and y scales. */
export function bars(
  bins: Bin[],
  heights: number[],
  x: (v: number) => number,
  y: (v: number) => number,
  color: string,
): string {
  const y0 = y(0);
  return bins
    .map((b, i) => {
      const left = x(b.x0);
      const top = y(heights[i]);
      return el("rect", {
        x: left,
        y: top,
        width: Math.max(0, x(b.x1) - left),
        height: Math.max(0, y0 - top),
        fill: color,
        stroke: "#ffffff",
        "stroke-width": 0.5,
      });
    })
    .join("");
}

/** An SVG path "M…L…" through the points, coordinates rounded to 2 decimals (d3-shape). */
export function polyline(points: [number, number][]): string {
  return line().digits(2)(points) ?? "";
}
