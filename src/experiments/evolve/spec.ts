/**
 * The genetic search's spec (JSON) and its check. It names a sweep target and metric as the
 * fitness (`../sweep/targets/`), fixed `base` parameters, the `genes` (`./genes.ts`), repeats R per
 * genotype at the sweep seeds of `seed` (fitness = the `aggregate` of the R metric values:
 * mean, Spikey's default, median or min), and Spikey's Population settings: population n
 * (n_agents), generations (n_epoch), rates random / survivor / mutation / crossover (Spikey's
 * example defaults 0.1 / 0.1 / 0.3 / 0.5) plus perturb (0), maxAge (4), eligible (0.5), storing
 * (the fitness cache, 2n), sigma (0.1), stopAt (stop once a fitness reaches it; Spikey's "done").
 */
import { SornInputError } from "../../models/params/error";
import { checkSeed } from "../../models/params/seed";
import type { Json } from "../../pool/registry";
import { hashOf } from "../sweep/canonical";
import { findTarget, takesParam, targetIds, type SweepTarget } from "../sweep/targets/all";
import { normalGenes, type Gene } from "./genes";
import type { PopulationSettings } from "./population";

export const EVOLVE_FORMAT = "sorn-lab-evolve";
export const AGGREGATES = ["mean", "median", "min"] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/** A checked spec. */
export interface CheckedEvolve {
  readonly spec: Readonly<Record<string, Json>>;
  readonly hash: string;
  readonly target: SweepTarget;
  readonly base: Readonly<Record<string, Json>>;
  readonly genes: readonly Gene[];
  readonly metric: string;
  readonly aggregate: Aggregate;
  readonly repeats: number;
  readonly seed: number;
  readonly population: number;
  readonly generations: number;
  readonly storing: number;
  readonly stopAt: number | null;
  readonly settings: PopulationSettings;
}

const FIELDS = ["format", "name", "target", "base", "genes", "metric", "aggregate", "repeats", "seed", "population", "generations", "rates", "maxAge", "eligible", "storing", "sigma", "stopAt"];
const RATES = ["random", "survivor", "mutation", "crossover", "perturb"];

function number(v: unknown, where: string, ok: (x: number) => boolean, what: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || !ok(v)) throw new SornInputError(where, `must be ${what}, got ${JSON.stringify(v)}`);
  return v;
}
const int = (v: unknown, where: string, min: number) => number(v, where, (x) => Number.isSafeInteger(x) && x >= min, `an integer ≥ ${min}`);

/** Check `value` as an evolve spec (one SornInputError naming the first bad key). */
export function checkEvolve(value: unknown): CheckedEvolve {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new SornInputError("spec", "must be a JSON object { target, genes, metric, … }");
  const s = value as Record<string, unknown>;
  for (const k of Object.keys(s)) if (!FIELDS.includes(k)) throw new SornInputError(k, `unknown field of an evolve spec (fields: ${FIELDS.join(", ")})`);
  if (s.format !== undefined && s.format !== EVOLVE_FORMAT) throw new SornInputError("format", `must be '${EVOLVE_FORMAT}'`);
  const target = typeof s.target === "string" ? findTarget(s.target) : undefined;
  if (!target) throw new SornInputError("target", `unknown target ${JSON.stringify(s.target ?? null)} (targets: ${targetIds().join(", ")})`);
  const base = (s.base ?? {}) as Record<string, Json>;
  const genes = normalGenes(s.genes);
  for (const k of [...Object.keys(base), ...genes.map((g) => g.key)]) {
    if (!takesParam(target, k)) throw new SornInputError(k in base ? `base.${k}` : `genes.${k}`, `unknown parameter '${k}' of target ${target.id} (parameters: ${target.params.join(", ")})`);
  }
  if (typeof s.metric !== "string") throw new SornInputError("metric", `needs the fitness metric (e.g. ${target.metricExamples.join(", ")})`);
  const why = target.checkMetric(s.metric);
  if (why) throw new SornInputError("metric", why);
  const aggregate = (s.aggregate ?? "mean") as Aggregate;
  if (!AGGREGATES.includes(aggregate)) throw new SornInputError("aggregate", `must be one of ${AGGREGATES.join(", ")}, got ${JSON.stringify(s.aggregate)}`);
  const rates = (s.rates ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(rates)) if (!RATES.includes(k)) throw new SornInputError(`rates.${k}`, `unknown rate (rates: ${RATES.join(", ")})`);
  const rate = (k: string, d: number) => number(rates[k] ?? d, `rates.${k}`, (x) => x >= 0, "a number ≥ 0");
  const settings: PopulationSettings = {
    random: rate("random", 0.1), survivor: rate("survivor", 0.1), mutation: rate("mutation", 0.3), crossover: rate("crossover", 0.5), perturb: rate("perturb", 0),
    maxAge: int(s.maxAge ?? 4, "maxAge", 1),
    eligible: number(s.eligible ?? 0.5, "eligible", (x) => x > 0 && x <= 1, "in (0, 1]"),
    sigma: number(s.sigma ?? 0.1, "sigma", (x) => x > 0, "a number > 0"),
  };
  if (settings.random + settings.survivor + settings.mutation + settings.crossover + settings.perturb === 0) throw new SornInputError("rates", "need a nonzero rate");
  const population = int(s.population ?? 20, "population", 2);
  return {
    spec: value as Record<string, Json>, hash: hashOf(value), target, base, genes, metric: s.metric, aggregate,
    repeats: int(s.repeats ?? 1, "repeats", 1), seed: checkSeed(s.seed ?? 0, "seed"), population,
    generations: int(s.generations ?? 10, "generations", 1), storing: int(s.storing ?? 2 * population, "storing", 0),
    stopAt: s.stopAt === undefined || s.stopAt === null ? null : number(s.stopAt, "stopAt", () => true, "a number"),
    settings,
  };
}
