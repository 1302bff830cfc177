/**
 * The statistical criteria of the cart-pole example (spec experiments.md §5 C12–C14), each with
 * the measured numbers beside the calibration's (§2.6, a numpy re-implementation with its own RNG;
 * §6 Q13 asks for both sets to be recorded).
 *
 *  C12 docs-faithful: the mean of the last 100 training scores ≤ 35 in ≥ 80 % of the seeds (8/10)
 *      (cal: 21.4–24.3 in 600 episodes).
 *  C13 corrected: the mean over seeds of the last-100 means ≥ docs' + 10 (cal: 47 vs 23); raw
 *      linear policy: last-100 mean ≥ 120 in ≥ 80 % of the seeds (cal: 152–163); held-out
 *      (20 episodes, learning off) reported with mean ± sd for every variant.
 *  C14 corrected − frozen: the paired difference of held-out means with a 95 % bootstrap interval,
 *      reported without a verdict (cal: no advantage at 20 plasticity episodes).
 */
import { pairedDifference, summarizeRuns, type PairedDifference, type VariantSummary } from "./compare";
import type { CartPoleRunResult } from "./run";

export type Status = "PASS" | "FAIL" | "SKIP" | "REPORT";

export interface Verdict {
  id: string;
  status: Status;
  /** What was measured, in words and numbers. */
  measured: string;
  /** The criterion and the calibration's numbers. */
  expected: string;
}

/** The calibration's training scores (mean of the last 100 of 600 episodes, 3 seeds; §2.6). */
export const CALIBRATION_600: Readonly<Record<string, string>> = {
  docs: "23.2, 24.3, 21.4 (0 episodes at 200)",
  corrected: "35.8, 77.7, 28.3 (0–3 at 200)",
  frozen: "35.5, 64.6, 64.0 (0–1 at 200)",
  raw: "152.5, 159.4, 162.6 (55–114 at 200)",
  random: "≈ 22",
};

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const list = (xs: number[]) => xs.map(f1).join(", ");

export interface CartPoleCheck {
  summaries: VariantSummary[];
  difference: PairedDifference | null;
  verdicts: Verdict[];
}

/** The verdicts over runs of the variants labelled docs, corrected, frozen, raw, random. */
export function cartPoleCriteria(results: readonly CartPoleRunResult[]): CartPoleCheck {
  const summaries = summarizeRuns(results);
  const by = new Map(summaries.map((s) => [s.label, s]));
  const verdicts: Verdict[] = [];
  const docs = by.get("docs");
  const corrected = by.get("corrected");
  const raw = by.get("raw");
  const share = (xs: number[], ok: (x: number) => boolean) => ({ k: xs.filter(ok).length, n: xs.length, need: Math.ceil(0.8 * xs.length) });

  if (docs) {
    const c = share(docs.last100.values, (x) => x <= 35);
    verdicts.push({ id: "C12", status: c.k >= c.need ? "PASS" : "FAIL", measured: `docs last-100 means ${list(docs.last100.values)}; ≤ 35 in ${c.k}/${c.n} seeds${docs.aborted ? `; ${docs.aborted} runs ended by the softmax overflow (B3)` : ""}`, expected: `≤ 35 in ≥ ${c.need}/${c.n} seeds (cal: ${CALIBRATION_600.docs})` });
  } else verdicts.push({ id: "C12", status: "SKIP", measured: "no docs runs", expected: "docs-faithful runs" });

  if (docs && corrected) {
    const ok = corrected.last100.mean >= docs.last100.mean + 10;
    verdicts.push({ id: "C13 corrected vs docs", status: ok ? "PASS" : "FAIL", measured: `corrected ${f1(corrected.last100.mean)} ± ${f1(corrected.last100.sd)} vs docs ${f1(docs.last100.mean)} ± ${f1(docs.last100.sd)} (difference ${f1(corrected.last100.mean - docs.last100.mean)})`, expected: `corrected ≥ docs + 10 (cal: 47 vs 23)` });
  } else verdicts.push({ id: "C13 corrected vs docs", status: "SKIP", measured: "needs docs and corrected runs", expected: "corrected ≥ docs + 10" });

  if (raw) {
    const c = share(raw.last100.values, (x) => x >= 120);
    verdicts.push({ id: "C13 raw linear policy", status: c.k >= c.need ? "PASS" : "FAIL", measured: `raw last-100 means ${list(raw.last100.values)}; ≥ 120 in ${c.k}/${c.n} seeds`, expected: `≥ 120 in ≥ ${c.need}/${c.n} seeds (cal: ${CALIBRATION_600.raw})` });
  } else verdicts.push({ id: "C13 raw linear policy", status: "SKIP", measured: "no raw runs", expected: "raw-observation runs" });

  const missing = summaries.filter((s) => s.heldOut.values.some((v) => !Number.isFinite(v)));
  verdicts.push({
    id: "C13 held-out reported",
    status: missing.length ? "FAIL" : "PASS",
    measured: summaries.map((s) => `${s.label} ${f1(s.heldOut.mean)} ± ${f1(s.heldOut.sd)}`).join("; ") + (missing.length ? `; missing for ${missing.map((s) => s.label).join(", ")}` : ""),
    expected: "mean ± sd of the final held-out evaluation (20 episodes, learning off) for every variant",
  });

  const difference = corrected && by.get("frozen") ? pairedDifference(results, "corrected", "frozen") : null;
  if (difference) {
    const b = difference.bootstrap;
    verdicts.push({ id: "C14 corrected − frozen", status: "REPORT", measured: `held-out difference ${f1(b.mean)}, 95 % bootstrap CI [${f1(b.lo)}, ${f1(b.hi)}] over ${difference.seeds.length} seeds (per seed: ${list(difference.differences)})`, expected: "reported, no pass/fail on its sign (cal: no advantage at 20 plasticity episodes)" });
  } else verdicts.push({ id: "C14 corrected − frozen", status: "SKIP", measured: "needs corrected and frozen runs", expected: "paired difference with a bootstrap CI" });
  return { summaries, difference, verdicts };
}

/** One line per verdict: "PASS  C12  measured … | expected …". */
export function verdictLines(verdicts: readonly Verdict[]): string {
  return verdicts.map((v) => `${v.status.padEnd(6)} ${v.id}: ${v.measured}\n       criterion: ${v.expected}`).join("\n") + "\n";
}
