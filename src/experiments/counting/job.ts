/**
 * One counting-task job (spec experiments.md §3.3 steps 1–6): (n, condition, seed) → one row per
 * readout. A pure function of its JSON spec, so a worker pool can run it by name.
 *
 * With P, T_tr, T_te the phase lengths and u(t) = letter(t) the stream (P + T_tr + T_te + 1 letters):
 *  1. build the network of {@link countingParams} with engine seed S, the condition's freeze set,
 *     noise off;
 *  2. steps 0…P−1 in phase 'plasticity' (the condition's rules);
 *  3. phase 'training' (nothing learns) for steps P…P+T_tr+T_te−1, recording x'(t) (the E state
 *     after letter(t)) and r(t) (the same drive without the input);
 *  4. readout X: [x'(t), 1] → letter(t+1); readout R: [r(t), 1] → letter(t); least squares on
 *     the first T_tr recorded steps, argmax on the last T_te;
 *  5. scores on the test stretch ({@link countingScores}); meanRateE = (1/T_te) Σ_t Σ_i x'_i(t) / ne
 *     over the test stretch; eeSynapses = the E→E synapse count after the plastic phase.
 *
 * {@link runCountingJobDetailed} also returns, when the spec asks for `traceSteps` W > 0, the
 * first W test steps (`./trace.ts`: letters, x', each readout's prediction under its letter).
 */
import { NumpyRandom } from "../../models/rng/numpy-random";
import { SornInputError } from "../../models/params/error";
import { checkSeed } from "../../models/params/seed";
import { SornNetwork } from "../../models/sorn/network";
import { fitReadout, predict, type StateRows } from "../readout/linear";
import { countingScores, type CountingScores } from "./metrics";
import { buildTrace, type CountingTrace } from "./trace";
import { CONDITIONS, CONDITION_FREEZE, DEFAULT_STEPS, READOUTS, countingParams, jobSeeds, type CountingCondition, type CountingReadout } from "./preset";
import { LETTER_COUNT, countingLetters, letterInput } from "./source";

/** What one job runs (JSON). Missing step counts take {@link DEFAULT_STEPS}. */
export interface CountingJobSpec {
  readonly n: number;
  readonly condition: CountingCondition;
  readonly seed: number;
  /** Default both, X then R. */
  readonly readouts?: readonly CountingReadout[];
  readonly stepsPlastic?: number;
  readonly stepsTrain?: number;
  readonly stepsTest?: number;
  /** Ridge μ ≥ 0 on the state weights (default 0: plain least squares). */
  readonly ridge?: number;
}

/** A job that also traces its test stretch: `traceSteps` W (0 ≤ W ≤ stepsTest; 0: no trace). */
export interface CountingTraceSpec extends CountingJobSpec {
  readonly traceSteps?: number;
}

/** A job's rows and, when asked for, its trace. */
export interface CountingJobDetail {
  rows: CountingRow[];
  trace: CountingTrace | null;
}

/** One result row: a job's scores under one readout. */
export interface CountingRow extends CountingScores {
  n: number;
  condition: CountingCondition;
  readout: CountingReadout;
  seed: number;
  meanRateE: number;
  eeSynapses: number;
}

/** Optional progress (a fraction in [0, 1]), the shape of the pool's job context. */
export interface CountingJobContext {
  progress?(fraction: number): void;
}

function steps(value: number | undefined, fallback: number, min: number, argument: string): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < min) throw new SornInputError(argument, `must be an integer ≥ ${min}, got ${v}`);
  return v;
}

/** The spec with defaults filled in and every field checked (SornInputErrors name the field). */
export function resolveJob(spec: CountingJobSpec): Required<CountingJobSpec> {
  if (!Number.isSafeInteger(spec.n) || spec.n < 1) throw new SornInputError("n", `must be a positive integer, got ${spec.n}`);
  if (!CONDITIONS.includes(spec.condition)) throw new SornInputError("condition", `unknown condition '${spec.condition}' (conditions: ${CONDITIONS.join(", ")})`);
  const readouts = spec.readouts ?? READOUTS;
  for (const r of readouts) if (!READOUTS.includes(r)) throw new SornInputError("readout", `unknown readout '${r}' (readouts: ${READOUTS.join(", ")})`);
  const ridge = spec.ridge ?? 0;
  if (!Number.isFinite(ridge) || ridge < 0) throw new SornInputError("ridge", `must be a finite number ≥ 0, got ${ridge}`);
  return {
    n: spec.n,
    condition: spec.condition,
    seed: checkSeed(spec.seed),
    readouts,
    stepsPlastic: steps(spec.stepsPlastic, DEFAULT_STEPS.plastic, 0, "stepsPlastic"),
    stepsTrain: steps(spec.stepsTrain, DEFAULT_STEPS.train, 1, "stepsTrain"),
    stepsTest: steps(spec.stepsTest, DEFAULT_STEPS.test, 1, "stepsTest"),
    ridge,
  };
}

