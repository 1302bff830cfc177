/**
 * One random-sequence job (spec experiments.md §4.1, criterion C23): (condition, seed) → one row.
 * A pure function of its JSON spec, so the worker pool can run it by name ("random-sequence.run").
 *
 *  1. symbols s(0 … P+T_tr+T_te−1) from `RandomState((S + 1000) mod 2^32)`; pools (disjoint, or
 *     overlapping drawn from `RandomState((S + 3000) mod 2^32)`); the network of
 *     {@link randomSequenceParams} with engine seed S, the condition's freeze set, noise off;
 *  2. P plastic steps (the condition's rules), then phase 'training' (nothing learns) for T_tr + T_te
 *     steps, recording x(t), the E state after symbol s(t) arrived;
 *  3. per readout, the fading-memory curve perf(k), k = 0…K−1 — "lsq": least squares
 *     ({@link memoryCurve}); "logistic": multinomial logistic regression, full-batch Adam for a
 *     fixed number of iterations ({@link logisticMemoryCurve}) — and the memory capacity;
 *     meanRateE over the test stretch, eeSynapses after the plastic phase. One row per readout.
 */
import { NumpyRandom } from "../../models/rng/numpy-random";
import { SornInputError } from "../../models/params/error";
import { checkSeed } from "../../models/params/seed";
import { SornNetwork } from "../../models/sorn/network";
import { CONDITIONS, CONDITION_FREEZE, jobSeeds, type CountingCondition } from "../counting/preset";
import { logisticMemoryCurve } from "./logistic";
import { memoryCapacity, memoryCurve } from "./memory";
import { POOL_LAYOUTS, RANDOM_SEQUENCE_DEFAULTS, randomSequenceParams, type PoolLayout } from "./preset";
import { randomSymbols, symbolInput, symbolPools } from "./source";

/** What one job runs (JSON); missing fields take {@link RANDOM_SEQUENCE_DEFAULTS}. */
export interface RandomSequenceJobSpec {
  readonly condition: CountingCondition;
  readonly seed: number;
  readonly alphabet?: number;
  readonly poolSize?: number;
  readonly pools?: PoolLayout;
  readonly stepsPlastic?: number;
  readonly stepsTrain?: number;
  readonly stepsTest?: number;
  readonly lags?: number;
  /** Default ["lsq"]. */
  readonly readouts?: readonly RandomSequenceReadout[];
  /** Adam iterations of the logistic readout (default 100). */
  readonly logisticIterations?: number;
}

/** The readouts: least squares, and the small multinomial logistic regression. */
export const RANDOM_SEQUENCE_READOUTS = ["lsq", "logistic"] as const;
export type RandomSequenceReadout = (typeof RANDOM_SEQUENCE_READOUTS)[number];

/** One run's result under one readout. */
export interface RandomSequenceRow {
  condition: CountingCondition;
  seed: number;
  pools: PoolLayout;
  alphabet: number;
  readout: RandomSequenceReadout;
  /** perf(k), k = 0…K−1. */
  perf: number[];
  capacity: number;
  meanRateE: number;
  eeSynapses: number;
}

/** Optional progress (a fraction in [0, 1]). */
export interface RandomSequenceJobContext {
  progress?(fraction: number): void;
}

function int(value: number | undefined, fallback: number, min: number, argument: string, max = Number.MAX_SAFE_INTEGER): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < min || v > max) throw new SornInputError(argument, max < Number.MAX_SAFE_INTEGER ? `must be an integer in [${min}, ${max}], got ${v}` : `must be an integer ≥ ${min}, got ${v}`);
  return v;
}

