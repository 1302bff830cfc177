/**
 * One trial of the rate network, discretised as the code does (`construct_tf`, Δt = 1 step):
 *
 *   x_0 = ξ_0 / 100,  r_0 = φ(x_0)                          ξ ~ N(0, 1) per unit
 *   a_t = W_eff r_{t−1} + W_in u_{t−1}                      t = 1 … T−1
 *   x_t = (1 − α) ⊙ x_{t−1} + α ⊙ a_t + ξ_t / 10            α_i = 1/τ_i (noise not scaled by α)
 *   r_t = φ(x_t),   o_t = w_out · r_t + b_out
 *
 * The T−1 outputs are stored as `o[k] = o_{k+1}`, k = 0 … T−2. The losses pair `o[k]` with the
 * target's `z[k]` (the code's one-step offset: the output of step k+1 against target entry k):
 *
 *   l2:  L = sqrt( Σ_k (o[k] − z[k])² )      (a root of the sum, no 1/T)
 *   l1:  L = Σ_k |o[k] − z[k]|
 */
import type { NumpyRandom } from "../rng/numpy-random";
import { activate } from "./activation";
import { liveCsr, taus, type Csr, type RateNetwork } from "./network";

export const LOSSES = ["l2", "l1"] as const;
export type Loss = (typeof LOSSES)[number];

/** What a trial leaves for the backward pass (buffers reused across trials of the same T). */
export interface Trace {
  T: number;
  /** x_t, r_t and a_t for t = 0 … T−1, row t at t·N (a_0 unused). */
  x: Float64Array;
  r: Float64Array;
  a: Float64Array;
  /** o[k] = o_{k+1}, k = 0 … T−2. */
  o: Float64Array;
  /** The W_eff used (live entries), and α = 1/τ. */
  csr: Csr;
  alpha: Float64Array;
  /** The trial's input (nIn × T, row-major: u[c·T + t]). */
  u: Float64Array;
}

/** Allocate (or reuse when its size fits) a trace for N units and T steps. */
export function makeTrace(n: number, T: number, old?: Trace): Trace {
  if (old && old.T === T && old.alpha.length === n) return old;
  const z = () => new Float64Array(T * n);
  return { T, x: z(), r: z(), a: z(), o: new Float64Array(T - 1), csr: undefined as unknown as Csr, alpha: new Float64Array(n), u: new Float64Array(0) };
}

/**
 * Run one trial on input `u` (nIn × T) with noise from `noise`; fills and returns `trace`.
 * `noiseScale` multiplies both noise terms (1 = the code; 0 = deterministic, for tests).
 */
export function forward(net: RateNetwork, u: Float64Array, T: number, noise: NumpyRandom, trace = makeTrace(net.settings.n, T), noiseScale = 1): Trace {
  const { n, activation } = net.settings;
  const { x, r, a, o, alpha } = trace;
  const csr = liveCsr(net);
  trace.csr = csr;
  trace.u = u;
  taus(net, alpha);
  for (let i = 0; i < n; i++) alpha[i] = 1 / alpha[i];
  const xi = new Float64Array(n);
  noise.normalFill(xi, 0, 1);
  for (let i = 0; i < n; i++) x[i] = (noiseScale * xi[i]) / 100;
  activate(activation, x, r, 0, n);
  for (let t = 1; t < T; t++) {
    noise.normalFill(xi, 0, 1);
    o[t - 1] = rateStep(net, csr, alpha, x, r, a, t * n, (t - 1) * n, u, T, t - 1, xi, noiseScale);
  }
  return trace;
}

/**
 * One step t ≥ 1 of the dynamics above into row `cur` of x, r and a from row `prev`, with input
 * column `col` of u (nIn × T, row-major) and the step's standard normals `xi`; returns o_t.
 * `forward` runs it over a trial; the seam's rate family (`family.ts`) one step at a time.
 */
export function rateStep(net: RateNetwork, csr: Csr, alpha: Float64Array, x: Float64Array, r: Float64Array, a: Float64Array, cur: number, prev: number, u: Float64Array, T: number, col: number, xi: Float64Array, noiseScale: number): number {
  const { n, nIn, activation } = net.settings;
  const { rowPtr, col: cols, val } = csr;
  const { wIn, wOut, bOut } = net;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) s += val[k] * r[prev + cols[k]];
    for (let c = 0; c < nIn; c++) s += wIn[i * nIn + c] * u[c * T + col];
    a[cur + i] = s;
    x[cur + i] = (1 - alpha[i]) * x[prev + i] + alpha[i] * s + (noiseScale * xi[i]) / 10;
  }
  activate(activation, x, r, cur, n);
  let out = bOut;
  for (let i = 0; i < n; i++) out += wOut[i] * r[cur + i];
  return out;
}

/** The loss of outputs `o` (T−1) against target `z` (T; entry T−1 unused), per {@link Loss}. */
export function lossOf(loss: Loss, o: Float64Array, z: Float64Array): number {
  let s = 0;
  for (let k = 0; k < o.length; k++) {
    const e = o[k] - z[k];
    s += loss === "l2" ? e * e : Math.abs(e);
  }
  return loss === "l2" ? Math.sqrt(s) : s;
}

/** dL/do[k] into `out`: e_k / L for l2 (0 when L = 0), sign(e_k) for l1. */
export function lossGradient(loss: Loss, o: Float64Array, z: Float64Array, L: number, out: Float64Array = new Float64Array(o.length)): Float64Array {
  for (let k = 0; k < o.length; k++) {
    const e = o[k] - z[k];
    out[k] = loss === "l2" ? (L > 0 ? e / L : 0) : Math.sign(e);
  }
  return out;
}
