/**
 * Perturbation rows summarised per input × condition: the mean over seeds of d̄(k) at
 * k = 1, 2, 5, 10, 20, 50, 100 (those ≤ H) with the range over seeds, and the fraction dead at H.
 */
import { meanSd } from "../counting/sweep";
import { textTable } from "../table";
import type { PerturbationRow } from "./job";

/** The lags shown (spec §4.3's table). */
export const SHOWN_LAGS = [1, 2, 5, 10, 20, 50, 100] as const;

/** One cell: a condition under one input. */
export interface PerturbationCell {
  input: string;
  condition: string;
  seeds: number;
  /** Mean over seeds of d̄(k), k = 0…H. */
  d: number[];
  dead: { mean: number; min: number; max: number };
  meanRateE: number;
}

/** Mean curves per input × condition, in the rows' first-seen order. */
export function summarizePerturbation(rows: readonly PerturbationRow[]): PerturbationCell[] {
  const groups = new Map<string, PerturbationRow[]>();
  for (const r of rows) {
    const key = `${r.input}|${r.condition}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((g) => {
    const H = Math.min(...g.map((r) => r.d.length));
    const dead = g.map((r) => r.dead);
    return {
      input: g[0].input,
      condition: g[0].condition,
      seeds: g.length,
      d: Array.from({ length: H }, (_, k) => meanSd(g.map((r) => r.d[k])).mean),
      dead: { mean: meanSd(dead).mean, min: Math.min(...dead), max: Math.max(...dead) },
      meanRateE: meanSd(g.map((r) => r.meanRateE)).mean,
    };
  });
}

/** The cells as a table: d(k) mean [min–max over seeds], % dead at H. */
export function perturbationTable(rows: readonly PerturbationRow[]): string {
  const cells = summarizePerturbation(rows);
  const H = Math.max(0, ...cells.map((c) => c.d.length - 1));
  const lags = SHOWN_LAGS.filter((k) => k <= H);
  const body = cells.map((c) => {
    const g = rows.filter((r) => r.input === c.input && r.condition === c.condition);
    const at = (k: number) => {
      if (k >= c.d.length) return "";
      const v = g.map((r) => r.d[k]);
      return `${c.d[k].toFixed(2)} [${Math.min(...v).toFixed(2)}–${Math.max(...v).toFixed(2)}]`;
    };
    return [c.input, c.condition, String(c.seeds), ...lags.map(at), `${(100 * c.dead.mean).toFixed(0)} %`, c.meanRateE.toFixed(3)];
  });
  return textTable(["input", "condition", "seeds", ...lags.map((k) => `d(${k})`), `dead at H`, "rate E"], body);
}
