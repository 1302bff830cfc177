/**
 * One lognormal-preset job (spec experiments.md §4.2): seed → one row. A pure function of its
 * JSON spec, so the worker pool can run it by name ("lognormal.run").
 *
 *  1. build the network of {@link lognormalParams} (engine seed S, every rule on, noise σ);
 *  2. run T steps without input (u = 0), all five rules (STDP, IP, SP, iSTDP, SS);
 *  3. after steps 0, K, 2K, … (and T) record the connection fraction c(t) (`connectionFraction`);
 *  4. after each checkpoint step < T and after step T take a {@link WeightSnapshot} (lognormal
 *     fit, skewness of w and ln w, histogram of log₁₀ w over w ≥ 0.01);
 *  5. the row: c(t), its minimum c_min at t_min (the first, among the recorded steps), c(T), the
 *     ratio c(T)/c_min, the snapshots, and the last snapshot's fit and skewness flattened;
 *  6. with `lifetimes` (default off: it costs ~1.5–2× the run), the weight lifetimes of `lifetimes.ts`, observed after
 *     every step (outside the engine: the run itself is the same with it off).
 */
import { SornInputError } from "../../models/params/error";
import { checkSeed } from "../../models/params/seed";
import { SornNetwork } from "../../models/sorn/network";
import { LOGNORMAL_DEFAULTS, ZHENG_NOISE_SIGMA, lognormalParams } from "./preset";
import { LifetimeTracker, type LifetimeSummary } from "./lifetimes";
import { connectionFraction, weightSnapshot, type WeightSnapshot } from "./stats";

/** What one job runs (JSON); missing fields take {@link LOGNORMAL_DEFAULTS}. */
export interface LognormalJobSpec {
  readonly seed: number;
  readonly steps?: number;
  readonly every?: number;
  readonly checkpoints?: readonly number[];
  readonly bins?: number;
  /** Noise σ on E and I (default √0.05). */
  readonly noiseSigma?: number;
  /** Follow every synapse's birth and pruning (default false). */
  readonly lifetimes?: boolean;
}

/** One run's result. */
export interface LognormalRow {
  seed: number;
  steps: number;
  noiseSigma: number;
  /** Steps at which the connection fraction was taken (0, K, 2K, …, T). */
  fractionSteps: number[];
  fraction: number[];
  minFraction: number;
  minStep: number;
  endFraction: number;
  /** c(T) / c_min. */
  recovery: number;
  /** Of the last snapshot (step T): */
  mu: number;
  sigma: number;
  skewW: number;
  skewLnW: number;
  /** Weights w ≥ 0.01 at step T. */
  weights: number;
  meanRateE: number;
  snapshots: WeightSnapshot[];
  /** Weight lifetimes (steps from creation by SP to pruning), or null when not followed. */
  lifetimes: LifetimeSummary | null;
}

/** Optional progress (a fraction in [0, 1]). */
export interface LognormalJobContext {
  progress?(fraction: number): void;
}

function int(value: number | undefined, fallback: number, min: number, argument: string): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < min) throw new SornInputError(argument, `must be an integer ≥ ${min}, got ${v}`);
  return v;
}

/** The spec with defaults filled in and every field checked (SornInputErrors name the field). */
export function resolveLognormalJob(spec: LognormalJobSpec): Required<LognormalJobSpec> {
  const steps = int(spec.steps, LOGNORMAL_DEFAULTS.steps, 1, "steps");
  const checkpoints = [...(spec.checkpoints ?? LOGNORMAL_DEFAULTS.checkpoints)];
  for (const c of checkpoints) int(c, 0, 1, "checkpoints");
  const noiseSigma = spec.noiseSigma ?? ZHENG_NOISE_SIGMA;
  if (!Number.isFinite(noiseSigma) || noiseSigma < 0) throw new SornInputError("noiseSigma", `must be a finite number ≥ 0, got ${noiseSigma}`);
  if (spec.lifetimes !== undefined && typeof spec.lifetimes !== "boolean") throw new SornInputError("lifetimes", `must be true or false, got ${JSON.stringify(spec.lifetimes)}`);
  return {
    seed: checkSeed(spec.seed),
    steps,
    every: int(spec.every, LOGNORMAL_DEFAULTS.every, 1, "every"),
    checkpoints: [...new Set(checkpoints.filter((c) => c < steps))].sort((a, b) => a - b),
    bins: int(spec.bins, LOGNORMAL_DEFAULTS.bins, 1, "bins"),
    noiseSigma,
    lifetimes: spec.lifetimes ?? false,
  };
}

/** Runs one job (see the module comment). */
export function runLognormalJob(spec: LognormalJobSpec, ctx: LognormalJobContext = {}): LognormalRow {
  const job = resolveLognormalJob(spec);
  const { seed, steps: T, every: K, bins } = job;
  const net = new SornNetwork({ params: lognormalParams(job.noiseSigma), seed, freeze: [], noise: job.noiseSigma > 0 });
  const W = net.net.Wee;
  const tracker = job.lifetimes ? new LifetimeTracker(W) : null;
  const fractionSteps: number[] = [0];
  const fraction: number[] = [connectionFraction(W)];
  const snapshots: WeightSnapshot[] = [];
  const stops = [...new Set([...job.checkpoints, ...Array.from({ length: Math.floor(T / K) }, (_, i) => (i + 1) * K), T])].sort((a, b) => a - b);
  let active = 0;
  for (const stop of stops) {
    while (net.t < stop) {
      net.step(1);
      tracker?.observe(net.t);
      for (let i = 0; i < net.ne; i++) active += net.x[i];
    }
    if (stop % K === 0 || stop === T) fractionSteps.push(stop), fraction.push(connectionFraction(W));
    if (job.checkpoints.includes(stop) || stop === T) snapshots.push(weightSnapshot(W, stop, bins));
    ctx.progress?.(stop / T);
  }
  let at = 0;
  for (let i = 1; i < fraction.length; i++) if (fraction[i] < fraction[at]) at = i;
  const last = snapshots[snapshots.length - 1];
  const endFraction = fraction[fraction.length - 1];
  return {
    seed,
    steps: T,
    noiseSigma: job.noiseSigma,
    fractionSteps,
    fraction,
    minFraction: fraction[at],
    minStep: fractionSteps[at],
    endFraction,
    recovery: endFraction / fraction[at],
    mu: last.mu,
    sigma: last.sigma,
    skewW: last.skewW,
    skewLnW: last.skewLnW,
    weights: last.count,
    meanRateE: active / (T * net.ne),
    snapshots,
    lifetimes: tracker ? tracker.result(T) : null,
  };
}
