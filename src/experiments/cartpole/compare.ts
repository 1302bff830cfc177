/**
 * Seeds × variants (spec experiments.md §2.5, C13–C14): the run specs of a comparison, the
 * per-variant summary and the paired difference of held-out means with a bootstrap interval.
 *
 * Per run: last100 = the mean of the last 100 training scores; heldOut = the mean of the final
 * held-out evaluation (20 episodes, learning off). Per variant: the mean ± sd (population) of
 * these over the seeds, the mean fraction of held-out episodes at the limit, the runs aborted by
 * the docs' softmax (B3). Paired difference A − B: per seed heldOut(A) − heldOut(B) on the same
 * seed, its mean and a 95 % percentile bootstrap over seeds (stats.ts, seeded).
 */
import { SornInputError } from "../../models/params/error";
import { VARIANTS, type CartPoleMode, type CartPoleRunSpec, type CartPoleVariant } from "./options";
import type { CartPoleRunResult } from "./run";
import { bootstrapMean, lastMean, mean, sd, type BootstrapInterval } from "./stats";

/** A variant's name in reports: "docs" / "corrected" for the learner, the control's name otherwise (docs-… in docs mode). */
export function variantLabel(mode: CartPoleMode, variant: CartPoleVariant): string {
  if (variant === "plastic") return mode;
  return mode === "corrected" ? variant : `docs-${variant}`;
}

/** Run specs for every seed × variant, seed-major (seed s: its variants in order). */
export function compareSpecs(base: Omit<CartPoleRunSpec, "seed" | "variant">, variants: readonly CartPoleVariant[], seeds: readonly number[]): CartPoleRunSpec[] {
  if (!variants.length) throw new SornInputError("compare", `needs at least one variant (${VARIANTS.join(", ")})`);
  return seeds.flatMap((seed) => variants.map((variant) => ({ ...base, variant, seed })));
}

/** "plastic,frozen" → variants (unknown or repeated names are errors naming `argument`). */
export function parseVariants(text: string, argument = "compare"): CartPoleVariant[] {
  const items = text.split(",").map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new SornInputError(argument, `needs at least one variant (${VARIANTS.join(", ")})`);
  for (const s of items) if (!VARIANTS.includes(s as CartPoleVariant)) throw new SornInputError(argument, `unknown variant '${s}' (variants: ${VARIANTS.join(", ")})`);
  const dup = items.find((s, i) => items.indexOf(s) !== i);
  if (dup) throw new SornInputError(argument, `variant '${dup}' given twice`);
  return items as CartPoleVariant[];
}

export interface Spread {
  mean: number;
  sd: number;
  values: number[];
}

export interface VariantSummary {
  label: string;
  mode: CartPoleMode;
  variant: CartPoleVariant;
  seeds: number[];
  last100: Spread;
  heldOut: Spread;
  /** Mean over seeds of the final evaluation's fraction at the limit. */
  atLimit: number;
  /** Runs ended by the docs' softmax failure (B3). */
  aborted: number;
}

const spread = (values: number[]): Spread => ({ mean: mean(values), sd: sd(values), values });

/** The final held-out mean of a run (NaN without an evaluation or with an aborted one). */
export function heldOut(r: CartPoleRunResult): number {
  const e = r.evaluations.at(-1);
  return e && !e.aborted ? e.mean : NaN;
}

/** One summary per (mode, variant), in the order they first appear. */
export function summarizeRuns(results: readonly CartPoleRunResult[]): VariantSummary[] {
  const groups = new Map<string, CartPoleRunResult[]>();
  for (const r of results) {
    const key = variantLabel(r.run.mode, r.run.variant);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups].map(([label, rs]) => ({
    label,
    mode: rs[0].run.mode,
    variant: rs[0].run.variant,
    seeds: rs.map((r) => r.run.seed),
    last100: spread(rs.map((r) => lastMean(r.scores, 100))),
    heldOut: spread(rs.map(heldOut)),
    atLimit: mean(rs.map((r) => r.evaluations.at(-1)?.atLimit ?? NaN)),
    aborted: rs.filter((r) => r.aborted).length,
  }));
}

export interface PairedDifference {
  a: string;
  b: string;
  seeds: number[];
  /** heldOut(a) − heldOut(b) per seed (seeds where both have a number). */
  differences: number[];
  bootstrap: BootstrapInterval;
}

/** The paired difference of final held-out means, label a − label b, over the seeds both ran. */
export function pairedDifference(results: readonly CartPoleRunResult[], a: string, b: string, seed = 0): PairedDifference {
  const of = (label: string) => new Map(results.filter((r) => variantLabel(r.run.mode, r.run.variant) === label).map((r) => [r.run.seed, heldOut(r)]));
  const A = of(a);
  const B = of(b);
  const seeds = [...A.keys()].filter((s) => B.has(s) && Number.isFinite(A.get(s)!) && Number.isFinite(B.get(s)!));
  const differences = seeds.map((s) => A.get(s)! - B.get(s)!);
  return { a, b, seeds, differences, bootstrap: bootstrapMean(differences, { seed }) };
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");

/** The table: variant, seeds, last-100 training mean ± sd, held-out mean ± sd, at limit, aborted. */
export function summaryTable(summaries: readonly VariantSummary[]): string {
  const head = `${"variant".padEnd(14)} ${"seeds".padStart(5)}  ${"last-100 train".padStart(15)}  ${"held-out (final)".padStart(16)}  ${"at limit".padStart(8)}  aborted (B3)`;
  const rows = summaries.map((s) => {
    const pm = (x: Spread) => `${f1(x.mean)} ± ${f1(x.sd)}`;
    return `${s.label.padEnd(14)} ${String(s.seeds.length).padStart(5)}  ${pm(s.last100).padStart(15)}  ${pm(s.heldOut).padStart(16)}  ${(Number.isFinite(s.atLimit) ? `${(100 * s.atLimit).toFixed(0)} %` : "–").padStart(8)}  ${s.aborted}`;
  });
  return [head, ...rows].join("\n") + "\n";
}

/** "corrected − frozen (held-out): +3.2, 95 % bootstrap CI [−10.1, 15.0] over 10 seeds". */
export function differenceLine(d: PairedDifference): string {
  const b = d.bootstrap;
  const sign = (x: number) => (x >= 0 ? `+${f1(x)}` : f1(x));
  return `${d.a} − ${d.b} (held-out, paired by seed): ${sign(b.mean)}, ${Math.round(100 * b.level)} % bootstrap CI [${sign(b.lo)}, ${sign(b.hi)}] over ${d.seeds.length} seeds (${b.resamples} resamples, seed ${b.seed})`;
}
