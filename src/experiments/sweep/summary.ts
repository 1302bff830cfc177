/**
 * Summaries of a sweep's results: per cell and metric, the quartiles over its repeats (numpy's
 * `percentile` with linear interpolation: for sorted x₀ ≤ … ≤ x_{m−1}, the q-quantile is
 * x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋) at h = q·(m − 1)), the mean and the count of values (null
 * values and failed points left out).
 */
import type { Json } from "../../pool/registry";
import type { PointResult } from "./result";

/** Five-number summary and mean of a list. */
export interface Quartiles {
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
}

/** numpy's linear-interpolation percentile of sorted `xs` at q ∈ [0, 1]. */
export function quantileSorted(xs: readonly number[], q: number): number {
  const h = q * (xs.length - 1);
  const lo = Math.floor(h);
  return lo + 1 < xs.length ? xs[lo] + (h - lo) * (xs[lo + 1] - xs[lo]) : xs[lo];
}

/** The {@link Quartiles} of the finite numbers among `values`. */
export function quartiles(values: readonly (number | null | undefined)[]): Quartiles {
  const xs = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return { n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null };
  const q = (p: number) => quantileSorted(xs, p);
  return { n: xs.length, min: xs[0], q1: q(0.25), median: q(0.5), q3: q(0.75), max: xs[xs.length - 1], mean: xs.reduce((a, b) => a + b, 0) / xs.length };
}

/** One cell's summary: its axis steps, parameters and each metric's quartiles. */
export interface CellSummary {
  cell: number;
  steps: readonly number[];
  params: Readonly<Record<string, Json>>;
  metrics: Record<string, Quartiles>;
  failed: number;
}

/** The cells of `points` (any order), each with its metrics' quartiles over repeats. */
export function summarizeCells(points: readonly PointResult[], metrics: readonly string[]): CellSummary[] {
  const byCell = new Map<number, PointResult[]>();
  for (const p of points) byCell.set(p.cell, [...(byCell.get(p.cell) ?? []), p]);
  return [...byCell.entries()].sort((a, b) => a[0] - b[0]).map(([cell, ps]) => {
    const first = ps.reduce((a, b) => (a.repeat <= b.repeat ? a : b));
    const m: Record<string, Quartiles> = {};
    for (const name of metrics) m[name] = quartiles(ps.map((p) => p.metrics?.[name]));
    return { cell, steps: first.steps, params: first.params, metrics: m, failed: ps.filter((p) => p.error !== undefined).length };
  });
}
