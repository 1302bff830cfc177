import type { SparseRows } from "../sparse";

/**
 * Inhibitory STDP (spec §3.6.4, the sign of the code, as in Zheng et al. 2013):
 *   Wei[k,i] ← Wei[k,i] + ((−η_inhib)·y_k(t))·(1 − x_i(t+1)·(1 + 1/μ_ip))   for Wei[k,i] ≠ 0,
 * then clipped to (w_min, w_max] with pruning at ≤ w_min. A silent I neuron (y_k = 0) changes
 * nothing, so only the rows of I neurons active at t are visited.
 */
export function applyIstdp(
  Wei: SparseRows,
  y: Uint8Array,
  xNew: Uint8Array,
  eta: number,
  muIp: number,
  wMin: number,
  wMax: number,
): void {
  const factor = 1 + 1 / muIp;
  const negEta = -eta * 1;
  const whenFires = negEta * (1 - 1 * factor);
  const whenSilent = negEta * (1 - 0 * factor);
  for (let k = 0; k < Wei.rows; k++) {
    if (y[k] === 0) continue;
    const idx = Wei.idx[k];
    const val = Wei.val[k];
    const n = Wei.len[k];
    let prune = false;
    for (let e = 0; e < n; e++) {
      let w = val[e] + (xNew[idx[e]] ? whenFires : whenSilent);
      if (w > wMax) w = wMax;
      else if (w <= wMin) prune = true;
      val[e] = w;
    }
    if (prune) Wei.pruneRow(k, wMin);
  }
}
