/**
 * The pool's job kind "rnn.lesson": the "from rates to spikes" lesson's experiment in one job
 * (Kim, Li & Sejnowski 2019; spec spiking-rnn.md §2–§4). It trains a Go-NoGo sigmoid rate RNN of N
 * units (train.ts: Adam, batch 1, stop when the evaluation loss < 7, accuracy > 0.95 and tr > 1500,
 * or at the cap), then maps it to LIF neurons at each scaling factor s of `sValues`,
 *
 *   W_spk = W_eff / s,  w_out,spk = w_out / s   (λ = 1/s),
 *
 * and scores `trials` LIF trials at each s (lif/evaluate.ts: trial k from NumpyRandom(trialSeed(seed, k)),
 * the same trials at every s; Go ✓ if max out > 0.7, NoGo ✓ if max out < 0.3, from 0.5 s). The best s
 * is the argmax of accuracy, ties to the smaller s (MATLAB's `max`, §3). Rates are spikes from LIF
 * step 10 on per trial length, averaged over trials and units (Hz).
 *
 * Progress: training counts as the first 70 % (trials / cap), the LIF trials as the rest. Cancel is
 * checked every 20 training trials and before each LIF trial. Listed in src/pool/kinds.ts.
 */
import { defineKind, type JobContext } from "../../pool/registry";
import { SornInputError } from "../../models/params/error";
import { lifNetworkOfModel } from "../../models/lif/network";
import { runLifTrial, summarise } from "../../models/lif/evaluate";
import { modelOf } from "../../models/rate-rnn/model-file";
import { DEFAULT_TRAIN, Trainer, type TrainStatus } from "../../models/rate-rnn/train";

/** The job's JSON spec. */
export interface RnnLessonSpec {
  /** Seed of the training (network and trials) and of the LIF trials, an integer in [0, 2^32). */
  seed: number;
  /** Number of rate units N (the paper's example: 200), an integer in [10, 400]. */
  n: number;
  /** Scaling factors s > 0 to score (1–12 values). */
  sValues: number[];
  /** LIF trials per s, an integer in [1, 200]. */
  trials: number;
  /** The training's trial cap (default 6,000, the paper's). */
  maxTrials?: number;
}

/** The LIF network at one s. */
export interface LifAtS {
  s: number;
  /** Fraction of the trials the LIF output got right. */
  accuracy: number;
  /** Mean rate over trials and units (Hz): all, excitatory, inhibitory. */
  rates_hz: { all: number; exc: number; inh: number };
}

/** The job's result (plain JSON). */
export interface RnnLessonResult {
  /** Whether the rate network met its stopping rule before the cap. */
  trained: boolean;
  status: TrainStatus;
  /** Training trials (Adam updates) run. */
  trials: number;
  /** The rate network's accuracy at its last evaluation (100 noisy trials). */
  accuracyRate: number;
  lif: LifAtS[];
  /** The s of the highest LIF accuracy (the first of ties), its accuracy and rates. */
  best_s: number;
  best_accuracy: number;
  best_rates_hz: number;
  /** Seconds spent training, and scoring the LIF networks. */
  seconds: { train: number; lif: number };
}

const TRAIN_SHARE = 0.7;

/** Refuse a bad spec with a SornInputError naming the key. */
export function checkLessonSpec(spec: RnnLessonSpec): void {
  const int = (key: string, v: unknown, lo: number, hi: number) => {
    if (typeof v !== "number" || !Number.isInteger(v) || v < lo || v > hi) throw new SornInputError(key, `must be an integer in [${lo}, ${hi}], got ${String(v)}`);
  };
  if (spec === null || typeof spec !== "object") throw new SornInputError("spec", `must be an object, got ${String(spec)}`);
  int("seed", spec.seed, 0, 0xffffffff);
  int("n", spec.n, 10, 400);
  int("trials", spec.trials, 1, 200);
  if (spec.maxTrials !== undefined) int("maxTrials", spec.maxTrials, 1, 100_000);
  const s = spec.sValues;
  if (!Array.isArray(s) || s.length < 1 || s.length > 12) throw new SornInputError("sValues", `must be a list of 1–12 numbers, got ${JSON.stringify(s)}`);
  s.forEach((v, k) => {
    if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v)) throw new SornInputError(`sValues[${k}]`, `must be a finite number > 0, got ${String(v)}`);
  });
}

/** Run the lesson's experiment (also usable without the pool). */
export function runRnnLesson(spec: RnnLessonSpec, ctx?: Pick<JobContext, "progress" | "cancelled">): RnnLessonResult {
  checkLessonSpec(spec);
  const t0 = Date.now();
  const maxTrials = spec.maxTrials ?? DEFAULT_TRAIN.maxTrials;
  const trainer = new Trainer({ ...DEFAULT_TRAIN, maxTrials, task: "go-nogo", seed: spec.seed }, { n: spec.n, activation: "sigmoid" });
  let cancelled = false;
  while (trainer.step() === "running") {
    if (trainer.trials % 20 === 0) {
      ctx?.progress((TRAIN_SHARE * trainer.trials) / maxTrials);
      if (ctx?.cancelled()) (cancelled = true);
      if (cancelled) break;
    }
  }
  const t1 = Date.now();
  const model = modelOf(trainer);
  const lastEval = trainer.evals[trainer.evals.length - 1];
  const lif: LifAtS[] = [];
  const total = spec.sValues.length * spec.trials;
  for (const [i, s] of spec.sValues.entries()) {
    if (cancelled) break;
    const net = lifNetworkOfModel(model, s);
    const rateSum = new Float64Array(net.n);
    let correct = 0;
    for (let k = 0; k < spec.trials; k++) {
      if (ctx?.cancelled()) (cancelled = true);
      if (cancelled) break;
      const r = runLifTrial(net, "go-nogo", spec.seed, k);
      if (r.correct) correct++;
      r.trial.ratesHz.forEach((x, u) => (rateSum[u] += x));
      ctx?.progress(TRAIN_SHARE + ((1 - TRAIN_SHARE) * (i * spec.trials + k + 1)) / total);
    }
    if (cancelled) break;
    const e = summarise(s, model.net.inh, spec.trials, correct, rateSum);
    lif.push({ s, accuracy: e.accuracy, rates_hz: { all: e.rates_hz.all, exc: e.rates_hz.exc, inh: e.rates_hz.inh } });
  }
  let best = lif[0];
  for (const x of lif) if (x.accuracy > best.accuracy) best = x;
  return {
    trained: trainer.status === "success", status: trainer.status, trials: trainer.trials, accuracyRate: lastEval?.accuracy ?? 0,
    lif, best_s: best?.s ?? 0, best_accuracy: best?.accuracy ?? 0, best_rates_hz: best?.rates_hz.all ?? 0,
    seconds: { train: (t1 - t0) / 1000, lif: (Date.now() - t1) / 1000 },
  };
}

export const rnnLessonKind = defineKind<RnnLessonSpec, RnnLessonResult>("rnn.lesson", (spec, ctx) => runRnnLesson(spec, ctx));
