/**
 * The task rules on the LIF output, and an evaluation over K trials (spec §3, λ grid search).
 *
 * Windows (LIF steps, 1-based, as the code's out(start:end)):
 *
 * | task    | from step | rule                                                     |
 * |---------|-----------|----------------------------------------------------------|
 * | go-nogo | 10000 (0.5 s) | Go: max out > 0.7;  NoGo: **max** out < 0.3 (not max|out|) |
 * | mante   | 26000 (1.3 s) | +1: max > 0.7;  −1: min < −0.7                        |
 * | xor     | 20000 (1.0 s) | same                                                  |
 * | dms     | 17500 (the rate window's start × 100; not in the code, a choice) | same |
 *
 * Trial k of an evaluation under seed S draws from its own `NumpyRandom(trialSeed(S, k))`: first the
 * task's trial, then four 32-bit words (`randint(2³²)`) that seed the trial's membrane-noise source
 * (a Ziggurat normal over xoshiro128**, noise.ts: cheaper than numpy's polar method, which made the
 * trial noise-bound), then the LIF's initial v (`uniformFill`); the noise is drawn from the Ziggurat
 * source in step order. The same trials (and noise) are therefore used at every s, and trials can be
 * split across workers without changing the result.
 */
import { NumpyRandom } from "../rng/numpy-random";
import type { RateModel } from "../rate-rnn/model-file";
import { trialSeed } from "../rate-rnn/drive";
import { goNogoRule, signRule, task, type TaskId } from "../rate-rnn/tasks";
import { lifNetworkOfModel, LifInputError, type LifNetwork } from "./network";
import { zigguratFrom } from "./noise";
import { lifInput, simulateLif, type LifTrial } from "./simulate";
import type { LifRandom } from "./stepper";

export const LIF_WINDOW_STEP: Record<TaskId, number> = { "go-nogo": 10000, mante: 26000, xor: 20000, dms: 17500 };

/** Whether the LIF output `out` (out[i − 1] = step i) passes task `id`'s rule for `label`. */
export function lifCorrect(id: TaskId, out: ArrayLike<number>, label: number): boolean {
  const from = LIF_WINDOW_STEP[id] - 1;
  if (out.length <= from) throw new LifInputError(`output has ${out.length} steps, the ${id} window starts at step ${from + 1}`);
  if (id === "go-nogo") {
    if (label === 1) return goNogoRule(out, 1, from);
    let m = -Infinity;
    for (let k = from; k < out.length; k++) m = Math.max(m, out[k]);
    return m < 0.3;
  }
  return signRule(out, label, from);
}

export { trialSeed };

export interface LifTrialResult {
  k: number;
  kind: string;
  label: number;
  correct: boolean;
  trial: LifTrial;
}

/** Run trial k of task `id` on `net` (seeded as above). */
export function runLifTrial(net: LifNetwork, id: TaskId, seed: number, k: number, keepSpikes = false): LifTrialResult {
  const t = task(id);
  if (t.nIn !== net.nIn) throw new LifInputError(`the network has ${net.nIn} inputs, task ${id} has ${t.nIn}`);
  const rng = new NumpyRandom(trialSeed(seed, k));
  const tr = t.generate(rng);
  const noise = zigguratFrom(rng);
  const draws: LifRandom = { uniformFill: (o, lo, hi) => rng.uniformFill(o, lo, hi), normalFill: (o, loc, sd) => noise.normalFill(o, loc, sd) };
  const trial = simulateLif(net, lifInput(tr.u, t.nIn, t.T), t.T + 1, draws, { keepSpikes });
  return { k, kind: tr.kind, label: tr.label, correct: lifCorrect(id, trial.out, tr.label), trial };
}

export interface LifEvaluation {
  s: number;
  trials: number;
  correct: number;
  accuracy: number;
  /** Mean over trials and units of each group (Hz), and the per-unit mean over trials. */
  rates_hz: { all: number; exc: number; inh: number; per_unit: number[] };
}

/** Trials `from … from + count − 1` of the model's task at s: correct count and summed rates. */
export function lifTrials(model: RateModel, s: number, seed: number, from: number, count: number): { correct: number; rateSum: Float64Array } {
  if (!Number.isInteger(count) || count < 1) throw new LifInputError(`trials must be a positive integer, got ${count}`);
  const net = lifNetworkOfModel(model, s);
  const rateSum = new Float64Array(net.n);
  let correct = 0;
  for (let k = from; k < from + count; k++) {
    const r = runLifTrial(net, model.task, seed, k);
    if (r.correct) correct++;
    r.trial.ratesHz.forEach((x, i) => (rateSum[i] += x));
  }
  return { correct, rateSum };
}

/** Combine per-chunk results into an evaluation (inh from the model). */
export function summarise(s: number, inh: Uint8Array, trials: number, correct: number, rateSum: Float64Array): LifEvaluation {
  const perUnit = Array.from(rateSum, (x) => x / trials);
  const mean = (f: (i: number) => boolean) => {
    const v = perUnit.filter((_, i) => f(i));
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0;
  };
  return {
    s, trials, correct, accuracy: correct / trials,
    rates_hz: { all: mean(() => true), exc: mean((i) => inh[i] === 0), inh: mean((i) => inh[i] === 1), per_unit: perUnit },
  };
}

/** Evaluate the model's LIF network at s over `trials` trials (seed as above). */
export function evaluateLif(model: RateModel, s: number, trials: number, seed = 0): LifEvaluation {
  const { correct, rateSum } = lifTrials(model, s, seed, 0, trials);
  return summarise(s, model.net.inh, trials, correct, rateSum);
}
