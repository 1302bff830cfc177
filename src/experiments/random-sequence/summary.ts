/**
 * Random-sequence rows summarised per pool layout × condition × readout: mean perf(k) over seeds at a few
 * lags (chance 1/A), the memory capacity mean ± sd, and criterion C23's structural checks
 * (spec experiments.md §5): perf(0) ≥ 0.95 and perf(19) ≤ 1/A + 0.1 in every run.
 */
import type { Verdict } from "../counting/criteria";
import { meanSd } from "../counting/sweep";
import { textTable } from "../table";
import type { RandomSequenceRow } from "./job";

const SHOWN = [0, 1, 2, 3, 4, 5, 10, 19];

function groups(rows: readonly RandomSequenceRow[]): RandomSequenceRow[][] {
  const g = new Map<string, RandomSequenceRow[]>();
  for (const r of rows) {
    const key = `${r.pools}|${r.condition}|${r.readout}`;
    g.set(key, [...(g.get(key) ?? []), r]);
  }
  return [...g.values()];
}

/** Mean memory curve of a group: mean over its rows of perf(k). */
export function meanCurve(rows: readonly RandomSequenceRow[]): number[] {
  const K = Math.min(...rows.map((r) => r.perf.length));
  return Array.from({ length: K }, (_, k) => meanSd(rows.map((r) => r.perf[k])).mean);
}

/** The table: pools, condition, seeds, perf(k) at the shown lags, MC, rate E. */
export function randomSequenceTable(rows: readonly RandomSequenceRow[]): string {
  const K = Math.max(0, ...rows.map((r) => r.perf.length));
  const lags = SHOWN.filter((k) => k < K);
  const body = groups(rows).map((g) => {
    const curve = meanCurve(g);
    const mc = meanSd(g.map((r) => r.capacity));
    return [g[0].pools, g[0].condition, g[0].readout, String(g.length), ...lags.map((k) => (k < curve.length ? curve[k].toFixed(3) : "")), `${mc.mean.toFixed(2)} ± ${mc.sd.toFixed(2)}`, meanSd(g.map((r) => r.meanRateE)).mean.toFixed(3)];
  });
  return textTable(["pools", "condition", "readout", "seeds", ...lags.map((k) => `perf(${k})`), "MC", "rate E"], body) + `(chance 1/A = ${rows.length ? (1 / rows[0].alphabet).toFixed(3) : "—"})\n`;
}

/** C23's structural checks over every run (those with ≥ 20 lags for the second). */
export function criterionC23(rows: readonly RandomSequenceRow[]): Verdict[] {
  const v = (id: string, rule: string, ok: boolean | null, measured: string): Verdict => ({ id, rule, status: ok === null ? "SKIP" : ok ? "PASS" : "FAIL", measured });
  const range = (x: number[]) => (x.length ? `${Math.min(...x).toFixed(3)}–${Math.max(...x).toFixed(3)} (${x.length} runs)` : "no runs");
  const p0 = rows.map((r) => r.perf[0]);
  const long = rows.filter((r) => r.perf.length >= 20);
  const p19 = long.map((r) => r.perf[19] - 1 / r.alphabet);
  return [
    v("C23 perf(0)", "perf(0) ≥ 0.95 in every run", rows.length ? p0.every((p) => p >= 0.95) : null, range(p0)),
    v("C23 perf(19)", "perf(19) ≤ 1/A + 0.1 in every run", long.length ? p19.every((p) => p <= 0.1) : null, `perf(19) − 1/A ${range(p19)}`),
  ];
}
