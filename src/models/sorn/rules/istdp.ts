import type { ColumnMatrix } from "../column-matrix";
import type { SornRule } from "./rule";

/**
 * Inhibitory STDP (spec §3.6.4, the sign of the code, as in Zheng et al. 2013):
 *   Wei[k,i] ← Wei[k,i] + ((−η_inhib)·y_k(t))·(1 − x_i(t+1)·(1 + 1/μ_ip))   for Wei[k,i] ≠ 0,
 * then clipped to (w_min, w_max] with pruning at ≤ w_min. A silent I neuron (y_k = 0) changes
 * nothing, so only the targets of active I neurons are visited (through the row index, which
 * says where each synapse's weight sits).
 */
export function applyIstdp(Wei: ColumnMatrix, y: Uint8Array, xNew: Uint8Array, eta: number, muIp: number, wMin: number, wMax: number): void {
  const factor = 1 + 1 / muIp;
  const negEta = -eta * 1;
  const whenFires = negEta * (1 - 1 * factor);
  const whenSilent = negEta * (1 - 0 * factor);
  // Hot values in locals; the weights' slab cannot move during the sweep (pruning comes after).
  const { idx: targets, val: positions, start, len } = Wei.rowIndex;
  const weights = Wei.lists.val;
  const { dirty } = Wei;
  let pruned = -1;
  for (let k = 0; k < Wei.rows; k++) {
    if (y[k] === 0) continue;
    for (let p = start[k], e = p + len[k]; p < e; p++) {
      const i = targets[p];
      // Positions are stored as float64 (position + 1); read them as int32 indices.
      const at = (positions[p] | 0) - 1;
      // Separate stores, not w = wMax (see applyStdp): nothing is boxed.
      const w = weights[at] + (xNew[i] ? whenFires : whenSilent);
      if (w > wMax) weights[at] = wMax;
      else {
        if (w <= wMin) pruned = i;
        weights[at] = w;
      }
      dirty[i] = 1;
    }
  }
  // Rare: prune after the sweep, so the row lists are not changed while being walked.
  if (pruned >= 0) for (let i = 0; i < Wei.cols; i++) if (dirty[i]) Wei.pruneColumn(i, wMin);
}

/** Inhibitory STDP as a part of the step: {@link applyIstdp} on Wei with y(t) and x(t+1). */
export const istdp: SornRule<"istdp"> = {
  name: "istdp",
  title: "Inhibitory STDP",
  description: "ΔWei[k,i] = −η_inhib·y_k(t)·(1 − x_i(t+1)·(1 + 1/μ_ip))",
  apply(c) {
    const p = c.params;
    applyIstdp(c.net.Wei, c.y, c.xNext, p.eta_inhib, p.mu_ip, p.w_min, p.w_max);
  },
};