/**
 * The targets of recorded steps from…from+count−1 (recorded step t is network step P + t):
 * readout X predicts the next letter, letter(P + t + 1); readout R the current one, letter(P + t).
 */
export function stretchTargets(letters: Uint8Array, P: number, readout: CountingReadout, from: number, count: number): Uint8Array {
  const start = P + from + (readout === "X" ? 1 : 0);
  return letters.subarray(start, start + count);
}

/** Runs one job (see the module comment): one row per readout, in the spec's order. */
export function runCountingJob(spec: CountingJobSpec, ctx: CountingJobContext = {}): CountingRow[] {
  return runCountingJobDetailed({ ...spec, traceSteps: 0 }, ctx).rows;
}

/** Runs one job: its rows (as {@link runCountingJob}) and the trace of its first `traceSteps` test steps. */
export function runCountingJobDetailed(spec: CountingTraceSpec, ctx: CountingJobContext = {}): CountingJobDetail {
  const job = resolveJob(spec);
  const { n, condition, seed, stepsPlastic: P, stepsTrain: Ttr, stepsTest: Tte } = job;
  const W = spec.traceSteps ?? 0;
  if (!Number.isSafeInteger(W) || W < 0 || W > Tte) throw new SornInputError("traceSteps", `must be an integer in [0, stepsTest = ${Tte}], got ${W}`);
  const seeds = jobSeeds(seed);
  const letters = countingLetters(n, P + Ttr + Tte + 1, new NumpyRandom(seeds.task));
  const input = letterInput(letters);
  const net = new SornNetwork({ params: countingParams(), seed: seeds.engine, freeze: CONDITION_FREEZE[condition], noise: false });
  const total = P + Ttr + Tte;
  const chunk = 1000;
  for (let done = 0; done < P; done += chunk) {
    net.step(Math.min(chunk, P - done), input);
    ctx.progress?.(Math.min(P, done + chunk) / total);
  }
  const eeSynapses = net.net.Wee.nonZeroCount();
  net.phase("training");
  const ne = net.ne;
  const T = Ttr + Tte;
  const xs = new Uint8Array(T * ne);
  const rs = new Uint8Array(T * ne);
  let active = 0;
  for (let t = 0; t < T; t++) {
    net.step(1, input);
    xs.set(net.x, t * ne);
    rs.set(net.r, t * ne);
    if (t >= Ttr) for (let i = 0; i < ne; i++) active += net.x[i];
    if ((t + 1) % chunk === 0) ctx.progress?.((P + t + 1) / total);
  }
  const meanRateE = active / (Tte * ne);
  const rows = (bits: Uint8Array, from: number, count: number): StateRows => ({ bits: bits.subarray(from * ne, (from + count) * ne), steps: count, width: ne });
  const out: CountingRow[] = [];
  const testPredictions: Partial<Record<CountingReadout, Uint8Array>> = {};
  for (const readout of job.readouts) {
    const states = readout === "X" ? xs : rs;
    const target = (from: number, count: number) => stretchTargets(letters, P, readout, from, count);
    const fit = fitReadout(rows(states, 0, Ttr), target(0, Ttr), LETTER_COUNT, job.ridge);
    const predicted = predict(fit, rows(states, Ttr, Tte));
    testPredictions[readout] = predicted;
    out.push({ n, condition, readout, seed, ...countingScores(target(Ttr, Tte), predicted), meanRateE, eeSynapses });
  }
  const trace = W > 0 ? buildTrace({ n, condition, seed, steps: W, firstStep: P + Ttr, testSteps: Tte, ne, stream: letters, testStates: xs.subarray(Ttr * ne), testPredictions }) : null;
  ctx.progress?.(1);
  return { rows: out, trace };
}
