/**
 * Criterion C21 of spec experiments.md §5 on lognormal rows (Zheng preset, 5 seeds × 2·10⁵ steps),
 * checked in every run:
 *   the connection fraction's minimum lies at a step in [2·10⁴, 1.2·10⁵] and is < 0.03, and
 *   c(T) > 1.5 · c_min; at T, skewness(w ≥ 0.01) ≥ 2 and |skewness(ln w)| ≤ {@link C21_LN_SKEW_ENGINE}
 *   (cal, 2 seeds: min 0.012–0.014 at 5·10⁴, 0.040 at 2·10⁵; skew 4.5–5.1; ln-skew −0.34, +0.39).
 *   The spec's |skew(ln w)| ≤ 0.8 came from those 2 numpy seeds; it is reported beside
 *   (`criterionC21(rows, C21_LN_SKEW_SPEC)`).
 * Rows shorter than 1.2·10⁵ steps are not the criterion's runs: it is then skipped.
 */
import type { Verdict } from "../counting/criteria";
import type { LognormalRow } from "./job";

const range = (v: number[], d = 3) => (v.length ? `${Math.min(...v).toFixed(d)}–${Math.max(...v).toFixed(d)}` : "none");

function verdict(id: string, rule: string, ok: boolean | null, measured: string): Verdict {
  return { id, rule, status: ok === null ? "SKIP" : ok ? "PASS" : "FAIL", measured };
}

/** The spec's bound on |skew(ln w)| at T, from its numpy calibration (2 seeds). */
export const C21_LN_SKEW_SPEC = 0.8;

/**
 * The bound locked from this engine's calibration run (spec §5, Q13): seeds 0–4 × 2·10⁵ steps
 * (`npm run experiments:presets -- --presets lognormal --seed-from 0`, 2026-12-03) gave
 * skew(ln w) −1.08, −0.10, +0.57, −0.83, −0.69; max |·| 1.08 rounded outward to 0.1. Scored on
 * the held-out seeds 5–9 (the check's default), never on seeds 0–4.
 */
export const C21_LN_SKEW_ENGINE = 1.1;

/** C21's three checks (the dip, the recovery, the skewness), each over every run; `lnSkewMax` bounds |skew(ln w)|. */
export function criterionC21(rows: readonly LognormalRow[], lnSkewMax = C21_LN_SKEW_ENGINE): Verdict[] {
  const runs = rows.filter((r) => r.steps >= 120_000);
  const some = runs.length > 0 ? true : null;
  const all = (f: (r: LognormalRow) => boolean) => (some ? runs.every(f) : null);
  const n = `${runs.length} runs`;
  return [
    verdict("C21 dip", "min connection fraction at a step in [2·10⁴, 1.2·10⁵] and < 0.03 (cal 0.012–0.014 at 5·10⁴)", all((r) => r.minStep >= 20_000 && r.minStep <= 120_000 && r.minFraction < 0.03), `min ${range(runs.map((r) => r.minFraction))} at steps ${range(runs.map((r) => r.minStep), 0)} (${n})`),
    verdict("C21 recovery", "c(T) > 1.5 · min (cal 0.039–0.040 at 2·10⁵, ≈ 3×)", all((r) => r.endFraction > 1.5 * r.minFraction), `c(T) ${range(runs.map((r) => r.endFraction))}, c(T)/min ${range(runs.map((r) => r.recovery), 2)} (${n})`),
    verdict(lnSkewMax === C21_LN_SKEW_ENGINE ? "C21 skewness" : "C21 skewness (spec bound)", `at T: skew(w ≥ 0.01) ≥ 2 and |skew(ln w)| ≤ ${lnSkewMax} (${lnSkewMax === C21_LN_SKEW_ENGINE ? "engine cal, seeds 0–4: −1.08…+0.57" : "spec"}; numpy cal 4.5–5.1; −0.34, +0.39)`, all((r) => r.skewW >= 2 && Math.abs(r.skewLnW) <= lnSkewMax), `skew(w) ${range(runs.map((r) => r.skewW), 2)}, skew(ln w) ${range(runs.map((r) => r.skewLnW), 2)}, sd ln w ${range(runs.map((r) => r.sigma), 2)} (${n})`),
  ];
}