/** The spec with defaults filled in and every field checked (SornInputErrors name the field). */
export function resolveRandomSequenceJob(spec: RandomSequenceJobSpec): Required<RandomSequenceJobSpec> {
  const D = RANDOM_SEQUENCE_DEFAULTS;
  if (!CONDITIONS.includes(spec.condition)) throw new SornInputError("condition", `unknown condition '${spec.condition}' (conditions: ${CONDITIONS.join(", ")})`);
  const pools = spec.pools ?? D.pools;
  if (!POOL_LAYOUTS.includes(pools)) throw new SornInputError("pools", `unknown pool layout '${pools}' (pools: ${POOL_LAYOUTS.join(", ")})`);
  const alphabet = int(spec.alphabet, D.alphabet, 2, "alphabet", 20);
  const poolSize = int(spec.poolSize, D.poolSize, 1, "poolSize", 200);
  if (pools === "disjoint" && alphabet * poolSize > 200) throw new SornInputError("poolSize", `${alphabet} disjoint pools of ${poolSize} need ${alphabet * poolSize} of the 200 E neurons`);
  const lags = int(spec.lags, D.lags, 1, "lags", 1000);
  const stepsPlastic = int(spec.stepsPlastic, D.stepsPlastic, 0, "stepsPlastic");
  if (stepsPlastic < lags - 1) throw new SornInputError("stepsPlastic", `must be ≥ lags − 1 = ${lags - 1} (the oldest target precedes the readout stretch), got ${stepsPlastic}`);
  const readouts = spec.readouts ?? ["lsq"];
  for (const r of readouts) if (!RANDOM_SEQUENCE_READOUTS.includes(r)) throw new SornInputError("readout", `unknown readout '${r}' (readouts: ${RANDOM_SEQUENCE_READOUTS.join(", ")})`);
  return {
    readouts,
    logisticIterations: int(spec.logisticIterations, 100, 1, "logisticIterations", 100_000),
    condition: spec.condition,
    seed: checkSeed(spec.seed),
    alphabet,
    poolSize,
    pools,
    stepsPlastic,
    stepsTrain: int(spec.stepsTrain, D.stepsTrain, 1, "stepsTrain"),
    stepsTest: int(spec.stepsTest, D.stepsTest, 1, "stepsTest"),
    lags,
  };
}

/** The overlapping pools' seed: (S + 3000) mod 2^32. */
export function poolSeed(seed: number): number {
  return (seed + 3000) % 2 ** 32;
}

/** Runs one job (see the module comment). */
export function runRandomSequenceJob(spec: RandomSequenceJobSpec, ctx: RandomSequenceJobContext = {}): RandomSequenceRow[] {
  const job = resolveRandomSequenceJob(spec);
  const { condition, seed, alphabet: A, stepsPlastic: P, stepsTrain: Ttr, stepsTest: Tte } = job;
  const seeds = jobSeeds(seed);
  const symbols = randomSymbols(A, P + Ttr + Tte, new NumpyRandom(seeds.task));
  const ne = 200;
  const pools = symbolPools(job.pools, A, job.poolSize, ne, job.pools === "overlapping" ? new NumpyRandom(poolSeed(seed)) : undefined);
  const input = symbolInput(symbols, pools);
  const net = new SornNetwork({ params: randomSequenceParams(pools.nu), seed: seeds.engine, freeze: CONDITION_FREEZE[condition], noise: false });
  const total = P + Ttr + Tte;
  for (let done = 0; done < P; done += 1000) {
    net.step(Math.min(1000, P - done), input);
    ctx.progress?.((0.8 * Math.min(P, done + 1000)) / total);
  }
  const eeSynapses = net.net.Wee.nonZeroCount();
  net.phase("training");
  const T = Ttr + Tte;
  const xs = new Uint8Array(T * ne);
  let active = 0;
  for (let t = 0; t < T; t++) {
    net.step(1, input);
    xs.set(net.x, t * ne);
    if (t >= Ttr) for (let i = 0; i < ne; i++) active += net.x[i];
  }
  ctx.progress?.((0.8 * total) / total);
  const states = { bits: xs, steps: T, width: ne };
  const rows = job.readouts.map((readout): RandomSequenceRow => {
    const perf = readout === "lsq" ? memoryCurve(states, symbols, P, Ttr, Tte, A, job.lags) : logisticMemoryCurve(states, symbols, P, Ttr, Tte, A, job.lags, { iterations: job.logisticIterations });
    return { condition, seed, pools: job.pools, alphabet: A, readout, perf, capacity: memoryCapacity(perf, A), meanRateE: active / (Tte * ne), eeSynapses };
  });
  ctx.progress?.(1);
  return rows;
}
