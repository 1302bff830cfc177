/**
 * The random-sequence memory runner (Del Papa's RandomSequenceTask, spec experiments.md §4.1):
 * i.i.d. symbols (A = 10, pools of 10 neurons, disjoint or overlapping) drive a SORN; after the
 * plastic phase a readout of x(t) is trained for the symbol k steps back, k = 0…19, and scored
 * on a test stretch: the memory curve perf(k) and the memory capacity. Conditions sorn, static,
 * ip; readouts least squares and the small multinomial logistic regression (Adam, 100
 * iterations). "random-sequence.run" jobs on the page's pool; quick (10,000 + 3,000 + 1,000
 * steps; not the paper protocol) or full (100,000 + 15,000 + 5,000).
 */
import { CONDITIONS, type CountingCondition } from "../../experiments/counting/preset";
import { RANDOM_SEQUENCE_READOUTS, type RandomSequenceJobSpec, type RandomSequenceReadout, type RandomSequenceRow } from "../../experiments/random-sequence/job";
import { randomSequenceRunKind } from "../../experiments/random-sequence/kind";
import { POOL_LAYOUTS, RANDOM_SEQUENCE_DEFAULTS, type PoolLayout } from "../../experiments/random-sequence/preset";
import { formParser, parseSeedCount, tickedChoices } from "./form-fields";
import { PoolRunModel, type PoolExperiment, type PoolRunBackend, type PoolRunState } from "./pool-run";

const D = RANDOM_SEQUENCE_DEFAULTS;

/** The run sizes. */
export const RANDOM_SEQUENCE_SIZES = {
  quick: { label: "Quick: 10,000 plastic + 3,000 training + 1,000 test steps (not the paper protocol)", stepsPlastic: 10_000, stepsTrain: 3_000, stepsTest: 1_000 },
  full: { label: "Full: 100,000 plastic + 15,000 training + 5,000 test steps (Del Papa's protocol, spec §4.1)", stepsPlastic: D.stepsPlastic, stepsTrain: D.stepsTrain, stepsTest: D.stepsTest },
} as const;
export type RandomSequenceSize = keyof typeof RANDOM_SEQUENCE_SIZES;

/** What the form holds. */
export interface RandomSequenceForm {
  seeds: string;
  conditions: readonly CountingCondition[];
  pools: readonly PoolLayout[];
  readouts: readonly RandomSequenceReadout[];
  size: RandomSequenceSize;
}
type Field = "seeds" | "conditions" | "pools" | "readouts";

/** A parsed form. */
export interface RandomSequencePlan {
  size: RandomSequenceSize;
  seeds: number;
  conditions: CountingCondition[];
  pools: PoolLayout[];
  readouts: RandomSequenceReadout[];
  alphabet: number;
  poolSize: number;
  stepsPlastic: number;
  stepsTrain: number;
  stepsTest: number;
  lags: number;
  logisticIterations: number;
}

/** A finished run. */
export interface RandomSequenceResult {
  plan: RandomSequencePlan;
  rows: RandomSequenceRow[];
  seconds: number;
}
export type RandomSequenceRunState = PoolRunState<RandomSequenceForm, Field, RandomSequenceResult>;

/** The form as a plan, or every field's refusal. */
export function parseRandomSequenceForm(form: RandomSequenceForm): { ok: true; plan: RandomSequencePlan } | { ok: false; errors: Partial<Record<Field, string>> } {
  const { errors, take } = formParser<Field>();
  const seeds = take("seeds", () => parseSeedCount(form.seeds));
  const conditions = take("conditions", () => tickedChoices(form.conditions, CONDITIONS, "condition", "conditions"));
  const pools = take("pools", () => tickedChoices(form.pools, POOL_LAYOUTS, "pool layout", "pools"));
  const readouts = take("readouts", () => tickedChoices(form.readouts, RANDOM_SEQUENCE_READOUTS, "readout", "readouts"));
  if (!seeds || !conditions || !pools || !readouts) return { ok: false, errors };
  const { stepsPlastic, stepsTrain, stepsTest } = RANDOM_SEQUENCE_SIZES[form.size];
  return { ok: true, plan: { size: form.size, seeds, conditions, pools, readouts, alphabet: D.alphabet, poolSize: D.poolSize, stepsPlastic, stepsTrain, stepsTest, lags: D.lags, logisticIterations: 100 } };
}

/** The jobs' specs: pools-major, then condition, then seed (as `sorn preset random-sequence`). */
export function randomSequenceSpecs(p: RandomSequencePlan): RandomSequenceJobSpec[] {
  const { alphabet, poolSize, stepsPlastic, stepsTrain, stepsTest, lags, readouts, logisticIterations } = p;
  const specs: RandomSequenceJobSpec[] = [];
  for (const pools of p.pools)
    for (const condition of p.conditions)
      for (let seed = 0; seed < p.seeds; seed++) specs.push({ condition, seed, pools, alphabet, poolSize, stepsPlastic, stepsTrain, stepsTest, lags, readouts, logisticIterations });
  return specs;
}

/** The random-sequence preset as a pool experiment. */
export const randomSequenceExperiment: PoolExperiment<RandomSequenceForm, Field, RandomSequencePlan, RandomSequenceResult> = {
  name: "random-sequence",
  defaultForm: () => ({ seeds: "3", conditions: [...CONDITIONS], pools: ["disjoint"], readouts: ["lsq"], size: "quick" }),
  parse: parseRandomSequenceForm,
  jobs: (plan) => randomSequenceSpecs(plan).map((s) => randomSequenceRunKind.job(s)),
  collect: (plan, results, seconds) => ({ plan, rows: (results as RandomSequenceRow[][]).flat(), seconds }),
  document({ plan, rows, seconds }) {
    const { size, ...settings } = plan;
    const sizeNote = size === "quick" ? "quick size: 10,000 + 3,000 + 1,000 steps, not the paper protocol (100,000 + 15,000 + 5,000)" : "Del Papa's protocol (spec §4.1)";
    return {
      body: {
        settings: { ...settings, size, sizeNote, readoutRule: "lsq: least squares (minimum norm, no ridge) on [x(t), 1], argmax; logistic: softmax regression on [x(t), 1], full-batch Adam (α 0.05, β 0.9/0.999, ε 1e-8) from W = 0 for logisticIterations steps, L2 1e-4 on the state weights, argmax", seedRule: "engine seed S; symbols randint(A) from RandomState((S + 1000) mod 2^32); overlapping pools from RandomState((S + 3000) mod 2^32)" },
        results: rows,
        seconds,
      },
      filename: `sorn-random-sequence-${size}-${plan.seeds}seeds.json`,
    };
  },
};

/** The runner. */
export function randomSequenceRunModel(backend: PoolRunBackend) {
  return new PoolRunModel(randomSequenceExperiment, backend);
}
export type RandomSequenceRunModel = ReturnType<typeof randomSequenceRunModel>;
