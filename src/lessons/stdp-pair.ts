/**
 * The STDP kernel on one pair, computed by the engine's own rule (`applyStdp`): a synapse j → i of
 * weight w₀ = 0.5 in a two-neuron network, one step with
 *   causal:      x_j(t) = 1, x_i(t+1) = 1  ⇒ ΔW_ji = +η_stdp  (pre before post: potentiation)
 *   anti-causal: x_i(t) = 1, x_j(t+1) = 1  ⇒ ΔW_ji = −η_stdp  (post before pre: depression)
 * from ΔW_ji = η·(x_i(t+1)·x_j(t) − x_i(t)·x_j(t+1)). Zero when the lab would not apply STDP
 * (the rule off, or the phase 'training').
 */
import { ColumnMatrix } from "../models/sorn/column-matrix";
import { applyStdp } from "../models/sorn/rules/stdp";

/** ΔW_ji of one pair under the rule with learning rate `eta` (w_min 0, w_max 1). */
export function stdpPairChange(order: "causal" | "anticausal", eta: number, applies = true): number {
  if (!applies) return 0;
  const w0 = 0.5;
  // Neuron 0 is the presynaptic j, neuron 1 the postsynaptic i; W[j = 0, i = 1] = w0.
  const W = ColumnMatrix.fromDense(2, 2, [0, w0, 0, 0]);
  const before = order === "causal" ? [1, 0] : [0, 1];
  const after = order === "causal" ? [0, 1] : [1, 0];
  const active = Int32Array.from([0, 1]);
  applyStdp(W, Uint8Array.from(before), Uint8Array.from(after), active, 2, eta, 0, 1);
  return W.get(0, 1) - w0;
}
