/**
 * Export a rate model as `.npz` with the variable names and shapes `rate/main.py` saves (its
 * `.mat`), so `var = dict(np.load("model.npz"))` reads like `scipy.io.loadmat` of the original:
 *
 * | key            | shape     | meaning                                                    |
 * |----------------|-----------|------------------------------------------------------------|
 * | `w`            | (N, N)    | trained recurrent weights, post-ReLU (≥ 0 under Dale), [post, pre] |
 * | `w0`           | (N, N)    | `w` at init (post-ReLU)                                    |
 * | `m`            | (N, N)    | diagonal sign mask: +1 E, −1 I                             |
 * | `som_m`        | (N, N)    | SST mask (0 where SST rows meet inhibitory columns)        |
 * | `w_in`, `w_in0`| (N, nIn)  | input weights now / at init (fixed unless trainInput)      |
 * | `w_out`        | (1, N)    | readout                                                    |
 * | `b_out`        | ()        | readout bias                                               |
 * | `taus_gaus`, `taus_gaus0` | (N, 1) | τ logits now / at init                                |
 * | `taus`         | (2,) or (1,) | [τmin, τmax] in steps (×5 ms)                            |
 * | `N`, `som_N`   | ()        | int64                                                      |
 * | `exc`, `inh`   | (N, 1)    | bool                                                       |
 * | `losses`       | (trials,) | training loss per trial (the code's array is n_trials long, zero-padded) |
 * | `tr`           | ()        | the code's 0-based index of the last trial                  |
 * | `eval_perf_mean`, `eval_loss_mean` | (1,) | the last evaluation                             |
 * | `activation`   | ()        | unicode, e.g. 'sigmoid'                                     |
 *
 * Added (not in the code's file): `task`, `loss_fn`, `apply_dale`, `P_inh`, `P_rec`, `gain`,
 * `training_status`, `eval_trials` (the trial counts of the evaluations), `eval_perf`, `eval_loss`,
 * `taus_ms` (N,) (the trained τ in ms).
 * W_eff for a LIF mapping: `w_eff = (w @ m) * som_m` (the code's `ww`).
 */
import type { NdArray } from "../io/npy";
import { writeNpz } from "../io/npz";
import type { RateModel } from "./model-file";
import { DT_MS, taus } from "./network";

const f64 = (shape: number[], data: ArrayLike<number>): NdArray => ({ dtype: "float64", shape, data: Float64Array.from(data) });
const str = (s: string): NdArray => ({ dtype: "unicode", shape: [], data: [s] });
const bool = (shape: number[], data: ArrayLike<number>): NdArray => ({ dtype: "bool", shape, data: Uint8Array.from(data) });

/** The `.npz` bytes of `model` (see the table above). */
export function modelToNpz(model: RateModel): Uint8Array {
  const { net } = model;
  const { n, nIn, dale, tauMin, tauMax, somN } = net.settings;
  const post = (w: Float64Array) => (dale ? w.map((v) => Math.max(v, 0)) : w.slice());
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = net.sign[i];
  const last = model.history.evals.at(-1);
  const arrays: Record<string, NdArray> = {
    w: f64([n, n], post(net.w)),
    w0: f64([n, n], post(model.w0)),
    m: f64([n, n], m),
    som_m: f64([n, n], net.somMask),
    w_in: f64([n, nIn], net.wIn),
    w_in0: f64([n, nIn], model.wIn0),
    w_out: f64([1, n], net.wOut),
    b_out: f64([], [net.bOut]),
    taus_gaus: f64([n, 1], net.tausGaus),
    taus_gaus0: f64([n, 1], model.tausGaus0),
    taus: f64([tauMax > tauMin ? 2 : 1], tauMax > tauMin ? [tauMin, tauMax] : [tauMin]),
    N: { dtype: "int64", shape: [], data: Float64Array.of(n) },
    som_N: { dtype: "int64", shape: [], data: Float64Array.of(somN) },
    exc: bool([n, 1], Array.from(net.inh, (v) => 1 - v)),
    inh: bool([n, 1], net.inh),
    losses: f64([model.history.losses.length], model.history.losses),
    tr: { dtype: "int64", shape: [], data: Float64Array.of(Math.max(model.history.trials - 1, 0)) },
    eval_perf_mean: f64([1], [last?.accuracy ?? NaN]),
    eval_loss_mean: f64([1], [last?.loss ?? NaN]),
    activation: str(net.settings.activation),
    task: str(model.task),
    loss_fn: str(model.training.loss),
    apply_dale: bool([], [dale ? 1 : 0]),
    P_inh: f64([], [net.settings.pInh]),
    P_rec: f64([], [net.settings.pRec]),
    gain: f64([], [net.settings.gain]),
    training_status: str(model.history.status),
    eval_trials: { dtype: "int64", shape: [model.history.evals.length], data: Float64Array.from(model.history.evals, (e) => e.trial) },
    eval_perf: f64([model.history.evals.length], model.history.evals.map((e) => e.accuracy)),
    eval_loss: f64([model.history.evals.length], model.history.evals.map((e) => e.loss)),
    taus_ms: f64([n], Array.from(taus(net), (t) => t * DT_MS)),
  };
  return writeNpz(arrays);
}
