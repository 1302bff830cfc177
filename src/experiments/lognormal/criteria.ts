/**
 * Criterion C21 of spec experiments.md §5 on lognormal rows (Zheng preset, 5 seeds × 2·10⁵ steps),
 * checked in every run:
 *   the connection fraction's minimum lies at a step in [2·10⁴, 1.2·10⁵] and is < 0.03, and
 *   c(T) > 1.5 · c_min; at T, skewness(w ≥ 0.01) ≥ 2 and |skewness(ln w)| ≤ 0.8
 *   (cal, 2 seeds: min 0.012–0.014 at 5·10⁴, 0.040 at 2·10⁵; skew 4.5–5.1; ln-skew −0.34, +0.39).
 * Rows shorter than 1.2·10⁵ steps are not the criterion's runs: it is then skipped.
 */
import type { Verdict } from "../counting/criteria";
import type { LognormalRow } from "./job";

const range = (v: number[], d = 3) => (v.length ? `${Math.min(...v).toFixed(d)}–${Math.max(...v).toFixed(d)}` : "none");

function verdict(id: string, rule: string, ok: boolean | null, measured: string): Verdict {
  return { id, rule, status: ok === null ? "SKIP" : ok ? "PASS" : "FAIL", measured };
}

/** C21's three checks (the dip, the recovery, the skewness), each over every run. */
export function criterionC21(rows: readonly LognormalRow[]): Verdict[] {
  const runs = rows.filter((r) => r.steps >= 120_000);
  const some = runs.length > 0 ? true : null;
  const all = (f: (r: LognormalRow) => boolean) => (some ? runs.every(f) : null);
  const n = `${runs.length} runs`;
  return [
    verdict("C21 dip", "min connection fraction at a step in [2·10⁴, 1.2·10⁵] and < 0.03 (cal 0.012–0.014 at 5·10⁴)", all((r) => r.minStep >= 20_000 && r.minStep <= 120_000 && r.minFraction < 0.03), `min ${range(runs.map((r) => r.minFraction))} at steps ${range(runs.map((r) => r.minStep), 0)} (${n})`),
    verdict("C21 recovery", "c(T) > 1.5 · min (cal 0.039–0.040 at 2·10⁵, ≈ 3×)", all((r) => r.endFraction > 1.5 * r.minFraction), `c(T) ${range(runs.map((r) => r.endFraction))}, c(T)/min ${range(runs.map((r) => r.recovery), 2)} (${n})`),
    verdict("C21 skewness", "at T: skew(w ≥ 0.01) ≥ 2 and |skew(ln w)| ≤ 0.8 (cal 4.5–5.1; −0.34, +0.39)", all((r) => r.skewW >= 2 && Math.abs(r.skewLnW) <= 0.8), `skew(w) ${range(runs.map((r) => r.skewW), 2)}, skew(ln w) ${range(runs.map((r) => r.skewLnW), 2)}, sd ln w ${range(runs.map((r) => r.sigma), 2)} (${n})`),
  ];
}
