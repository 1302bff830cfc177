import type { ColumnMatrix } from "../column-matrix";

/**
 * Inhibitory STDP (spec §3.6.4, the sign of the code, as in Zheng et al. 2013):
 *   Wei[k,i] ← Wei[k,i] + ((−η_inhib)·y_k(t))·(1 − x_i(t+1)·(1 + 1/μ_ip))   for Wei[k,i] ≠ 0,
 * then clipped to (w_min, w_max] with pruning at ≤ w_min. A silent I neuron (y_k = 0) changes
 * nothing; the change for an active one depends only on whether the E neuron i fired.
 */
export function applyIstdp(Wei: ColumnMatrix, y: Uint8Array, xNew: Uint8Array, eta: number, muIp: number, wMin: number, wMax: number): void {
  const factor = 1 + 1 / muIp;
  const negEta = -eta * 1;
  const whenFires = negEta * (1 - 1 * factor);
  const whenSilent = negEta * (1 - 0 * factor);
  const { idx, val, start, len } = Wei.lists;
  const dirty = Wei.dirty;
  for (let i = 0; i < Wei.cols; i++) {
    const delta = xNew[i] ? whenFires : whenSilent;
    let changed = false;
    let prune = false;
    for (let k = start[i], e = k + len[i]; k < e; k++) {
      if (y[idx[k]] === 0) continue;
      let w = val[k] + delta;
      if (w > wMax) w = wMax;
      else if (w <= wMin) prune = true;
      val[k] = w;
      changed = true;
    }
    if (changed) dirty[i] = 1;
    if (prune) Wei.lists.pruneRow(i, wMin);
  }
}
