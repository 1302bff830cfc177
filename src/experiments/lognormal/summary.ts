/**
 * The lognormal rows as a text table: one line per run (seed) and a mean ± sd line, with the
 * connection fraction's minimum (and its step), c(T), c(T)/min, the lognormal fit (μ, σ of ln w)
 * and the skewness of w and ln w at the last step.
 */
import { meanSd } from "../counting/sweep";
import type { LognormalRow } from "./job";
import { textTable } from "../table";

const FIELDS = [
  ["c_min", (r: LognormalRow) => r.minFraction, 4],
  ["t_min", (r: LognormalRow) => r.minStep, 0],
  ["c(T)", (r: LognormalRow) => r.endFraction, 4],
  ["c(T)/c_min", (r: LognormalRow) => r.recovery, 2],
  ["μ ln w", (r: LognormalRow) => r.mu, 3],
  ["σ ln w", (r: LognormalRow) => r.sigma, 3],
  ["skew w", (r: LognormalRow) => r.skewW, 2],
  ["skew ln w", (r: LognormalRow) => r.skewLnW, 2],
  ["rate E", (r: LognormalRow) => r.meanRateE, 3],
] as const;

/** The table (see the module comment). */
export function lognormalTable(rows: readonly LognormalRow[]): string {
  const body = rows.map((r) => [String(r.seed), String(r.steps), ...FIELDS.map(([, f, d]) => f(r).toFixed(d))]);
  if (rows.length > 1) body.push(["mean ± sd", "", ...FIELDS.map(([, f, d]) => { const m = meanSd(rows.map(f)); return `${m.mean.toFixed(d)} ± ${m.sd.toFixed(d)}`; })]);
  return textTable(["seed", "steps", ...FIELDS.map(([h]) => h)], body);
}
