/**
 * A linear winner-take-all readout on binary network states (spec experiments.md §3.3 step 5):
 * features φ(t) = [s(t), 1] (the d state bits and a bias), one output per class, weights
 *
 *   W = argmin_W ‖Φ W − Y‖²_F + μ ‖W_{0:d}‖²_F      (Y one-hot, μ = `ridge`, default 0)
 *
 * solved by {@link lstsq} (minimum norm where Φ is rank-deficient); with μ > 0 as the ordinary
 * least squares of Φ stacked over √μ·[I_d 0] (the bias is not penalised). The prediction is
 * argmax_c (φ(t) W)_c, the first maximum on ties (as numpy's argmax).
 */
import { lstsq, matrix, multiply, type Matrix } from "./qr";

/** States of T steps, each d bits, row-major: bit i of step t is bits[t·d + i]. */
export interface StateRows {
  readonly bits: Uint8Array;
  readonly steps: number;
  readonly width: number;
}

/** A trained readout. */
export interface LinearReadout {
  /** (d + 1) × classes, the last row the bias. */
  readonly W: Matrix;
  readonly classes: number;
  /** The numerical rank of the training design (with the ridge rows, d + 1 unless all-zero). */
  readonly rank: number;
}

/** The design [s(t), 1] as a column-major (T + extra) × (d + 1) matrix (extra rows left 0). */
export function design(states: StateRows, extraRows = 0): Matrix {
  const { bits, steps: T, width: d } = states;
  const m = T + extraRows;
  const X = matrix(m, d + 1);
  for (let t = 0; t < T; t++) {
    const row = t * d;
    for (let i = 0; i < d; i++) if (bits[row + i]) X.data[i * m + t] = 1;
    X.data[d * m + t] = 1;
  }
  return X;
}

/** One-hot targets (T + extra) × classes; classes must be integers in [0, classes). */
export function oneHot(targets: ArrayLike<number>, classes: number, extraRows = 0): Matrix {
  const m = targets.length + extraRows;
  const Y = matrix(m, classes);
  for (let t = 0; t < targets.length; t++) {
    const c = targets[t];
    if (!Number.isInteger(c) || c < 0 || c >= classes) throw new RangeError(`readout: target ${t} is ${c}, not a class in [0, ${classes})`);
    Y.data[c * m + t] = 1;
  }
  return Y;
}

/** Fits W on states → targets (see the module comment); `ridge` μ ≥ 0. */
export function fitReadout(states: StateRows, targets: ArrayLike<number>, classes: number, ridge = 0): LinearReadout {
  if (targets.length !== states.steps) throw new RangeError(`readout: ${states.steps} states but ${targets.length} targets`);
  if (!(ridge >= 0) || !Number.isFinite(ridge)) throw new RangeError(`readout: ridge must be a finite number ≥ 0, got ${ridge}`);
  const d = states.width;
  const extra = ridge > 0 ? d : 0;
  const X = design(states, extra);
  const Y = oneHot(targets, classes, extra);
  if (extra) {
    const m = X.rows, s = Math.sqrt(ridge);
    for (let i = 0; i < d; i++) X.data[i * m + states.steps + i] = s;
  }
  const { W, rank } = lstsq(X, Y);
  return { W, classes, rank };
}

/** argmax over classes of each row of a T × classes column-major score matrix (first maximum). */
export function argmaxRows(scores: Matrix): Uint8Array {
  const { rows: T, cols: k, data } = scores;
  const out = new Uint8Array(T);
  for (let t = 0; t < T; t++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (data[c * T + t] > data[best * T + t]) best = c;
    out[t] = best;
  }
  return out;
}

/** The readout's class for every step of `states`. */
export function predict(readout: LinearReadout, states: StateRows): Uint8Array {
  if (states.width + 1 !== readout.W.rows) throw new RangeError(`readout: trained on ${readout.W.rows - 1} bits, given ${states.width}`);
  return argmaxRows(multiply(design(states), readout.W));
}
