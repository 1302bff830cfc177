/**
 * A trained (or partly trained) rate RNN as a JSON file. Format `sorn-lab/rate-rnn`, version 1:
 *
 * ```
 * {
 *   "format": "sorn-lab/rate-rnn", "version": 1,
 *   "task": "go-nogo" | "mante" | "xor" | "dms", "seed": S,
 *   "network": {                         // NetworkSettings (network.ts); τ bounds in steps
 *     "n", "nIn", "pInh", "pRec", "gain", "somN", "dale", "init": "paper"|"balanced",
 *     "activation", "tauMin", "tauMax" },
 *   "training": {                        // TrainSettings without task and seed (train.ts)
 *     "loss", "adam": { "lr", "beta1", "beta2", "eps", "trainInput" }, "maxTrials", "evalEvery",
 *     "evalTrials", "lossThreshold", "accuracyThreshold" },
 *   "dtMs": 5,                           // one step in ms (τ_ms = 5 · τ_steps)
 *   "weights": {
 *     "inh":       [N] 0/1,              // 1 = inhibitory; sign m_j = −1 for them, +1 otherwise
 *     "w":         [N][N],               // stored variable, pre-ReLU, rows = post i, cols = pre j
 *     "w0":        [N][N],               // w at init; its non-zeros are the only trainable entries
 *     "w_in":      [N][nIn],  "w_in0": [N][nIn] (at init; equal unless --train-input),
 *     "w_out":     [N],  "b_out": number,
 *     "taus_gaus": [N],  "taus_gaus0": [N], // τ logits now and at init
 *     "taus_ms":   [N]                   // τ_i in ms (derived; ignored on load)
 *   },
 *   "history": { "status": "running"|"success"|"cap"|"nan", "message", "trials",
 *                "losses": [trials], "evals": [{ "trial", "loss", "accuracy" }], "elapsedMs" }
 * }
 * ```
 *
 * W_eff = max(w, 0) · diag(m) ⊙ som_m (Dale) or w ⊙ som_m (no Dale), where som_m is rebuilt from
 * `inh` and `somN` (0 for SST rows, i.e. the first somN inhibitory units, at inhibitory columns).
 * A file that is not JSON, of another format or version, or of the wrong shapes → RateModelFileError.
 */
import { isActivation } from "./activation";
import { LOSSES } from "./forward";
import { somMaskOf, taus, DT_MS, type NetworkSettings, type RateNetwork } from "./network";
import { isTask, type TaskId } from "./tasks";
import type { EvalRecord, Trainer, TrainSettings, TrainStatus } from "./train";

export const MODEL_FORMAT = "sorn-lab/rate-rnn";
export const MODEL_VERSION = 1;

export class RateModelFileError extends Error {
  override name = "RateModelFileError";
}

/** What a model file holds, in memory. */
export interface RateModel {
  task: TaskId;
  seed: number;
  training: Omit<TrainSettings, "task" | "seed">;
  net: RateNetwork;
  /** w, the τ logits and W_in at init. */
  w0: Float64Array;
  tausGaus0: Float64Array;
  wIn0: Float64Array;
  history: { status: TrainStatus; message: string; trials: number; losses: number[]; evals: EvalRecord[]; elapsedMs: number };
}

const rows = (a: Float64Array, n: number, m: number) => Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * m, (i + 1) * m)));

/** The model as the JSON text of the format above. */
export function modelToJson(model: RateModel): string {
  const { net } = model;
  const { n, nIn } = net.settings;
  return JSON.stringify({
    format: MODEL_FORMAT, version: MODEL_VERSION, task: model.task, seed: model.seed,
    network: net.settings, training: model.training, dtMs: DT_MS,
    weights: {
      inh: Array.from(net.inh), w: rows(net.w, n, n), w0: rows(model.w0, n, n), w_in: rows(net.wIn, n, nIn), w_in0: rows(model.wIn0, n, nIn),
      w_out: Array.from(net.wOut), b_out: net.bOut, taus_gaus: Array.from(net.tausGaus), taus_gaus0: Array.from(model.tausGaus0),
      taus_ms: Array.from(taus(net), (t) => t * DT_MS),
    },
    history: model.history,
  });
}

function fail(name: string, detail: string): never {
  throw new RateModelFileError(`${name}: ${detail}`);
}

