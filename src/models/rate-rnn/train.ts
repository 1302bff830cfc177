/**
 * Training (spec §2, `rate/main.py`): one fresh trial per Adam update (batch 1), an evaluation on
 * `evalTrials` (100) fresh noisy trials whenever the code's 0-based trial index tr has
 * (tr − 1) % evalEvery = 0 (after updates 2, 102, 202, …), and the stopping rules:
 *
 * - success: evaluation loss < 7 and accuracy > 0.95 (and tr > 1500 for Go-NoGo);
 * - the trial cap (`maxTrials`, default 6,000 as in the paper);
 * - a non-finite loss or gradient: stop, report, and keep the last good model (the update that
 *   would have used it is not applied).
 *
 * A finite but diverged trial (L > {@link DIVERGED_LOSS}) does not stop training, but sets
 * `warning` once: its gradients (of the order of L) enter Adam's second moment v, and the step
 * m/√v̂ of every parameter they reached is then ~|g_now|/|g_diverged| until β2^t has worn v down
 * (√v̂ shrinks by √0.999 per trial: ~4,600 trials per factor 10). The unclipped `relu` at the
 * paper's init does this on trial 1 (L ≈ 1e28 at N = 200, seed 0), which freezes w and τ.
 *
 * Randomness: `NumpyRandom(seed)` draws the network (network.ts) and then every training and
 * evaluation trial in the code's order (the code's global numpy stream); the dynamics' noise
 * (TensorFlow's in the code) comes from a second `NumpyRandom(noiseSeed(seed))`.
 */
import { NumpyRandom } from "../rng/numpy-random";
import { SornInputError } from "../params/error";
import { adamStep, DEFAULT_ADAM, makeAdam, type AdamOptions, type AdamState } from "./adam";
import { backward, makeGradients, type Gradients } from "./backward";
import { forward, lossGradient, lossOf, makeTrace, type Loss, type Trace } from "./forward";
import { createNetwork, DEFAULT_NETWORK, type NetworkSettings, type RateNetwork } from "./network";
import { task as taskOf, type Task, type TaskId } from "./tasks";

export interface TrainSettings {
  task: TaskId;
  seed: number;
  loss: Loss;
  adam: AdamOptions;
  maxTrials: number;
  evalEvery: number;
  evalTrials: number;
  lossThreshold: number;
  accuracyThreshold: number;
}

export const DEFAULT_TRAIN: Omit<TrainSettings, "task" | "seed"> = {
  loss: "l2", adam: DEFAULT_ADAM, maxTrials: 6000, evalEvery: 100, evalTrials: 100, lossThreshold: 7, accuracyThreshold: 0.95,
};

/** One evaluation: after `trial` updates, the mean loss and the fraction correct. */
export interface EvalRecord {
  trial: number;
  loss: number;
  accuracy: number;
}

export type TrainStatus = "running" | "success" | "cap" | "nan";

/** A trial loss above this counts as diverged activity (see the module doc). */
export const DIVERGED_LOSS = 1e6;

/** The warning for a diverged trial (1-based `trial`, finite loss `L`). */
export function divergedWarning(trial: number, L: number): string {
  const f32 = L * L > 3.4e38 ? "; in the code's float32 this loss would already be Infinity" : "";
  return `trial ${trial}'s loss is ${L.toExponential(2)}: the activity diverged (an unbounded activation at the paper's init?)${f32}. ` +
    `Adam's second moments now hold gradients of that size, so the parameters they reached barely move for thousands of trials ` +
    `(clipped_relu, min(max(x, 0), 20), is the code's ReLU)`;
}

