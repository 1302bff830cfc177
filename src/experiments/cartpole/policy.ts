/**
 * The softmax readout's maths for two actions (spec experiments.md §2.2 steps 3.2–3.5 and 4,
 * §2.4), written out so every sum has a stated order.
 *
 *  z_j = Σ_k φ_k w[k, j]                (k ascending; numpy's BLAS order is unspecified, B12)
 *  docs:      p_j = e^{z_j} / (e^{z_0} + e^{z_1})                    (no max-subtraction, B3)
 *  corrected: p_j = e^{z_j − m} / (e^{z_0 − m} + e^{z_1 − m}), m = max(z_0, z_1)
 *  action:    np.random.choice(2, p): c_0 = p_0 / (p_0 + p_1) (cumsum / its last), one uniform
 *             U, a = 1 iff U ≥ c_0 (searchsorted 'right')
 *  docs gradient:      J = diag(p) − p pᵀ, d_j = J[a, j] / p_a   (= e_a − p up to rounding)
 *  corrected gradient: d = e_a − p
 *  g = φ dᵀ, g[k, j] = φ_k · d_j  (an exact outer product)
 */

/** Two probabilities, or the reason the docs' softmax failed (B3). */
export type Softmax = { ok: true; p0: number; p1: number } | { ok: false; message: string };

/**
 * The docs' softmax: exp(z)/Σexp(z) without max-subtraction, and numpy's checks in
 * `np.random.choice(2, p=p)` (no NaN, p ≥ 0, |Σp − 1| ≤ √ε); a failure is the overflow report.
 */
export function docsSoftmax(z0: number, z1: number): Softmax {
  const e0 = Math.exp(z0);
  const e1 = Math.exp(z1);
  const s = e0 + e1;
  const p0 = e0 / s;
  const p1 = e1 / s;
  if (Number.isFinite(p0) && Number.isFinite(p1) && Math.abs(p0 + p1 - 1) <= Math.sqrt(2 ** -52)) return { ok: true, p0, p1 };
  const z = `z = [${z0}, ${z1}]`;
  if (!Number.isFinite(e0) || !Number.isFinite(e1) || !Number.isFinite(s)) {
    return { ok: false, message: `softmax overflow (docs bug B3): exp(z) is infinite at ${z} (z > 709.78), p = [${p0}, ${p1}]; numpy's choice raises ValueError` };
  }
  return { ok: false, message: `softmax underflow (docs bug B3): exp(z) is 0 at ${z} (z < −745), p = [${p0}, ${p1}]; numpy's choice raises ValueError` };
}

/** The stable softmax of the corrected mode: finite for any finite z. */
export function stableSoftmax(z0: number, z1: number): { p0: number; p1: number } {
  const m = z0 > z1 ? z0 : z1;
  const e0 = Math.exp(z0 - m);
  const e1 = Math.exp(z1 - m);
  const s = e0 + e1;
  return { p0: e0 / s, p1: e1 / s };
}

/** `np.random.choice(2, p=[p0, p1])` given its one uniform U: 1 iff U ≥ p0 / (p0 + p1). */
export function chooseAction(p0: number, p1: number, u: number): 0 | 1 {
  return u >= p0 / (p0 + p1) ? 1 : 0;
}

/** The docs' d = J[a, :] / p_a with J = diagflat(p) − p pᵀ, into `out` (length 2). */
export function docsScore(p0: number, p1: number, a: 0 | 1, out: Float64Array): Float64Array {
  const pa = a === 0 ? p0 : p1;
  out[0] = ((a === 0 ? p0 : 0) - pa * p0) / pa;
  out[1] = ((a === 1 ? p1 : 0) - pa * p1) / pa;
  return out;
}

/** d = e_a − p, into `out`. */
export function correctedScore(p0: number, p1: number, a: 0 | 1, out: Float64Array): Float64Array {
  out[0] = (a === 0 ? 1 : 0) - p0;
  out[1] = (a === 1 ? 1 : 0) - p1;
  return out;
}

