/**
 * "A look at the test stretch" (spec experiments.md §3.5: the letter stream as tiles, the E raster
 * with the input pools, the readout's prediction under each letter): the first W steps of a
 * counting job's test stretch, with every readout's prediction aligned to the letter it predicts.
 *
 * Test step k (0 ≤ k < W) is network step P + T_tr + k; at it letter(k) is presented and x'(k) is
 * the E state after it. The prediction shown under letter k is
 *   X: argmax of [x'(k − 1), 1]·W_X, the prediction made one step earlier for letter k (none at
 *      k = 0: that prediction comes from the training stretch's last state);
 *   R: argmax of [r(k), 1]·W_R, read from the state just before letter k arrives;
 * and {@link NO_LETTER} (255) where there is none. Plain typed arrays, so it crosses a worker pool.
 */
import type { CountingCondition, CountingReadout } from "./preset";
import { A, C, D, F, LETTER_COUNT, LETTER_POOL } from "./source";

/** The value of "no prediction" in {@link CountingTrace.predicted}. */
export const NO_LETTER = 255;

/** The first W test steps of one job (see the module comment). */
export interface CountingTrace {
  readonly n: number;
  readonly condition: CountingCondition;
  readonly seed: number;
  /** W, the traced steps. */
  readonly steps: number;
  /** The network step of test step 0 (P + T_tr). */
  readonly firstStep: number;
  /** The test stretch's length T_te (the trace holds its first W steps). */
  readonly testSteps: number;
  /** E neurons (the width of a state). */
  readonly ne: number;
  /** letters[k]: the letter presented at test step k (0…5). */
  readonly letters: Uint8Array;
  /** x'(k), W × ne bits, row-major: bit i of step k is states[k·ne + i]. */
  readonly states: Uint8Array;
  /** Per readout of the job: the predicted letter aligned with letters (NO_LETTER: none). */
  readonly predicted: Partial<Record<CountingReadout, Uint8Array>>;
  /** pools[10k + j]: the E neuron that input channel 10k + j (letter k's pool) drives. */
  readonly pools: Int32Array;
}

/** What {@link buildTrace} takes from a finished job. */
export interface TraceSource {
  n: number;
  condition: CountingCondition;
  seed: number;
  /** W (0 < W ≤ T_te). */
  steps: number;
  firstStep: number;
  testSteps: number;
  ne: number;
  /** The whole letter stream (network step t presents stream[t]). */
  stream: Uint8Array;
  /** x'(t) of the test stretch, T_te × ne bits. */
  testStates: Uint8Array;
  /** Each readout's predictions on the test stretch, in the job's layout (X: for letter t + 1). */
  testPredictions: Partial<Record<CountingReadout, Uint8Array>>;
}

/** The trace of a finished job's test stretch (see the module comment). */
export function buildTrace(s: TraceSource): CountingTrace {
  const W = s.steps;
  const predicted: Partial<Record<CountingReadout, Uint8Array>> = {};
  for (const [readout, p] of Object.entries(s.testPredictions) as [CountingReadout, Uint8Array][]) {
    const out = new Uint8Array(W).fill(NO_LETTER);
    if (readout === "X") out.set(p.subarray(0, W - 1), 1);
    else out.set(p.subarray(0, W));
    predicted[readout] = out;
  }
  return {
    n: s.n,
    condition: s.condition,
    seed: s.seed,
    steps: W,
    firstStep: s.firstStep,
    testSteps: s.testSteps,
    ne: s.ne,
    letters: s.stream.slice(s.firstStep, s.firstStep + W),
    states: s.testStates.slice(0, W * s.ne),
    predicted,
    pools: letterPools(),
  };
}

/** The engine feeds input channel j to E neuron j (`sorn.md` §3.3): letter k's pool is E neurons 10k…10k+9. */
export function letterPools(): Int32Array {
  return Int32Array.from({ length: LETTER_COUNT * LETTER_POOL }, (_, j) => j);
}

/** Hits and counts over the traced steps that have a prediction (the scores' three subsets). */
export interface TraceTally {
  all: [hits: number, count: number];
  reduced: [hits: number, count: number];
  last: [hits: number, count: number];
}

/** How many of the traced predictions of `readout` were right: every step, targets B/C/E/F, targets C/F. */
export function traceTally(trace: CountingTrace, readout: CountingReadout, from = 0, to = trace.steps): TraceTally {
  const p = trace.predicted[readout];
  const t: TraceTally = { all: [0, 0], reduced: [0, 0], last: [0, 0] };
  if (!p) return t;
  for (let k = from; k < to; k++) {
    if (p[k] === NO_LETTER) continue;
    const y = trace.letters[k];
    const hit = p[k] === y ? 1 : 0;
    t.all[0] += hit, t.all[1]++;
    if (y !== A && y !== D) {
      t.reduced[0] += hit, t.reduced[1]++;
      if (y === C || y === F) t.last[0] += hit, t.last[1]++;
    }
  }
  return t;
}