/** The seed of the noise stream: a fixed bijective mix of the seed (murmur3's finaliser). */
export function noiseSeed(seed: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Check the settings that can be checked before drawing; throws SornInputError. */
export function checkNetworkSettings(s: NetworkSettings): void {
  const bad = (arg: string, msg: string) => { throw new SornInputError(arg, msg); };
  if (!Number.isInteger(s.n) || s.n < 2 || s.n > 4000) bad("n", `must be an integer in [2, 4000], got ${s.n}`);
  for (const [k, v] of [["p_inh", s.pInh], ["p_rec", s.pRec]] as const) if (!(v > 0 && v < 1)) bad(k, `must be in (0, 1), got ${v}`);
  if (!(s.gain > 0 && Number.isFinite(s.gain))) bad("gain", `must be a positive number, got ${s.gain}`);
  if (!Number.isInteger(s.somN) || s.somN < 0) bad("som_n", `must be an integer ≥ 0, got ${s.somN}`);
  if (!(s.tauMin >= 1 && s.tauMax >= s.tauMin && Number.isFinite(s.tauMax))) bad("taus", `need 1 ≤ τmin ≤ τmax (in steps of 5 ms), got ${s.tauMin} ${s.tauMax}`);
}

/** Draw a network and check that its masks are usable (E and I units present, connections, SST count). */
export function initNetwork(s: NetworkSettings, rng: NumpyRandom): RateNetwork {
  checkNetworkSettings(s);
  const net = createNetwork(s, rng);
  const ni = net.inh.reduce((a, b) => a + b, 0);
  const why = s.dale && ni === 0 ? "no inhibitory unit was drawn" : s.dale && ni === s.n ? "no excitatory unit was drawn"
    : net.conn.length === 0 ? "no recurrent connection was drawn" : s.somN > ni ? `som_N = ${s.somN} exceeds the ${ni} inhibitory units` : "";
  if (why) throw new SornInputError("n", `N = ${s.n} is too small for the masks: ${why} (P_inh ${s.pInh}, P_rec ${s.pRec})`);
  return net;
}

function allFinite(a: ArrayLike<number>): boolean {
  for (let k = 0; k < a.length; k++) if (!Number.isFinite(a[k])) return false;
  return true;
}

/** A training run, advanced one trial at a time (so a worker can pause, resume and save). */
export class Trainer {
  readonly task: Task;
  readonly net: RateNetwork;
  readonly settings: TrainSettings;
  readonly taskRng: NumpyRandom;
  readonly noiseRng: NumpyRandom;
  readonly adam: AdamState;
  /** w, the τ logits and W_in at init (saved with the model). */
  readonly w0: Float64Array;
  readonly tausGaus0: Float64Array;
  readonly wIn0: Float64Array;
  /** Loss of every training trial so far. */
  losses: number[] = [];
  evals: EvalRecord[] = [];
  status: TrainStatus = "running";
  message = "";
  /** Set once, at the first diverged trial (L > DIVERGED_LOSS); training goes on. */
  warning = "";
  /** The latest training trial: its kind and label, target z (T) and outputs o (T−1, o[k] = o_{k+1}) before its update. */
  latest: { kind: string; label: number; z: Float64Array; o: Float64Array } | null = null;
  private trace: Trace;
  private readonly grads: Gradients;
  private dO: Float64Array;

  constructor(settings: TrainSettings, network: Partial<Omit<NetworkSettings, "nIn">> = {}) {
    this.settings = settings;
    this.task = taskOf(settings.task);
    this.taskRng = new NumpyRandom(settings.seed);
    this.noiseRng = new NumpyRandom(noiseSeed(settings.seed));
    this.net = initNetwork({ ...DEFAULT_NETWORK, ...network, nIn: this.task.nIn }, this.taskRng);
    this.adam = makeAdam(this.net);
    this.w0 = this.net.w.slice();
    this.tausGaus0 = this.net.tausGaus.slice();
    this.wIn0 = this.net.wIn.slice();
    this.trace = makeTrace(this.net.settings.n, this.task.T);
    this.grads = makeGradients(this.net);
    this.dO = new Float64Array(this.task.T - 1);
  }

  /** Updates done so far. */
  get trials(): number {
    return this.losses.length;
  }

  /** One training trial (forward, BPTT, Adam) and, when due, an evaluation; returns the status. */
  step(): TrainStatus {
    if (this.status !== "running") return this.status;
    const tr = this.trials;
    const trial = this.task.generate(this.taskRng);
    forward(this.net, trial.u, this.task.T, this.noiseRng, this.trace);
    const L = lossOf(this.settings.loss, this.trace.o, trial.z);
    if (!Number.isFinite(L)) return this.fail(`loss is ${L} at trial ${tr + 1}`);
    if (L > DIVERGED_LOSS && !this.warning) this.warning = divergedWarning(tr + 1, L);
    this.latest = { kind: trial.kind, label: trial.label, z: trial.z, o: this.trace.o.slice() };
    lossGradient(this.settings.loss, this.trace.o, trial.z, L, this.dO);
    const g = backward(this.net, this.trace, this.dO, this.grads);
    if (![g.dW, g.dWOut, g.dTausGaus, g.dWIn, [g.dBOut]].every(allFinite)) {
      return this.fail(`a gradient is not finite at trial ${tr + 1}`);
    }
    adamStep(this.net, g, this.adam, this.settings.adam);
    this.losses.push(L);
    const { evalEvery, lossThreshold, accuracyThreshold, maxTrials } = this.settings;
    if ((tr - 1) % evalEvery === 0) {
      const e = this.evaluate();
      this.evals.push(e);
      if (!Number.isFinite(e.loss)) return this.fail(`evaluation loss is ${e.loss} after trial ${tr + 1}`);
      if (e.loss < lossThreshold && e.accuracy > accuracyThreshold && tr > this.task.minTrial) {
        this.status = "success";
        return this.status;
      }
    }
    if (this.trials >= maxTrials) this.status = "cap";
    return this.status;
  }

  /** Evaluate on `evalTrials` fresh noisy trials (drawn from the task stream, as the code does). */
  evaluate(count = this.settings.evalTrials): EvalRecord {
    let loss = 0;
    let correct = 0;
    for (let k = 0; k < count; k++) {
      const trial = this.task.generate(this.taskRng);
      forward(this.net, trial.u, this.task.T, this.noiseRng, this.trace);
      loss += lossOf(this.settings.loss, this.trace.o, trial.z);
      if (this.task.correct(this.trace.o, trial.label)) correct++;
    }
    return { trial: this.trials, loss: loss / count, accuracy: correct / count };
  }

  /** The outputs of the latest trial (o[k] = o_{k+1}). */
  lastOutput(): Float64Array {
    return this.trace.o.slice();
  }

  private fail(message: string): TrainStatus {
    this.status = "nan";
    this.message = `${message}: training stopped; the model is kept as it was before this trial's update`;
    return this.status;
  }
}

/** Train to a stopping rule; `onEval` after every evaluation. */
export function train(settings: TrainSettings, network: Partial<Omit<NetworkSettings, "nIn">> = {}, onEval?: (e: EvalRecord, t: Trainer) => void): Trainer {
  const t = new Trainer(settings, network);
  let seen = 0;
  for (;;) {
    const status = t.step();
    for (; seen < t.evals.length; seen++) onEval?.(t.evals[seen], t);
    if (status !== "running") return t;
  }
}
