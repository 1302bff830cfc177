/**
 * C19 of the spec (the headline comparison, `src/experiments/counting/criteria.ts`) as the page
 * shows it: each check PASS or FAIL with its numbers when the run has what it needs (its n, the
 * conditions it compares, ≥ 10 seeds of each, readout X), else what it needs. A quick-size run's
 * verdicts carry a note: C19 is defined for the full protocol.
 */
import { criterionC19 } from "../../experiments/counting/criteria";
import type { CountingRow } from "../../experiments/counting/job";
import type { CountingCondition } from "../../experiments/counting/preset";
import type { CountingSize } from "./counting-settings";

/** The seeds C19 asks for. */
export const C19_SEEDS = 10;

/** One check of C19 as shown. */
export interface VerdictView {
  id: string;
  rule: string;
  status: "PASS" | "FAIL" | "NEEDS";
  /** The measured numbers, or what the run lacks. */
  text: string;
}

/** What each check of C19 needs (in criterionC19's order). */
const NEEDS: readonly { n: number; conditions: readonly CountingCondition[] }[] = [
  { n: 8, conditions: ["sorn"] },
  { n: 8, conditions: ["static"] },
  { n: 8, conditions: ["sorn", "static"] },
  { n: 12, conditions: ["sorn", "ip"] },
  { n: 30, conditions: ["sorn"] },
];

/** The C19 checks of a run's rows, and a note for a quick run (or null). */
export function c19Views(rows: readonly CountingRow[], size: CountingSize): { verdicts: VerdictView[]; note: string | null } {
  const verdicts = criterionC19(rows).map((v, i): VerdictView => {
    const need = NEEDS[i];
    const enough = need.conditions.every((c) => new Set(rows.filter((r) => r.readout === "X" && r.n === need.n && r.condition === c).map((r) => r.seed)).size >= C19_SEEDS);
    if (!enough || v.status === "SKIP") {
      return { id: v.id, rule: v.rule, status: "NEEDS", text: `needs n = ${need.n} and ≥ ${C19_SEEDS} seeds (conditions ${need.conditions.join(" and ")}, readout X)` };
    }
    return { id: v.id, rule: v.rule, status: v.status === "PASS" ? "PASS" : "FAIL", text: v.measured };
  });
  const note = size === "quick" ? "Quick size: C19 is defined for the full protocol (50,000 + 5,000 + 5,000 steps); these verdicts are indicative only." : null;
  return { verdicts, note };
}
