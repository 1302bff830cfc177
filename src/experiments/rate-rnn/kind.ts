/**
 * The pool's job kind "rnn.train": one rate-RNN training (src/models/rate-rnn/) from a JSON spec,
 * with the pool's progress (trials / cap) and cancel. The result carries the summary, the
 * evaluations, τ in ms and, when `keepModel` is set, the model file's JSON text. Listed in
 * src/pool/kinds.ts.
 */
import { defineKind } from "../../pool/registry";
import { modelOf, modelToJson } from "../../models/rate-rnn/model-file";
import { DT_MS, taus, type NetworkSettings } from "../../models/rate-rnn/network";
import type { TaskId } from "../../models/rate-rnn/tasks";
import { DEFAULT_TRAIN, Trainer, type EvalRecord, type TrainSettings, type TrainStatus } from "../../models/rate-rnn/train";

export interface RnnTrainSpec {
  task: TaskId;
  seed: number;
  /** Network settings other than nIn (defaults: network.ts). */
  network?: Partial<Omit<NetworkSettings, "nIn">>;
  /** Training settings other than task and seed (defaults: train.ts). */
  training?: Partial<Omit<TrainSettings, "task" | "seed">>;
  /** Return the model file's JSON text too. */
  keepModel?: boolean;
}

export interface RnnTrainResult {
  seed: number;
  status: TrainStatus;
  message: string;
  /** The trainer's warning (a diverged trial; train.ts), "" if none. */
  warning: string;
  trials: number;
  evals: EvalRecord[];
  /** τ per unit in ms after training, and at init. */
  tauMs: Float64Array;
  tauInitMs: Float64Array;
  seconds: number;
  model?: string;
}

/** Run one training (also usable directly, without the pool). */
export function runRnnTrain(spec: RnnTrainSpec, ctx?: { progress(f: number): void; cancelled(): boolean }): RnnTrainResult {
  const t0 = Date.now();
  const t = new Trainer({ ...DEFAULT_TRAIN, ...spec.training, task: spec.task, seed: spec.seed }, spec.network ?? {});
  const tauInitMs = taus(t.net).map((v) => v * DT_MS);
  while (t.step() === "running") {
    if (t.trials % 20 === 0) {
      ctx?.progress(t.trials / t.settings.maxTrials);
      if (ctx?.cancelled()) break;
    }
  }
  const seconds = (Date.now() - t0) / 1000;
  return {
    seed: spec.seed, status: t.status, message: t.message, warning: t.warning, trials: t.trials, evals: t.evals,
    tauMs: taus(t.net).map((v) => v * DT_MS), tauInitMs, seconds,
    ...(spec.keepModel ? { model: modelToJson(modelOf(t, Math.round(seconds * 1000))) } : {}),
  };
}

export const rnnTrainKind = defineKind<RnnTrainSpec, RnnTrainResult>("rnn.train", (spec, ctx) => runRnnTrain(spec, ctx));
