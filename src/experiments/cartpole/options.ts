/**
 * One cart-pole run's settings (spec experiments.md §2.4): the mode, the variant (the learner or
 * a control), the seed and the options, as a JSON spec a worker pool can carry; defaults per
 * mode, validation with errors naming the field, and the seed rule.
 *
 * Modes: "docs" = the package's example (§2.2: α 1e-4, S_i = Σ r·γ^r, unstabilised softmax, no
 * bias, CartPole-v0, readout learning during the 20 plasticity episodes); "corrected" (§2.4:
 * G_i = r_i + γG_{i+1}, standardised, stable softmax, bias, α 0.01, CartPole-v1, P plasticity
 * episodes with a random policy and learning off, then a frozen reservoir + REINFORCE).
 *
 * Variants on the same seed: "plastic" (the mode's learner), "frozen" (all five rules frozen
 * from the start, the LSM control), "raw" (φ = [obs, 1], no reservoir), "random" (a = [U ≥ ½]).
 *
 * Seeds: run seed S ∈ [0, 2^32) gives
 *  - the SORN streams: np.random.seed(S); random.seed(S) (engine seed S). In docs mode this
 *    numpy stream also draws w and every action, as the docs' one global stream does (B11);
 *    without a reservoir (raw, random) docs mode uses RandomState(S) for w and the actions;
 *  - corrected mode's readout w: numpy RandomState((S + 1000) mod 2^32); its training actions'
 *    uniforms: RandomState((S + 3000) mod 2^32) (so every variant on seed S takes the same
 *    random actions in the plasticity episodes and sees the same episodes there);
 *  - the training environment: Gymnasium's reset(seed=S) on the first episode, then the
 *    environment's PCG64 continues (reset() without a seed);
 *  - held-out evaluation: reset(seed=2^32 + S) for the first of its episodes (never a training
 *    seed), actions from RandomState((S + 2000) mod 2^32); both restart at every evaluation,
 *    so each evaluation sees the same start states and the same uniforms.
 */
import { SornInputError } from "../../models/params/error";
import { checkSeed } from "../../models/params/seed";

export const MODES = ["docs", "corrected"] as const;
export type CartPoleMode = (typeof MODES)[number];
export const VARIANTS = ["plastic", "frozen", "raw", "random"] as const;
export type CartPoleVariant = (typeof VARIANTS)[number];
export const BASELINES = ["standardize", "none", "running"] as const;
export type Baseline = (typeof BASELINES)[number];
export const ENCODINGS = ["raw", "population"] as const;
export type Encoding = (typeof ENCODINGS)[number];
export const ENVS = ["v0", "v1"] as const;
export type EnvVersion = (typeof ENVS)[number];

/** What one run does (JSON). Missing fields take the mode's defaults ({@link resolveRun}). */
export interface CartPoleRunSpec {
  readonly mode?: CartPoleMode;
  readonly variant?: CartPoleVariant;
  readonly seed: number;
  /** Episodes in all, plasticity episodes included. */
  readonly episodes: number;
  readonly env?: EnvVersion;
  /** Plasticity episodes P at the start (docs 20; corrected default 20; 0 = none). */
  readonly plasticEpisodes?: number;
  /** Learning rate α (docs 1e-4, corrected 0.01). */
  readonly alpha?: number;
  /** γ (0.99): the docs raise it to the reward (B1), corrected discounts by the time offset. */
  readonly gamma?: number;
  /** Corrected only: standardize (default) | none | running (mean of earlier episodes' returns). */
  readonly baseline?: Baseline;
  /** Corrected only: the docs' overlap (B8) — REINFORCE with the sampled policy during the plasticity episodes. */
  readonly overlap?: boolean;
  /** Set X, Y to 0 at every environment reset (default false: the reservoir keeps its memory). */
  readonly resetReservoir?: boolean;
  /** Lab extension (not from any source): "population" = one-hot bins per observation. */
  readonly encoding?: Encoding;
  /** Bins K per observation for the population code (2…12; default 6). */
  readonly bins?: number;
  /** Held-out evaluation after every `evalEvery` training episodes and after the last (default 50). */
  readonly evalEvery?: number;
  /** Episodes per held-out evaluation (default 20; 0 = no evaluation). */
  readonly evalEpisodes?: number;
  /** Multiply the initial readout w = U[0,1) by this (default 1; large values show B3). */
  readonly wScale?: number;
  /**
   * Spec §6 Q11: pre-train the reservoir for N engine steps on random input before the first
   * episode (plasticity on, no environment, no readout; default 0 = the docs). Not for the
   * frozen control (its rules are off) nor the reservoir-free variants. The input is drawn from
   * its own stream, RandomState((S + 4000) mod 2^32): raw encoding, 4 standard normals a step
   * (the docs' initial randn(4, 1)); population code, one uniformly random bin per observation.
   */
  readonly pretrainSteps?: number;
}

export type ResolvedRun = Required<CartPoleRunSpec>;

