/**
 * The lognormal-weights runner (Zheng, Dimitrakakis & Triesch 2013; spec experiments.md §4.2):
 * seeds 0…K−1 of the Zheng preset (no input, all five rules, noise σ = √0.05 on E and I — the
 * source's; the sorn package's default is 0.04, offered as the other choice) as "lognormal.run"
 * jobs on the page's pool. Sizes: quick (5·10⁴ steps, to the calibration's dip; not the paper
 * protocol) or full (the page's 2·10⁵ steps, C21's run); optionally the weight lifetimes (every
 * E→E synapse from creation by SP to pruning; ~1.5–2× the run time). The view state is the seed
 * whose weight histogram is shown.
 */
import type { LognormalJobSpec, LognormalRow } from "../../experiments/lognormal/job";
import { lognormalRunKind } from "../../experiments/lognormal/kind";
import { LOGNORMAL_DEFAULTS, ZHENG_NOISE_SIGMA } from "../../experiments/lognormal/preset";
import { formParser, parseSeedCount } from "./form-fields";
import { PoolRunModel, type PoolExperiment, type PoolRunBackend, type PoolRunState } from "./pool-run";

/** The run sizes. */
export const LOGNORMAL_SIZES = {
  quick: { label: "Quick: 50,000 steps per seed, to the dip (not the paper protocol: C21 needs 2·10⁵)", steps: 50_000, checkpoints: [10_000] },
  full: { label: "Full: 200,000 steps per seed (the page's protocol of spec §4.2, C21's run; Zheng ran 5·10⁶)", steps: 200_000, checkpoints: [10_000, 100_000] },
} as const;
export type LognormalSize = keyof typeof LOGNORMAL_SIZES;

/** The noise choices: the source's σ = √0.05 (the preset) or the package's default 0.04. */
export const LOGNORMAL_NOISE = {
  zheng: { label: `σ = √0.05 ≈ ${ZHENG_NOISE_SIGMA.toFixed(4)} on E and I (Zheng's source file; the preset)`, sigma: ZHENG_NOISE_SIGMA },
  package: { label: "σ = 0.04 (the sorn package's default: a different experiment, spec §6 Q5)", sigma: 0.04 },
} as const;
export type LognormalNoise = keyof typeof LOGNORMAL_NOISE;

/** What the form holds. */
export interface LognormalForm {
  seeds: string;
  noise: LognormalNoise;
  size: LognormalSize;
  /** Follow the weight lifetimes. */
  lifetimes: boolean;
}
type Field = "seeds";

/** A parsed form. */
export interface LognormalPlan {
  size: LognormalSize;
  seeds: number;
  steps: number;
  every: number;
  checkpoints: number[];
  bins: number;
  noiseSigma: number;
  lifetimes: boolean;
}

/** A finished run. */
export interface LognormalResult {
  plan: LognormalPlan;
  rows: LognormalRow[];
  seconds: number;
}

/** The histogram's seed. */
interface LognormalView {
  seed: number;
}
export type LognormalRunState = PoolRunState<LognormalForm, Field, LognormalResult, LognormalView>;

/** The form as a plan, or the seed field's refusal. */
export function parseLognormalForm(form: LognormalForm): { ok: true; plan: LognormalPlan } | { ok: false; errors: Partial<Record<Field, string>> } {
  const { errors, take } = formParser<Field>();
  const seeds = take("seeds", () => parseSeedCount(form.seeds));
  if (!seeds) return { ok: false, errors };
  const { steps, checkpoints } = LOGNORMAL_SIZES[form.size];
  return { ok: true, plan: { size: form.size, seeds, steps, every: LOGNORMAL_DEFAULTS.every, checkpoints: [...checkpoints], bins: LOGNORMAL_DEFAULTS.bins, noiseSigma: LOGNORMAL_NOISE[form.noise].sigma, lifetimes: form.lifetimes } };
}

/** The jobs' specs: one per seed. */
export function lognormalSpecs(p: LognormalPlan): LognormalJobSpec[] {
  return Array.from({ length: p.seeds }, (_, seed) => ({ seed, steps: p.steps, every: p.every, checkpoints: p.checkpoints, bins: p.bins, noiseSigma: p.noiseSigma, lifetimes: p.lifetimes }));
}

/** The lognormal preset as a pool experiment. */
export const lognormalExperiment: PoolExperiment<LognormalForm, Field, LognormalPlan, LognormalResult> = {
  name: "lognormal",
  defaultForm: () => ({ seeds: "5", noise: "zheng", size: "quick", lifetimes: false }),
  parse: parseLognormalForm,
  jobs: (plan) => lognormalSpecs(plan).map((s) => lognormalRunKind.job(s)),
  collect: (plan, results, seconds) => ({ plan, rows: results as LognormalRow[], seconds }),
  document({ plan, rows, seconds }) {
    const { size, ...settings } = plan;
    const sizeNote = size === "quick" ? "quick size: 50,000 steps, not the paper protocol (C21 needs 2·10⁵ steps)" : "the page's protocol of spec §4.2 (2·10⁵ steps)";
    const noiseNote = plan.noiseSigma === ZHENG_NOISE_SIGMA ? "σ = √0.05, the source's (the sorn package's default is 0.04)" : `σ = ${plan.noiseSigma}, not the Zheng preset's √0.05`;
    return {
      body: { settings: { ...settings, size, sizeNote, noiseNote, seedRule: "engine seed S (np.random.seed(S); random.seed(S)); no input" }, results: rows, seconds },
      filename: `sorn-lognormal-${size}-${plan.seeds}seeds.json`,
    };
  },
};

/** The runner. */
export function lognormalRunModel(backend: PoolRunBackend) {
  return new PoolRunModel(lognormalExperiment, backend, { seed: 0 } as LognormalView);
}
export type LognormalRunModel = ReturnType<typeof lognormalRunModel>;
