/**
 * Adam, as TensorFlow 1's `tf.train.AdamOptimizer` applies it (lr 0.01, β1 0.9, β2 0.999, ε 1e-8):
 *
 *   m ← β1 m + (1 − β1) g,   v ← β2 v + (1 − β2) g²
 *   θ ← θ − lr_t · m / (√v + ε),   lr_t = lr · √(1 − β2^t) / (1 − β1^t)
 *
 * over the trained parameters of a {@link RateNetwork}: the live-or-dead entries `conn` of w
 * (an entry with zero gradient still moves with its momentum, as in TF; structural zeros are never
 * touched), w_out, b_out, the τ logits (when τ is trained) and, only if asked, W_in.
 */
import type { Gradients } from "./backward";
import { tauTrained, type RateNetwork } from "./network";

export interface AdamOptions {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  /** Train W_in too (a deviation: the code keeps it fixed). Default false. */
  trainInput: boolean;
}

export const DEFAULT_ADAM: AdamOptions = { lr: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, trainInput: false };

/** Adam's moments, one pair per parameter group, and the step count. */
export interface AdamState {
  t: number;
  m: { w: Float64Array; wIn: Float64Array; wOut: Float64Array; bOut: Float64Array; tau: Float64Array };
  v: { w: Float64Array; wIn: Float64Array; wOut: Float64Array; bOut: Float64Array; tau: Float64Array };
}

export function makeAdam(net: RateNetwork): AdamState {
  const { n, nIn } = net.settings;
  const moments = () => ({
    w: new Float64Array(net.conn.length), wIn: new Float64Array(n * nIn), wOut: new Float64Array(n),
    bOut: new Float64Array(1), tau: new Float64Array(n),
  });
  return { t: 0, m: moments(), v: moments() };
}

function apply(theta: Float64Array, grad: ArrayLike<number>, m: Float64Array, v: Float64Array, lrT: number, o: AdamOptions, index?: Int32Array): void {
  const { beta1, beta2, eps } = o;
  for (let k = 0; k < m.length; k++) {
    const g = grad[k];
    const mk = (m[k] = beta1 * m[k] + (1 - beta1) * g);
    const vk = (v[k] = beta2 * v[k] + (1 - beta2) * g * g);
    const step = (lrT * mk) / (Math.sqrt(vk) + eps);
    if (index) theta[index[k]] -= step;
    else theta[k] -= step;
  }
}

/** One Adam update of `net` in place with `grads`. */
export function adamStep(net: RateNetwork, grads: Gradients, state: AdamState, o: AdamOptions = DEFAULT_ADAM): void {
  state.t++;
  const lrT = (o.lr * Math.sqrt(1 - o.beta2 ** state.t)) / (1 - o.beta1 ** state.t);
  const { m, v } = state;
  apply(net.w, grads.dW, m.w, v.w, lrT, o, net.conn);
  apply(net.wOut, grads.dWOut, m.wOut, v.wOut, lrT, o);
  const b = new Float64Array([net.bOut]);
  apply(b, [grads.dBOut], m.bOut, v.bOut, lrT, o);
  net.bOut = b[0];
  if (tauTrained(net.settings)) apply(net.tausGaus, grads.dTausGaus, m.tau, v.tau, lrT, o);
  if (o.trainInput) apply(net.wIn, grads.dWIn, m.wIn, v.wIn, lrT, o);
}
