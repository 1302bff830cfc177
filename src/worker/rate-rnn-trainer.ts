/**
 * The rate-RNN trainer's worker facade (issue 14; spec spiking-rnn.md §1–2, §5), exposed over
 * comlink by `rate-rnn-trainer.worker.ts`: one {@link Trainer} at a time, trained in time slices.
 * The page asks for the next slice when the last one has come back, so there is never more than
 * one message in flight (pause = not asking), whatever the trial rate. A slice carries the losses
 * of its trials (one transferred Float64Array), the evaluations that fell in it (every 100 trials
 * on 100 fresh trials), the latest trial's output o[k] = o_{k+1} against its target z[k] (the
 * loss's one-step pairing) and τ_i = τmin + (τmax − τmin)·σ(g_i) in ms.
 *
 * `reset` also returns the eigenvalues of W_eff = ([W]₊·D) ⊙ M at init (spikeRNN#3: with the
 * paper's |N(0,1)| init and 80 % E units the spectrum has one large real outlier; the E/I-balanced
 * deviation removes it). Saving works at any point: the model file as it stands (JSON v1, or
 * `.npz` with the original code's names).
 */
import { transfer } from "comlink";
import { eigenvalues } from "../models/rate-rnn/eigen";
import { modelOf, modelToJson } from "../models/rate-rnn/model-file";
import { DT_MS, effectiveMatrix, taus, type NetworkSettings } from "../models/rate-rnn/network";
import { modelToNpz } from "../models/rate-rnn/npz";
import type { TaskId } from "../models/rate-rnn/tasks";
import { DEFAULT_TRAIN, Trainer, type EvalRecord, type TrainStatus } from "../models/rate-rnn/train";

/** What a session is made from (the page's form, parsed). */
export interface RnnSessionSpec {
  task: TaskId;
  seed: number;
  n: number;
  activation: NetworkSettings["activation"];
  init: NetworkSettings["init"];
  maxTrials: number;
}

/** What the page knows of a new session. */
export interface RnnSessionInfo {
  spec: RnnSessionSpec;
  /** Steps per trial and the index of o where the task's rule window starts. */
  T: number;
  evalStart: number;
  /** Trials before success may stop training (Go-NoGo: 1,500). */
  minTrial: number;
  nExc: number;
  nInh: number;
  /** Live recurrent connections at init. */
  connections: number;
  /** τ per unit in ms at init. */
  tauInitMs: Float64Array;
  /** Eigenvalues of W_eff at init. */
  eigRe: Float64Array;
  eigIm: Float64Array;
}

/** One slice of training. */
export interface RnnSlice {
  /** Trials done in all, and the loss of each trial of this slice. */
  trials: number;
  losses: Float64Array;
  evals: EvalRecord[];
  status: TrainStatus;
  message: string;
  /** The trainer's warning (a diverged trial, see `Trainer.warning`), or "". */
  warning: string;
  /** The latest trial: kind, outputs (T−1) and the paired target z[0 … T−2]; empty before the first. */
  latestKind: string;
  output: Float64Array;
  target: Float64Array;
  tauMs: Float64Array;
  /** Milliseconds spent training in this session. */
  elapsedMs: number;
}

export class RateRnnTrainerService {
  private trainer: Trainer | null = null;
  private spec: RnnSessionSpec | null = null;
  private reported = 0;
  private reportedEvals = 0;
  private elapsedMs = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A new session (its errors are SornInputErrors naming the setting). */
  reset(spec: RnnSessionSpec): RnnSessionInfo {
    const t = new Trainer({ ...DEFAULT_TRAIN, task: spec.task, seed: spec.seed, maxTrials: spec.maxTrials }, { n: spec.n, activation: spec.activation, init: spec.init });
    this.trainer = t;
    this.spec = { ...spec };
    this.reported = this.reportedEvals = 0;
    this.elapsedMs = 0;
    const n = t.net.settings.n;
    const eig = eigenvalues(effectiveMatrix(t.net), n);
    const nInh = t.net.inh.reduce((a, b) => a + b, 0);
    const info: RnnSessionInfo = {
      spec: this.spec, T: t.task.T, evalStart: t.task.evalStart, minTrial: t.task.minTrial, nExc: n - nInh, nInh, connections: t.net.conn.length,
      tauInitMs: taus(t.net).map((v) => v * DT_MS), eigRe: eig.re, eigIm: eig.im,
    };
    return transfer(info, [info.tauInitMs.buffer, info.eigRe.buffer, info.eigIm.buffer] as ArrayBuffer[]);
  }

  /** Train until `budgetMs` has passed (at least one trial) or training stops. */
  train(budgetMs: number): RnnSlice {
    const t = this.need();
    const start = this.now();
    while (t.status === "running") {
      t.step();
      if (this.now() - start >= budgetMs) break;
    }
    this.elapsedMs += this.now() - start;
    const losses = Float64Array.from(t.losses.slice(this.reported));
    const evals = t.evals.slice(this.reportedEvals);
    this.reported = t.losses.length;
    this.reportedEvals = t.evals.length;
    const T1 = t.task.T - 1;
    const output = t.latest ? t.latest.o.slice() : new Float64Array(0);
    const target = t.latest ? t.latest.z.slice(0, T1) : new Float64Array(0);
    const slice: RnnSlice = {
      trials: t.trials, losses, evals, status: t.status, message: t.message, warning: t.warning, latestKind: t.latest?.kind ?? "",
      output, target, tauMs: taus(t.net).map((v) => v * DT_MS), elapsedMs: this.elapsedMs,
    };
    return transfer(slice, [losses.buffer, output.buffer, target.buffer, slice.tauMs.buffer] as ArrayBuffer[]);
  }

  /** The model file's JSON text as training stands. */
  modelJson(): string {
    return modelToJson(modelOf(this.need(), Math.round(this.elapsedMs)));
  }

  /** The model as `.npz` bytes (the original code's names). */
  modelNpz(): Uint8Array {
    const bytes = modelToNpz(modelOf(this.need(), Math.round(this.elapsedMs)));
    return transfer(bytes, [bytes.buffer as ArrayBuffer]);
  }

  private need(): Trainer {
    if (!this.trainer) throw new Error("no rate-RNN training session (reset first)");
    return this.trainer;
  }
}
