/**
 * The counting runner's settings form (spec experiments.md §3.3, §3.5): n values, seeds, the
 * conditions and readouts, and the size of each run — "quick" (5,000 plastic + 1,000 training +
 * 1,000 test steps: a look in seconds, not the paper protocol) or "full" (the protocol's
 * 50,000 + 5,000 + 5,000). Parsed with the CLI's parsers, so a refusal reads as `sorn preset
 * counting` says it, one message per field.
 */
import type { CountingSweep } from "../../experiments/counting/sweep";
import { PAGE_MAX_SEEDS, formParser, parseSeedCount } from "./form-fields";
import { CONDITIONS, READOUTS, parseConditions, parseCounts, parseReadouts, type CountingCondition, type CountingReadout } from "../../experiments/counting/preset";

/** The run sizes. */
export const COUNTING_SIZES = {
  quick: { label: "Quick: 5,000 plastic + 1,000 training + 1,000 test steps (not the paper protocol)", stepsPlastic: 5_000, stepsTrain: 1_000, stepsTest: 1_000 },
  full: { label: "Full: 50,000 plastic + 5,000 training + 5,000 test steps (the protocol of Lazar et al. 2009, spec §3.3)", stepsPlastic: 50_000, stepsTrain: 5_000, stepsTest: 5_000 },
} as const;
export type CountingSize = keyof typeof COUNTING_SIZES;

/** The largest n and seed count the page takes (the CLI takes more). */
export const PAGE_MAX_N = 200;
export { PAGE_MAX_SEEDS };

/** What the form holds, as typed. */
export interface CountingForm {
  n: string;
  seeds: string;
  conditions: readonly CountingCondition[];
  readouts: readonly CountingReadout[];
  size: CountingSize;
}

/** A field's refusal, by field. */
export type CountingFormErrors = Partial<Record<"n" | "seeds" | "conditions" | "readouts", string>>;

/** The form a first visit shows: n = 8, 10 seeds, every condition and readout, quick. */
export function defaultCountingForm(): CountingForm {
  return { n: "8", seeds: "10", conditions: [...CONDITIONS], readouts: [...READOUTS], size: "quick" };
}

/** The form as a sweep, or every field's refusal. */
export function parseCountingForm(form: CountingForm): { ok: true; sweep: CountingSweep; size: CountingSize } | { ok: false; errors: CountingFormErrors } {
  const { errors, take } = formParser<keyof CountingFormErrors>();
  const n = take("n", () => {
    const ns = parseCounts(form.n, "n");
    const big = ns.find((v) => v > PAGE_MAX_N);
    if (big !== undefined) throw new Error(`n: at most ${PAGE_MAX_N} in the page, got ${big}`);
    const dup = ns.find((v, i) => ns.indexOf(v) !== i);
    if (dup !== undefined) throw new Error(`n: ${dup} given twice`);
    return ns;
  });
  const seeds = take("seeds", () => parseSeedCount(form.seeds, PAGE_MAX_SEEDS));
  const conditions = take("conditions", () => parseConditions(form.conditions.join(","), "conditions"));
  const readouts = take("readouts", () => parseReadouts(form.readouts.join(","), "readouts"));
  if (!n || !seeds || !conditions || !readouts) return { ok: false, errors };
  const { stepsPlastic, stepsTrain, stepsTest } = COUNTING_SIZES[form.size];
  // The conditions in the preset's order, whatever order they were ticked in.
  const ordered = CONDITIONS.filter((c) => conditions.includes(c));
  return { ok: true, size: form.size, sweep: { n, seeds, conditions: ordered, readouts: READOUTS.filter((r) => readouts.includes(r)), stepsPlastic, stepsTrain, stepsTest, ridge: 0 } };
}
