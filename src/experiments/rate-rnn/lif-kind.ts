/**
 * The pool's job kind "lif.eval": trials `from … from + count − 1` of a rate model's LIF network at
 * scaling factor s (λ = 1/s; src/models/lif/), the unit of the λ grid search (convert.ts).
 *
 * Trial k draws from its own generator, `NumpyRandom(trialSeed(seed, k))` (lif/evaluate.ts), so a
 * chunk's trials are the same whichever job runs them, and the same trials (inputs and noise) are
 * used at every s. The result holds each trial's label, correctness and per-unit rates (Hz, spikes
 * from LIF step 10 on / trial length), so the driver can sum them in trial order: the sums are then
 * bit-identical for any chunking and worker count, and equal to `evaluateLif`'s.
 *
 * Pure TypeScript (no DOM, worker or Node API): the Node and browser pools both run it. The parsed
 * model is kept per worker while the next job brings the same model text.
 */
import { defineKind } from "../../pool/registry";
import { lifNetworkOfModel, LifInputError, type LifNetwork } from "../../models/lif/network";
import { runLifTrial } from "../../models/lif/evaluate";
import { modelFromJson, type RateModel } from "../../models/rate-rnn/model-file";

/** One chunk of trials at one s. */
export interface LifEvalSpec {
  /** The model file's JSON text (sorn-lab/rate-rnn). */
  model: string;
  /** Scaling factor s > 0 (W_spk = W_eff / s). */
  s: number;
  /** Evaluation seed S: trial k uses NumpyRandom(trialSeed(S, k)). */
  seed: number;
  /** First trial index k (≥ 0) and how many trials (≥ 1). */
  from: number;
  count: number;
}

/** What one chunk returns. */
export interface LifEvalResult {
  s: number;
  from: number;
  count: number;
  /** Trials that passed the task's LIF rule. */
  correct: number;
  /** Per trial (in order): its label (task-specific: Go 1 / NoGo 0, or ±1) and 1 if correct. */
  labels: Float64Array;
  correctByTrial: Uint8Array;
  /** rates[t·N + i]: unit i's rate (Hz) in trial from + t. */
  rates: Float64Array;
  /** Σ over this chunk's trials of each unit's rate (Hz), summed in trial order. */
  rateSum: Float64Array;
}

let cached: { text: string; model: RateModel } | null = null;

/** The model of `text`, parsed once per worker while the text stays the same. */
function modelOfText(text: string): RateModel {
  if (cached?.text !== text) cached = { text, model: modelFromJson(text, "lif.eval model") };
  return cached.model;
}

/** Run one chunk (also usable without the pool). Throws LifInputError / RateModelFileError on bad input. */
export function runLifEval(spec: LifEvalSpec, ctx?: { progress(f: number): void; cancelled(): boolean }): LifEvalResult {
  const { s, seed, from, count } = spec;
  if (!Number.isInteger(from) || from < 0) throw new LifInputError(`from must be an integer ≥ 0, got ${from}`);
  if (!Number.isInteger(count) || count < 1) throw new LifInputError(`count must be a positive integer, got ${count}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new LifInputError(`seed must be an integer in [0, 4294967295], got ${seed}`);
  const model = modelOfText(spec.model);
  const net: LifNetwork = lifNetworkOfModel(model, s);
  const n = net.n;
  const labels = new Float64Array(count), correctByTrial = new Uint8Array(count);
  const rates = new Float64Array(count * n), rateSum = new Float64Array(n);
  let correct = 0;
  for (let t = 0; t < count; t++) {
    if (ctx?.cancelled()) break;
    const r = runLifTrial(net, model.task, seed, from + t);
    labels[t] = r.label;
    if (r.correct) (correct++, (correctByTrial[t] = 1));
    rates.set(r.trial.ratesHz, t * n);
    r.trial.ratesHz.forEach((x, i) => (rateSum[i] += x));
    ctx?.progress((t + 1) / count);
  }
  return { s, from, count, correct, labels, correctByTrial, rates, rateSum };
}

export const lifEvalKind = defineKind<LifEvalSpec, LifEvalResult>("lif.eval", (spec, ctx) => runLifEval(spec, ctx));
