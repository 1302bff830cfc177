/**
 * One perturbation job (spec experiments.md §4.3, criterion C22): (condition, seed) → one row.
 * A pure function of its JSON spec, so the worker pool can run it by name ("perturbation.run").
 *
 *  1. the counting preset's network and plastic phase (`runCountingJob`'s steps 1–2: n = 8 by
 *     default, the condition's rules, P_pl = 50,000 steps, noise off);
 *  2. freeze (phase 'training'); the reference runs on with input u(t) — the counting stream
 *     continued (`input: "counting"`) or none (`"spontaneous"`: u = 0, the network's own activity);
 *  3. P = 50 times, G = 200 reference steps apart (at steps P_pl + G, P_pl + 2G, …): copy the
 *     whole state twice, flip x_n(t) ← 1 − x_n(t) of E neuron n in one copy, n = `randint(ne)` from
 *     the job's own stream numpy `RandomState((S + 2000) mod 2^32)`, run both copies H = 100 steps
 *     with the same input and the same noise (`perturbationExperiment`), recording
 *     d_p(k) = #{i : x_i(k) ≠ x̃_i(k)}, k = 0…H (d_p(0) = 1);
 *  4. the row: the mean curve d̄(k) = (1/P) Σ_p d_p(k), the fraction dead at H
 *     (#{p : d_p(H) = 0} / P), the reference's mean E rate over the frozen steps and the E→E
 *     synapse count after the plastic phase.
 */
import { NumpyRandom } from "../../models/rng/numpy-random";
import { SornInputError } from "../../models/params/error";
import { checkSeed } from "../../models/params/seed";
import { zeroInput, type InputSource } from "../../models/inputs";
import { SornNetwork } from "../../models/sorn/network";
import { perturbationExperiment } from "../../models/sorn/perturbation";
import { CONDITIONS, CONDITION_FREEZE, countingParams, jobSeeds, type CountingCondition } from "../counting/preset";
import { countingLetters, letterInput } from "../counting/source";

/** What the frozen phase is driven by. */
export const PERTURBATION_INPUTS = ["counting", "spontaneous"] as const;
export type PerturbationInput = (typeof PERTURBATION_INPUTS)[number];

/** Defaults of §4.3 (the lab's: H 100, P 50, G 200, the counting stream of n = 8, noise off). */
export const PERTURBATION_DEFAULTS = { n: 8, stepsPlastic: 50_000, perturbations: 50, gap: 200, horizon: 100, input: "counting" as PerturbationInput, noise: false };

/** What one job runs (JSON); missing fields take {@link PERTURBATION_DEFAULTS}. */
export interface PerturbationJobSpec {
  readonly condition: CountingCondition;
  readonly seed: number;
  readonly n?: number;
  readonly stepsPlastic?: number;
  readonly perturbations?: number;
  readonly gap?: number;
  readonly horizon?: number;
  readonly input?: PerturbationInput;
  /** Noise in the frozen phase (shared by both copies); default off. */
  readonly noise?: boolean;
}

/** One run's result. */
export interface PerturbationRow {
  condition: CountingCondition;
  seed: number;
  input: PerturbationInput;
  n: number;
  /** d̄(k), k = 0…H. */
  d: number[];
  /** Fraction of the P perturbations with d_p(H) = 0. */
  dead: number;
  /** The flipped neurons, in order. */
  neurons: number[];
  meanRateE: number;
  eeSynapses: number;
}

/** Optional progress (a fraction in [0, 1]). */
export interface PerturbationJobContext {
  progress?(fraction: number): void;
}

function int(value: number | undefined, fallback: number, min: number, argument: string): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < min) throw new SornInputError(argument, `must be an integer ≥ ${min}, got ${v}`);
  return v;
}

/** The spec with defaults filled in and every field checked (SornInputErrors name the field). */
export function resolvePerturbationJob(spec: PerturbationJobSpec): Required<PerturbationJobSpec> {
  if (!CONDITIONS.includes(spec.condition)) throw new SornInputError("condition", `unknown condition '${spec.condition}' (conditions: ${CONDITIONS.join(", ")})`);
  const input = spec.input ?? PERTURBATION_DEFAULTS.input;
  if (!PERTURBATION_INPUTS.includes(input)) throw new SornInputError("input", `unknown input '${input}' (inputs: ${PERTURBATION_INPUTS.join(", ")})`);
  return {
    condition: spec.condition,
    seed: checkSeed(spec.seed),
    n: int(spec.n, PERTURBATION_DEFAULTS.n, 1, "n"),
    stepsPlastic: int(spec.stepsPlastic, PERTURBATION_DEFAULTS.stepsPlastic, 0, "stepsPlastic"),
    perturbations: int(spec.perturbations, PERTURBATION_DEFAULTS.perturbations, 1, "perturbations"),
    gap: int(spec.gap, PERTURBATION_DEFAULTS.gap, 1, "gap"),
    horizon: int(spec.horizon, PERTURBATION_DEFAULTS.horizon, 1, "horizon"),
    input,
    noise: spec.noise ?? PERTURBATION_DEFAULTS.noise,
  };
}

/** The seed of the job's own stream of flipped neurons: (S + 2000) mod 2^32. */
export function flipSeed(seed: number): number {
  return (seed + 2000) % 2 ** 32;
}

/** Runs one job (see the module comment). */
export function runPerturbationJob(spec: PerturbationJobSpec, ctx: PerturbationJobContext = {}): PerturbationRow {
  const job = resolvePerturbationJob(spec);
  const { condition, seed, n, stepsPlastic: Ppl, perturbations: P, gap: G, horizon: H } = job;
  const seeds = jobSeeds(seed);
  const params = countingParams();
  const letters = countingLetters(n, Ppl + P * G + H + 1, new NumpyRandom(seeds.task));
  const plastic = letterInput(letters);
  const frozen: InputSource = job.input === "counting" ? plastic : zeroInput(plastic.nu);
  const freeze = CONDITION_FREEZE[condition];
  const net = new SornNetwork({ params, seed: seeds.engine, freeze, noise: false });
  const total = Ppl + 2 * P * (G + H);
  for (let done = 0; done < Ppl; done += 1000) {
    net.step(Math.min(1000, Ppl - done), plastic);
    ctx.progress?.(Math.min(Ppl, done + 1000) / total);
  }
  const eeSynapses = net.net.Wee.nonZeroCount();
  net.phase("training");
  net.noise(job.noise);
  const flips = new NumpyRandom(flipSeed(seed));
  const sum = new Float64Array(H + 1);
  const neurons: number[] = [];
  let dead = 0, active = 0;
  for (let p = 0; p < P; p++) {
    for (let s = 0; s < G; s++) {
      net.step(1, frozen);
      for (let i = 0; i < net.ne; i++) active += net.x[i];
    }
    const neuron = flips.randint(net.ne);
    neurons.push(neuron);
    const r = perturbationExperiment({ state: net.state(), params, seed: seeds.engine, input: frozen, steps: H, neuron, phase: "training", freeze, noise: job.noise });
    for (let k = 0; k <= H; k++) sum[k] += r.distances[k];
    if (r.finalDistance === 0) dead++;
    ctx.progress?.((Ppl + 2 * (p + 1) * (G + H)) / total);
  }
  return {
    condition,
    seed,
    input: job.input,
    n,
    d: Array.from(sum, (s) => s / P),
    dead: dead / P,
    neurons,
    meanRateE: active / (P * G * net.ne),
    eeSynapses,
  };
}