/** g = φ dᵀ (n × 2, row-major), into `out`. */
export function outer(phi: ArrayLike<number>, d: ArrayLike<number>, out: Float64Array): Float64Array {
  for (let k = 0; k < phi.length; k++) {
    out[2 * k] = phi[k] * d[0];
    out[2 * k + 1] = phi[k] * d[1];
  }
  return out;
}

/** z = φ·w for w (n × 2, row-major): both sums over k ascending. */
export function logits(phi: ArrayLike<number>, w: Float64Array): [number, number] {
  let z0 = 0;
  let z1 = 0;
  for (let k = 0; k < phi.length; k++) {
    const f = phi[k];
    if (f === 0) continue; // adds of exact zero products change nothing (w is finite)
    z0 += f * w[2 * k];
    z1 += f * w[2 * k + 1];
  }
  return [z0, z1];
}

/**
 * The docs' weights of an episode's steps (§2.2 step 4, B1): S_i = Σ_{r ∈ rewards[i:]} r·γ^r,
 * Python's `sum`, left to right from the integer 0 (with r ≡ 1: T − i terms 0.99).
 */
export function docsReturns(rewards: ArrayLike<number>, gamma: number): Float64Array {
  const T = rewards.length;
  const S = new Float64Array(T);
  for (let i = 0; i < T; i++) {
    let s = 0;
    for (let t = i; t < T; t++) s += rewards[t] * gamma ** rewards[t];
    S[i] = s;
  }
  return S;
}

/** Discounted returns accumulated backwards: G_{T−1} = r_{T−1}, G_i = r_i + γ·G_{i+1}. */
export function discountedReturns(rewards: ArrayLike<number>, gamma: number): Float64Array {
  const T = rewards.length;
  const G = new Float64Array(T);
  let next = 0;
  for (let i = T - 1; i >= 0; i--) {
    next = i === T - 1 ? rewards[i] : rewards[i] + gamma * next;
    G[i] = next;
  }
  return G;
}

/**
 * Per-episode standardisation: (G_i − μ)/(σ + 1e-8) with μ = (Σ_i G_i)/T and σ = √(Σ_i (G_i − μ)²/T)
 * (population sd, as numpy's std; sums left to right).
 */
export function standardize(G: Float64Array): Float64Array {
  const T = G.length;
  let sum = 0;
  for (let i = 0; i < T; i++) sum += G[i];
  const mean = sum / T;
  let ss = 0;
  for (let i = 0; i < T; i++) ss += (G[i] - mean) * (G[i] - mean);
  const sd = Math.sqrt(ss / T);
  const out = new Float64Array(T);
  for (let i = 0; i < T; i++) out[i] = (G[i] - mean) / (sd + 1e-8);
  return out;
}

/**
 * The episode's update in the docs' form, w ← w + (α·g_i)·A_i for i = 0 … T−1 in order and
 * elementwise (Python: `w += LEARNING_RATE * grads[i] * S_i`); `phis` holds the T feature rows
 * (n each), `scores` the T score vectors d_i (2 each), g_i = φ_i d_iᵀ.
 */
export function applyUpdate(w: Float64Array, phis: ArrayLike<number>, scores: ArrayLike<number>, weights: ArrayLike<number>, alpha: number): void {
  const n = w.length / 2;
  const T = weights.length;
  for (let i = 0; i < T; i++) {
    const A = weights[i];
    const d0 = scores[2 * i];
    const d1 = scores[2 * i + 1];
    const base = i * n;
    for (let k = 0; k < n; k++) {
      const f = phis[base + k];
      w[2 * k] = w[2 * k] + alpha * (f * d0) * A;
      w[2 * k + 1] = w[2 * k + 1] + alpha * (f * d1) * A;
    }
  }
}
