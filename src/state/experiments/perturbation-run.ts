/**
 * The order-vs-chaos runner (the perturbation / Hamming-distance experiment, spec
 * experiments.md §4.3): for each condition (sorn, static, ip) and seed, the counting preset
 * (n = 8) is made plastic, frozen, and P times one E neuron is flipped in a copy of the state;
 * both copies then run H = 100 steps with the same input and noise, and d(t) counts the neurons
 * that differ. Optionally the spontaneous case too (no input, noise off). "perturbation.run" jobs
 * on the page's pool; quick (5,000 plastic steps, 20 flips; not the paper protocol) or full
 * (50,000 plastic steps, 50 flips, C22's run).
 */
import { CONDITIONS, type CountingCondition } from "../../experiments/counting/preset";
import { PERTURBATION_DEFAULTS, type PerturbationInput, type PerturbationJobSpec, type PerturbationRow } from "../../experiments/perturbation/job";
import { perturbationRunKind } from "../../experiments/perturbation/kind";
import { summarizePerturbation } from "../../experiments/perturbation/summary";
import { formParser, parseSeedCount, tickedChoices } from "./form-fields";
import { PoolRunModel, type PoolExperiment, type PoolRunBackend, type PoolRunState } from "./pool-run";

const D = PERTURBATION_DEFAULTS;

/** The run sizes (both: flips G = 200 frozen steps apart, horizon H = 100, noise off). */
export const PERTURBATION_SIZES = {
  quick: { label: "Quick: 5,000 plastic steps, 20 flips (not the paper protocol)", stepsPlastic: 5_000, perturbations: 20 },
  full: { label: "Full: 50,000 plastic steps, 50 flips 200 steps apart, H = 100 (the lab protocol of spec §4.3, C22's run)", stepsPlastic: D.stepsPlastic, perturbations: D.perturbations },
} as const;
export type PerturbationSize = keyof typeof PERTURBATION_SIZES;

/** What the form holds. */
export interface PerturbationForm {
  seeds: string;
  conditions: readonly CountingCondition[];
  /** Also the spontaneous case (no input in the frozen phase). */
  spontaneous: boolean;
  size: PerturbationSize;
}
type Field = "seeds" | "conditions";

/** A parsed form. */
export interface PerturbationPlan {
  size: PerturbationSize;
  seeds: number;
  conditions: CountingCondition[];
  inputs: PerturbationInput[];
  n: number;
  stepsPlastic: number;
  perturbations: number;
  gap: number;
  horizon: number;
  noise: boolean;
}

/** A finished run. */
export interface PerturbationResult {
  plan: PerturbationPlan;
  rows: PerturbationRow[];
  seconds: number;
}
export type PerturbationRunState = PoolRunState<PerturbationForm, Field, PerturbationResult>;

/** The form as a plan, or every field's refusal. */
export function parsePerturbationForm(form: PerturbationForm): { ok: true; plan: PerturbationPlan } | { ok: false; errors: Partial<Record<Field, string>> } {
  const { errors, take } = formParser<Field>();
  const seeds = take("seeds", () => parseSeedCount(form.seeds));
  const conditions = take("conditions", () => tickedChoices(form.conditions, CONDITIONS, "condition", "conditions"));
  if (!seeds || !conditions) return { ok: false, errors };
  const { stepsPlastic, perturbations } = PERTURBATION_SIZES[form.size];
  const inputs: PerturbationInput[] = form.spontaneous ? ["counting", "spontaneous"] : ["counting"];
  return { ok: true, plan: { size: form.size, seeds, conditions, inputs, n: D.n, stepsPlastic, perturbations, gap: D.gap, horizon: D.horizon, noise: D.noise } };
}

/** The jobs' specs: input-major, then condition, then seed (as `sorn preset perturbation`). */
export function perturbationSpecs(p: PerturbationPlan): PerturbationJobSpec[] {
  const specs: PerturbationJobSpec[] = [];
  for (const input of p.inputs)
    for (const condition of p.conditions)
      for (let seed = 0; seed < p.seeds; seed++) specs.push({ condition, seed, input, n: p.n, stepsPlastic: p.stepsPlastic, perturbations: p.perturbations, gap: p.gap, horizon: p.horizon, noise: p.noise });
  return specs;
}

/** The perturbation preset as a pool experiment. */
export const perturbationExperiment: PoolExperiment<PerturbationForm, Field, PerturbationPlan, PerturbationResult> = {
  name: "perturbation",
  defaultForm: () => ({ seeds: "5", conditions: [...CONDITIONS], spontaneous: true, size: "quick" }),
  parse: parsePerturbationForm,
  jobs: (plan) => perturbationSpecs(plan).map((s) => perturbationRunKind.job(s)),
  collect: (plan, results, seconds) => ({ plan, rows: results as PerturbationRow[], seconds }),
  document({ plan, rows, seconds }) {
    const { size, ...settings } = plan;
    const sizeNote = size === "quick" ? "quick size: 5,000 plastic steps and 20 flips, not the paper protocol (C22: 50,000 and 50)" : "the lab protocol of spec §4.3";
    return {
      body: { settings: { ...settings, size, sizeNote, seedRule: "engine seed S; letter stream RandomState((S + 1000) mod 2^32); flipped neurons randint(ne) from RandomState((S + 2000) mod 2^32)" }, results: rows, summary: summarizePerturbation(rows), seconds },
      filename: `sorn-perturbation-${size}-${plan.seeds}seeds.json`,
    };
  },
};

/** The runner. */
export function perturbationRunModel(backend: PoolRunBackend) {
  return new PoolRunModel(perturbationExperiment, backend);
}
export type PerturbationRunModel = ReturnType<typeof perturbationRunModel>;
