/**
 * A small multinomial logistic-regression readout for the fading-memory curve (spec
 * experiments.md §4.1: the source used sklearn's lbfgs; the lab's own solver with a fixed
 * iteration budget). For every lag k a softmax classifier on φ(t) = [x(t), 1]:
 *
 *   p_k(c | t) = exp(z_kc) / Σ_c' exp(z_kc'),   z_k = φ(t) W_k   (W_k: (d + 1) × A),
 *   L_k = −(1/T) Σ_t ln p_k(s(t − k) | t) + (λ/2) ‖W_k without the bias row‖²,
 *   ∇L_k = (1/T) Σ_t φ(t)ᵀ (p_k(· | t) − e_{s(t−k)}) + λ W_k (bias row unpenalised),
 *
 * minimised by full-batch Adam (step α, β₁ 0.9, β₂ 0.999, ε 1e-8, bias-corrected moments) from
 * W = 0 for exactly `iterations` steps — deterministic, no line search, no early stop. All lags
 * share one pass over the data per iteration (the features are binary and sparse: each row adds
 * the rows of W of its active neurons). The prediction is argmax_c z_kc (first maximum).
 */
import type { StateRows } from "../readout/linear";

/** Settings of the solver. */
export interface LogisticOptions {
  iterations: number;
  /** Adam's step α (default 0.05). */
  step?: number;
  /** L2 penalty λ on the state weights (default 1e-4). */
  l2?: number;
}

/** Active feature indices of every row, the bias (index d) included. */
function activeSets(states: StateRows): { start: Int32Array; index: Int32Array } {
  const { bits, steps: T, width: d } = states;
  const start = new Int32Array(T + 1);
  const index: number[] = [];
  for (let t = 0; t < T; t++) {
    for (let i = 0; i < d; i++) if (bits[t * d + i]) index.push(i);
    index.push(d);
    start[t + 1] = index.length;
  }
  return { start, index: Int32Array.from(index) };
}

/** Scores z (all lags, row-major C = A·K wide) of row t into `z`. */
function scores(W: Float64Array, C: number, sets: { start: Int32Array; index: Int32Array }, t: number, z: Float64Array): void {
  z.fill(0);
  for (let a = sets.start[t]; a < sets.start[t + 1]; a++) {
    const row = sets.index[a] * C;
    for (let c = 0; c < C; c++) z[c] += W[row + c];
  }
}

/**
 * perf(k), k = 0…lags−1, of the logistic readout trained on the first `train` rows of `states`
 * (targets s(first + t − k)) and tested on the next `test` rows, A = `alphabet` classes.
 */
export function logisticMemoryCurve(states: StateRows, symbols: Uint8Array, first: number, train: number, test: number, alphabet: number, lags: number, options: LogisticOptions): number[] {
  const d = states.width, A = alphabet, C = A * lags;
  const { iterations, step = 0.05, l2 = 1e-4 } = options;
  const sets = activeSets(states);
  const W = new Float64Array((d + 1) * C), G = new Float64Array(W.length), M = new Float64Array(W.length), V = new Float64Array(W.length);
  const z = new Float64Array(C);
  for (let it = 1; it <= iterations; it++) {
    G.fill(0);
    for (let t = 0; t < train; t++) {
      scores(W, C, sets, t, z);
      for (let k = 0; k < lags; k++) {
        const o = k * A;
        let max = -Infinity;
        for (let c = 0; c < A; c++) max = Math.max(max, z[o + c]);
        let sum = 0;
        for (let c = 0; c < A; c++) sum += z[o + c] = Math.exp(z[o + c] - max);
        for (let c = 0; c < A; c++) z[o + c] /= sum;
        z[o + symbols[first + t - k]] -= 1;
      }
      for (let a = sets.start[t]; a < sets.start[t + 1]; a++) {
        const row = sets.index[a] * C;
        for (let c = 0; c < C; c++) G[row + c] += z[c];
      }
    }
    const b1 = 1 - 0.9 ** it, b2 = 1 - 0.999 ** it;
    for (let p = 0; p < W.length; p++) {
      const g = G[p] / train + (p < d * C ? l2 * W[p] : 0);
      M[p] = 0.9 * M[p] + 0.1 * g;
      V[p] = 0.999 * V[p] + 0.001 * g * g;
      W[p] -= (step * (M[p] / b1)) / (Math.sqrt(V[p] / b2) + 1e-8);
    }
  }
  const hits = new Array<number>(lags).fill(0);
  for (let t = train; t < train + test; t++) {
    scores(W, C, sets, t, z);
    for (let k = 0; k < lags; k++) {
      let best = 0;
      for (let c = 1; c < A; c++) if (z[k * A + c] > z[k * A + best]) best = c;
      if (best === symbols[first + t - k]) hits[k]++;
    }
  }
  return hits.map((h) => h / test);
}