/** The docs' constants (§2.2). */
export const DOCS = { alpha: 1e-4, gamma: 0.99, plasticEpisodes: 20, env: "v0" } as const;
/** The corrected learner's defaults (§2.4). */
export const CORRECTED = { alpha: 0.01, gamma: 0.99, plasticEpisodes: 20, env: "v1", baseline: "standardize" } as const;

export const MAX_BINS = 12;
/** The most pre-training steps a run may ask for (Q11's thesis runs: up to 10⁶). */
export const MAX_PRETRAIN_STEPS = 2_000_000;

function oneOf<T extends string>(value: unknown, known: readonly T[], argument: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !known.includes(value as T)) throw new SornInputError(argument, `unknown ${argument} '${String(value)}' (${known.join(", ")})`);
  return value as T;
}

function int(value: unknown, argument: string, min: number, max: number, fallback: number): number {
  if (value === undefined && Number.isNaN(fallback)) throw new SornInputError(argument, "is required");
  const v = value ?? fallback;
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) throw new SornInputError(argument, `must be an integer in [${min}, ${max}], got ${String(v)}`);
  return v;
}

function real(value: unknown, argument: string, ok: (v: number) => boolean, range: string, fallback: number): number {
  const v = value ?? fallback;
  if (typeof v !== "number" || !Number.isFinite(v) || !ok(v)) throw new SornInputError(argument, `must be a number ${range}, got ${String(v)}`);
  return v;
}

/** The spec with the mode's defaults and every field checked (SornInputErrors name the field). */
export function resolveRun(spec: CartPoleRunSpec): ResolvedRun {
  if (!spec || typeof spec !== "object") throw new SornInputError("spec", "must be an object");
  const mode = oneOf(spec.mode, MODES, "mode", "corrected");
  const d = mode === "docs" ? DOCS : CORRECTED;
  const episodes = int(spec.episodes, "episodes", 1, 10_000_000, NaN);
  if (mode === "docs") {
    if (spec.baseline !== undefined) throw new SornInputError("baseline", "only in corrected mode (the docs have no baseline, bug B2)");
    if (spec.overlap !== undefined) throw new SornInputError("overlap", "only in corrected mode (the docs always overlap, bug B8)");
  }
  const encoding = oneOf(spec.encoding, ENCODINGS, "encoding", "raw");
  if (spec.bins !== undefined && encoding !== "population") throw new SornInputError("bins", "needs encoding 'population'");
  return {
    mode,
    variant: oneOf(spec.variant, VARIANTS, "variant", "plastic"),
    seed: checkSeed(spec.seed),
    episodes,
    env: oneOf(spec.env, ENVS, "env", d.env),
    plasticEpisodes: int(spec.plasticEpisodes, "plasticEpisodes", 0, episodes, Math.min(d.plasticEpisodes, episodes)),
    alpha: real(spec.alpha, "alpha", (v) => v > 0, "> 0", d.alpha),
    gamma: real(spec.gamma, "gamma", (v) => v >= 0 && v <= 1, "in [0, 1]", d.gamma),
    baseline: mode === "docs" ? "none" : oneOf(spec.baseline, BASELINES, "baseline", CORRECTED.baseline),
    overlap: mode === "docs" ? true : bool(spec.overlap, "overlap"),
    resetReservoir: bool(spec.resetReservoir, "resetReservoir"),
    encoding,
    bins: encoding === "population" ? int(spec.bins, "bins", 2, MAX_BINS, 6) : 0,
    evalEvery: int(spec.evalEvery, "evalEvery", 1, 10_000_000, 50),
    evalEpisodes: int(spec.evalEpisodes, "evalEpisodes", 0, 100_000, 20),
    wScale: real(spec.wScale, "wScale", (v) => v > 0, "> 0", 1),
    pretrainSteps: int(spec.pretrainSteps, "pretrainSteps", 0, MAX_PRETRAIN_STEPS, 0),
  };
}

function bool(value: unknown, argument: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw new SornInputError(argument, `must be true or false, got ${String(value)}`);
  return value;
}

/** The streams of run seed S (see the module comment). */
export interface RunSeeds {
  /** np.random.seed / random.seed of the reservoir (and docs mode's global stream). */
  sorn: number;
  /** RandomState of corrected mode's initial w. */
  policy: number;
  /** RandomState of corrected mode's training actions. */
  actions: number;
  /** Gymnasium reset(seed=) of the first training episode. */
  env: number;
  /** Gymnasium reset(seed=) of the first episode of every held-out evaluation. */
  evalEnv: number;
  /** RandomState of the evaluation's actions. */
  evalPolicy: number;
  /** RandomState of the pre-training input (Q11). */
  pretrain: number;
}

export function runSeeds(seed: number): RunSeeds {
  const S = checkSeed(seed);
  return { sorn: S, policy: (S + 1000) % 2 ** 32, actions: (S + 3000) % 2 ** 32, env: S, evalEnv: 2 ** 32 + S, evalPolicy: (S + 2000) % 2 ** 32, pretrain: (S + 4000) % 2 ** 32 };
}

/** "CartPole-v0" | "CartPole-v1". */
export const envId = (v: EnvVersion) => (v === "v0" ? "CartPole-v0" : "CartPole-v1");
