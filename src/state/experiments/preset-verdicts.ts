/**
 * C21, C22 and C23 of the spec (experiments.md §5) as the lognormal, perturbation and
 * random-sequence tabs show them: each check PASS or FAIL with its numbers when the run is the
 * criterion's (its seeds, steps, noise, conditions), else what the run lacks; a quick run's
 * verdicts are marked indicative. The criteria are the experiments' own
 * (`criterionC21`, `criterionC22`, `criterionC23`).
 */
import type { CountingCondition } from "../../experiments/counting/preset";
import { criterionC21 } from "../../experiments/lognormal/criteria";
import type { LognormalRow } from "../../experiments/lognormal/job";
import { ZHENG_NOISE_SIGMA } from "../../experiments/lognormal/preset";
import { criterionC22 } from "../../experiments/perturbation/criteria";
import type { PerturbationRow } from "../../experiments/perturbation/job";
import type { RandomSequenceRow } from "../../experiments/random-sequence/job";
import { criterionC23 } from "../../experiments/random-sequence/summary";
import type { LognormalPlan } from "./lognormal-run";
import { quickNote, seedCount, showVerdicts, type VerdictsShown } from "./verdict-views";

/** The seeds C21 and C22 are defined for. */
export const PRESET_SEEDS = 5;

/** C21 (lognormal: the dip, the recovery, the skewness) of a run. */
export function c21Views(rows: readonly LognormalRow[], plan: LognormalPlan): VerdictsShown {
  const lack = (): string | null => {
    if (plan.noiseSigma !== ZHENG_NOISE_SIGMA) return `needs σ = √0.05 (C21 is the Zheng preset); this run has σ = ${plan.noiseSigma}`;
    if (plan.steps < 120_000) return `needs runs of ≥ 1.2·10⁵ steps (the full size: 2·10⁵); this run has ${plan.steps.toLocaleString("en-US")}`;
    if (rows.length < PRESET_SEEDS) return `needs ${PRESET_SEEDS} seeds; this run has ${rows.length}`;
    return null;
  };
  return { verdicts: showVerdicts(criterionC21(rows), lack), note: quickNote(plan.size, "C21", "5 seeds × 2·10⁵ steps") };
}

/** The conditions each C22 check compares (in criterionC22's order). */
const C22_NEEDS: readonly (readonly CountingCondition[])[] = [["static"], ["sorn", "static"], ["ip", "static"]];

/** C22's statistical checks (static dies out; SORN's d(10) and IP-only's d(2) above static's) of a run. */
export function c22Views(rows: readonly PerturbationRow[], size: string): VerdictsShown {
  const verdicts = showVerdicts(criterionC22(rows), (_, i) => {
    const need = C22_NEEDS[i];
    const enough = need.every((c) => seedCount(rows, (r) => r.condition === c && r.input === "counting" && r.n === 8) >= PRESET_SEEDS);
    return enough ? null : `needs ≥ ${PRESET_SEEDS} seeds of ${need.join(" and ")} with the counting input`;
  });
  return { verdicts, note: quickNote(size, "C22", "50,000 plastic steps and 50 flips per run") };
}

/** C23's structural checks (perf(0) ≥ 0.95; perf(19) ≤ 1/A + 0.1) of a run. */
export function c23Views(rows: readonly RandomSequenceRow[], size: string): VerdictsShown {
  const verdicts = showVerdicts(criterionC23(rows), (_, i) => (rows.length === 0 ? "needs a finished run" : i === 1 && !rows.some((r) => r.perf.length >= 20) ? "needs lags k up to 19" : null));
  return { verdicts, note: quickNote(size, "C23", "100,000 + 15,000 + 5,000 steps") };
}
