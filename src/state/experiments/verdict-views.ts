/**
 * Acceptance criteria as the Experiments view shows them: each check PASS or FAIL with its
 * measured numbers when the run has what the check needs, else NEEDS with what the run lacks
 * (never a PASS for a run that cannot judge it). The criteria themselves are in
 * `src/experiments/<experiment>/criteria.ts` (or `summary.ts`).
 */
import type { Verdict } from "../../experiments/counting/criteria";

/** One check as shown. */
export interface VerdictView {
  id: string;
  rule: string;
  status: "PASS" | "FAIL" | "NEEDS";
  /** The measured numbers, or what the run lacks. */
  text: string;
}

/** A criterion's checks with a note for a run that is not the criterion's protocol (or null). */
export interface VerdictsShown {
  verdicts: VerdictView[];
  note: string | null;
}

/**
 * The checks as shown: `lacking(v, i)` says what the run lacks for check i (null: it has what
 * the check needs); a check the criterion skipped shows `skipped` (or its measured text).
 */
export function showVerdicts(verdicts: readonly Verdict[], lacking: (v: Verdict, i: number) => string | null, skipped?: string): VerdictView[] {
  return verdicts.map((v, i): VerdictView => {
    const lack = lacking(v, i);
    if (lack !== null) return { id: v.id, rule: v.rule, status: "NEEDS", text: lack };
    if (v.status === "SKIP") return { id: v.id, rule: v.rule, status: "NEEDS", text: skipped ?? v.measured };
    return { id: v.id, rule: v.rule, status: v.status, text: v.measured };
  });
}

/** The note under a quick run's verdicts. */
export function quickNote(size: string, criterion: string, protocol: string): string | null {
  return size === "quick" ? `Quick size: ${criterion} is defined for ${protocol}; these verdicts are indicative only.` : null;
}

/** The distinct seeds of `rows` that match `keep`. */
export function seedCount<R extends { seed: number }>(rows: readonly R[], keep: (r: R) => boolean): number {
  return new Set(rows.filter(keep).map((r) => r.seed)).size;
}
