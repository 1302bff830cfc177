/**
 * C19 and C20 of the spec (the headline comparison and the preset's dynamics,
 * `src/experiments/counting/criteria.ts`) as the page shows them: each check PASS or FAIL with
 * its numbers when the run has what it needs (its n, the conditions it compares, ≥ 10 seeds of
 * each, readout X; for C20's synapse count, the full plastic phase), else what it needs. A
 * quick-size run's verdicts carry a note: both are defined for the full protocol.
 */
import { criterionC19, criterionC20 } from "../../experiments/counting/criteria";
import type { CountingRow } from "../../experiments/counting/job";
import type { CountingCondition } from "../../experiments/counting/preset";
import type { CountingSize } from "./counting-settings";
import { quickNote, seedCount, showVerdicts, type VerdictsShown } from "./verdict-views";

export type { VerdictView } from "./verdict-views";

/** The seeds C19 asks for. */
export const C19_SEEDS = 10;

/** What each check of C19 needs (in criterionC19's order). */
const NEEDS: readonly { n: number; conditions: readonly CountingCondition[] }[] = [
  { n: 8, conditions: ["sorn"] },
  { n: 8, conditions: ["static"] },
  { n: 8, conditions: ["sorn", "static"] },
  { n: 12, conditions: ["sorn", "ip"] },
  { n: 30, conditions: ["sorn"] },
];

const PROTOCOL = "the full protocol (50,000 + 5,000 + 5,000 steps)";

/** The C19 checks of a run's rows, and a note for a quick run (or null). */
export function c19Views(rows: readonly CountingRow[], size: CountingSize): VerdictsShown {
  const verdicts = showVerdicts(criterionC19(rows), (_, i) => {
    const need = NEEDS[i];
    const enough = need.conditions.every((c) => seedCount(rows, (r) => r.readout === "X" && r.n === need.n && r.condition === c) >= C19_SEEDS);
    return enough ? null : `needs n = ${need.n} and ≥ ${C19_SEEDS} seeds (conditions ${need.conditions.join(" and ")}, readout X)`;
  });
  return { verdicts, note: quickNote(size, "C19", PROTOCOL) };
}

/** C20's checks (test-stretch E rate per condition, E→E synapses after the plastic phase). */
export function c20Views(rows: readonly CountingRow[], size: CountingSize): VerdictsShown {
  const conditions: CountingCondition[] = ["sorn", "ip", "static"];
  const verdicts = showVerdicts(criterionC20(rows), (_, i) => {
    const c = conditions[i] ?? "sorn";
    if (!rows.some((r) => r.readout === "X" && r.condition === c)) return `needs a run of condition ${c} with readout X`;
    return i === 3 && size === "quick" ? "needs the full size: the count is taken after 50,000 plastic steps (a quick run has 5,000)" : null;
  });
  return { verdicts, note: quickNote(size, "C20", PROTOCOL) };
}