/** Parse and validate a model file's text; `name` labels the errors. */
export function modelFromJson(text: string, name = "model.json"): RateModel {
  let d: any;
  try {
    d = JSON.parse(text);
  } catch (e) {
    fail(name, `not a JSON file (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!d || typeof d !== "object" || d.format !== MODEL_FORMAT) {
    fail(name, `not a rate-RNN model file (expected "format": "${MODEL_FORMAT}", got ${JSON.stringify(d?.format ?? null)})`);
  }
  if (d.version !== MODEL_VERSION) fail(name, `unsupported format version ${JSON.stringify(d.version)} (this build reads version ${MODEL_VERSION})`);
  if (!isTask(d.task)) fail(name, `unknown task ${JSON.stringify(d.task)}`);
  const s = d.network as NetworkSettings;
  if (!s || !Number.isInteger(s.n) || s.n < 2 || !Number.isInteger(s.nIn) || s.nIn < 1) fail(name, "network.n / network.nIn missing or not positive integers");
  if (!isActivation(s.activation)) fail(name, `unknown activation ${JSON.stringify(s.activation)}`);
  if (typeof s.dale !== "boolean" || !Number.isInteger(s.somN) || !(s.tauMin >= 1 && s.tauMax >= s.tauMin)) fail(name, "network settings (dale, somN, tauMin/tauMax) are invalid");
  if (!d.training || !(LOSSES as readonly string[]).includes(d.training.loss)) fail(name, "training.loss missing or unknown");
  const w = d.weights ?? fail(name, "no weights");
  const n = s.n;
  const vec = (key: string, len: number) => {
    const v = w[key];
    if (!Array.isArray(v) || v.length !== len || !v.every((x: unknown) => typeof x === "number" && Number.isFinite(x))) {
      fail(name, `weights.${key}: expected ${len} finite numbers`);
    }
    return Float64Array.from(v as number[]);
  };
  const mat = (key: string, r: number, c: number) => {
    const v = w[key];
    if (!Array.isArray(v) || v.length !== r || !v.every((row: unknown) => Array.isArray(row) && row.length === c)) fail(name, `weights.${key}: expected ${r}×${c} rows`);
    const out = new Float64Array(r * c);
    v.forEach((row: unknown[], i: number) => row.forEach((x, j) => {
      if (typeof x !== "number" || !Number.isFinite(x)) fail(name, `weights.${key}[${i}][${j}] is not a finite number`);
      out[i * c + j] = x;
    }));
    return out;
  };
  const inh = vec("inh", n);
  if (!inh.every((v) => v === 0 || v === 1)) fail(name, "weights.inh must hold 0/1");
  if (typeof w.b_out !== "number" || !Number.isFinite(w.b_out)) fail(name, "weights.b_out is not a finite number");
  const inhU8 = Uint8Array.from(inh);
  const somMask = somMaskOf(inhU8, s.somN);
  const w0 = mat("w0", n, n);
  const conn: number[] = [];
  for (let k = 0; k < n * n; k++) if (w0[k] !== 0 && somMask[k] !== 0) conn.push(k);
  const net: RateNetwork = {
    settings: { ...s }, inh: inhU8, sign: Float64Array.from(inhU8, (v) => (v ? -1 : 1)), somMask,
    w: mat("w", n, n), conn: Int32Array.from(conn), wIn: mat("w_in", n, s.nIn), wOut: vec("w_out", n), bOut: w.b_out,
    tausGaus: vec("taus_gaus", n),
  };
  for (let k = 0; k < n * n; k++) if (w0[k] === 0 && net.w[k] !== 0) fail(name, "weights.w has a connection that w0 lacks (the pattern cannot grow)");
  const h = d.history ?? {};
  const losses = Array.isArray(h.losses) ? h.losses.map((x: unknown) => (typeof x === "number" ? x : NaN)) : [];
  const evals = Array.isArray(h.evals) ? h.evals.map((e: any) => ({ trial: Number(e?.trial), loss: e?.loss ?? NaN, accuracy: Number(e?.accuracy) })) : [];
  return {
    task: d.task, seed: Number(d.seed) >>> 0, training: d.training, net, w0, tausGaus0: vec("taus_gaus0", n),
    wIn0: w.w_in0 === undefined ? net.wIn.slice() : mat("w_in0", n, s.nIn),
    history: { status: h.status ?? "running", message: String(h.message ?? ""), trials: Number(h.trials ?? losses.length), losses, evals, elapsedMs: Number(h.elapsedMs ?? 0) },
  };
}

/** The model file of a trainer as it stands (at any point of training). */
export function modelOf(t: Trainer, elapsedMs = 0): RateModel {
  const { task, seed, ...training } = t.settings;
  return {
    task, seed, training, net: t.net, w0: t.w0, tausGaus0: t.tausGaus0, wIn0: t.wIn0,
    history: { status: t.status, message: t.message, trials: t.trials, losses: t.losses.slice(), evals: t.evals.slice(), elapsedMs },
  };
}
