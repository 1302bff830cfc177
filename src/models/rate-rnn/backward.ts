/**
 * Back-propagation through time for one trial of {@link forward} (hand-written; spec §5).
 *
 * With g_t = dL/do_t and δ_t = dL/dx_t (total derivative), going backward from t = T−1 to 1:
 *
 *   dL/dr_t = w_out g_t + W_effᵀ q_{t+1}             (the second term absent at t = T−1)
 *   δ_t     = φ'(x_t) ⊙ dL/dr_t + (1 − α) ⊙ δ_{t+1}
 *   q_t     = α ⊙ δ_t
 *   ∂L/∂W_eff[i,j] += q_t[i] r_{t−1}[j]      ∂L/∂W_in[i,c] += q_t[i] u_{t−1}[c]
 *   ∂L/∂α_i        += δ_t[i] (a_t[i] − x_{t−1}[i])
 *   ∂L/∂w_out      += g_t r_t                ∂L/∂b_out     += g_t
 *
 * x_0 is pure noise, so the recursion stops at t = 1. The chain to the stored parameters:
 *
 *   ∂L/∂w[i,j] = ∂L/∂W_eff[i,j] · sign[j] · somMask[i,j] · [w[i,j] > 0]   (Dale; ReLU′(0) = 0)
 *   ∂L/∂g_i    = ∂L/∂α_i · (−1/τ_i²) · (τmax − τmin) σ(g_i)(1 − σ(g_i))
 *
 * Only live entries of W_eff carry gradient, so `dW` is indexed like `net.conn`.
 */
import { derivative } from "./activation";
import type { Trace } from "./forward";
import { tauTrained, type RateNetwork } from "./network";

/** Gradients of every parameter; `dW[c]` belongs to `net.conn[c]`. */
export interface Gradients {
  dW: Float64Array;
  dWIn: Float64Array;
  dWOut: Float64Array;
  dBOut: number;
  dTausGaus: Float64Array;
}

/** Zeroed gradient buffers for `net`. */
export function makeGradients(net: RateNetwork): Gradients {
  const { n, nIn } = net.settings;
  return {
    dW: new Float64Array(net.conn.length), dWIn: new Float64Array(n * nIn), dWOut: new Float64Array(n),
    dBOut: 0, dTausGaus: new Float64Array(n),
  };
}

/** Fill `grads` with dL/dθ for the trial in `trace`, given `dO[k]` = dL/do[k]. */
export function backward(net: RateNetwork, trace: Trace, dO: Float64Array, grads = makeGradients(net)): Gradients {
  const { n, nIn, activation, dale, tauMin, tauMax } = net.settings;
  const { T, x, r, a, alpha, u, csr } = trace;
  const { rowPtr, col, val } = csr;
  const gEff = new Float64Array(val.length);
  const dAlpha = new Float64Array(n);
  const { dWIn, dWOut } = grads;
  dWIn.fill(0);
  dWOut.fill(0);
  let dB = 0;
  let delta = new Float64Array(n); // δ_{t+1}
  let next = new Float64Array(n);
  const back = new Float64Array(n); // W_effᵀ q_{t+1}
  const q = new Float64Array(n);
  for (let t = T - 1; t >= 1; t--) {
    const cur = t * n;
    const prev = cur - n;
    const g = dO[t - 1];
    dB += g;
    for (let i = 0; i < n; i++) {
      const ri = r[cur + i];
      dWOut[i] += g * ri;
      const dr = net.wOut[i] * g + back[i];
      const d = derivative(activation, x[cur + i], ri) * dr + (1 - alpha[i]) * delta[i];
      next[i] = d;
      q[i] = alpha[i] * d;
      dAlpha[i] += d * (a[cur + i] - x[prev + i]);
    }
    back.fill(0);
    for (let i = 0; i < n; i++) {
      const qi = q[i];
      if (qi === 0) continue;
      for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
        const j = col[k];
        gEff[k] += qi * r[prev + j];
        back[j] += val[k] * qi;
      }
      for (let c = 0; c < nIn; c++) dWIn[i * nIn + c] += qi * u[c * T + t - 1];
    }
    const swap = delta;
    delta = next;
    next = swap;
  }
  grads.dBOut = dB;
  const { dW, dTausGaus } = grads;
  dW.fill(0);
  for (let k = 0; k < val.length; k++) {
    const c = csr.param[k];
    const flat = net.conn[c];
    dW[c] = gEff[k] * (dale ? net.sign[flat % n] : 1) * net.somMask[flat];
  }
  for (let i = 0; i < n; i++) {
    if (!tauTrained(net.settings)) {
      dTausGaus[i] = 0;
      continue;
    }
    const s = 1 / (1 + Math.exp(-net.tausGaus[i]));
    const tau = 1 / alpha[i];
    dTausGaus[i] = dAlpha[i] * (-1 / (tau * tau)) * (tauMax - tauMin) * s * (1 - s);
  }
  return grads;
}
