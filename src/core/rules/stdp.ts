import type { SparseRows } from "../sparse";

/**
 * Excitatory STDP on existing synapses (spec §3.6.1):
 *   Wee[j,i] ← Wee[j,i] + η·(x_i(t+1)·x_j(t) − x_i(t)·x_j(t+1))   for Wee[j,i] ≠ 0,
 * then entries ≤ w_min are pruned and entries > w_max clipped. Only rows j that fired at t or
 * t+1 can change, so only those are visited (`active` lists them, ascending or not).
 * Each entry gets one addition of ±η, exactly as the package's dense update.
 */
export function applyStdp(
  Wee: SparseRows,
  x: Uint8Array,
  xNew: Uint8Array,
  active: Int32Array,
  activeCount: number,
  eta: number,
  wMin: number,
  wMax: number,
): void {
  for (let a = 0; a < activeCount; a++) {
    const j = active[a];
    const xj = x[j];
    const xNj = xNew[j];
    const idx = Wee.idx[j];
    const val = Wee.val[j];
    const n = Wee.len[j];
    let prune = false;
    for (let k = 0; k < n; k++) {
      const i = idx[k];
      const d = xNew[i] * xj - x[i] * xNj;
      if (d === 0) continue;
      let w = val[k] + eta * d;
      if (w > wMax) w = wMax;
      else if (w <= wMin) prune = true;
      val[k] = w;
    }
    if (prune) Wee.pruneRow(j, wMin);
  }
}
