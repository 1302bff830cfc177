/**
 * Rate-RNN transfer functions r = φ(x) and their derivatives φ'(x), as the spikeRNN code defines
 * them (`construct_tf` in `rate/model.py`):
 *
 * - `sigmoid`:      φ(x) = 1 / (1 + e^−x)                φ' = φ(1 − φ)
 * - `clipped_relu`: φ(x) = min(max(x, 0), 20)            φ' = 1 on 0 < x < 20, else 0
 * - `softplus`:     φ(x) = min(log(1 + e^x), 20)         φ' = σ(x) where log(1 + e^x) < 20, else 0
 * - `relu`:         φ(x) = max(x, 0), unclipped: **not in the code** (a lab option)   φ' = 1 on x > 0
 *
 * The gradients at the kinks follow TensorFlow's convention (ReLU′(0) = 0).
 *
 * The code's only ReLU is `clipped_relu` (`--act clipped_relu`); its three activations are the
 * three of the paper's Fig. 7 (sigmoid, softplus, ReLU), so Fig. 7's ReLU networks were, we infer
 * (the paper does not say), clipped at 20. The unclipped `relu` diverges at the paper's init: W_eff = |N(0,1)|·1.5/√(N·P_rec) with 80 %
 * excitatory columns has a real eigenvalue near the mean row sum (0.8 − 0.2)·N·P_rec·√(2/π)·1.5/
 * √(N·P_rec) ≈ 4.5 at N = 200 (3.8, 4.7, 4.6 for seeds 0–2; the bulk's radius is ≈ 1.5), so x grows
 * by ≈ 1 + α(λ − 1) per step along it (max x ≈ 7e28 in trial 1 of seed 0, loss 1.2e28).
 * Its first gradients (~1e28) then fill Adam's second moment and w and τ stop moving (train.ts
 * warns). TF's float32 would overflow on that trial instead.
 */

/** The activation names, as the code's `--act` spells them. */
export const ACTIVATIONS = ["sigmoid", "clipped_relu", "softplus", "relu"] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** Whether `name` is one of {@link ACTIVATIONS}. */
export function isActivation(name: string): name is Activation {
  return (ACTIVATIONS as readonly string[]).includes(name);
}

const CLIP = 20;

/** log(1 + e^x) without overflow. */
function softplusRaw(x: number): number {
  return x > 30 ? x : Math.log1p(Math.exp(x));
}

/** r[i] = φ(x[i]) for i in [from, from + n). */
export function activate(act: Activation, x: Float64Array, r: Float64Array, from = 0, n = x.length - from): void {
  const end = from + n;
  switch (act) {
    case "sigmoid":
      for (let i = from; i < end; i++) r[i] = 1 / (1 + Math.exp(-x[i]));
      return;
    case "clipped_relu":
      for (let i = from; i < end; i++) r[i] = Math.min(Math.max(x[i], 0), CLIP);
      return;
    case "softplus":
      for (let i = from; i < end; i++) r[i] = Math.min(softplusRaw(x[i]), CLIP);
      return;
    case "relu":
      for (let i = from; i < end; i++) r[i] = Math.max(x[i], 0);
      return;
  }
}

/** φ'(x) given x and r = φ(x) (the sigmoid's derivative uses r). */
export function derivative(act: Activation, x: number, r: number): number {
  switch (act) {
    case "sigmoid":
      return r * (1 - r);
    case "clipped_relu":
      return x > 0 && x < CLIP ? 1 : 0;
    case "softplus":
      return softplusRaw(x) < CLIP ? 1 / (1 + Math.exp(-x)) : 0;
    case "relu":
      return x > 0 ? 1 : 0;
  }
}
