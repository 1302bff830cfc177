import type { ColumnMatrix } from "../column-matrix";
import type { SornRule } from "./rule";

/**
 * Excitatory STDP on existing synapses (spec §3.6.1):
 *   Wee[j,i] ← Wee[j,i] + η·(x_i(t+1)·x_j(t) − x_i(t)·x_j(t+1))   for Wee[j,i] ≠ 0,
 * then entries ≤ w_min are pruned and entries > w_max clipped. Only columns i whose neuron
 * fired at t or t+1 can change (`active` lists them). Each entry gets at most one addition
 * of ±η, exactly as the package's dense update.
 */
export function applyStdp(
  Wee: ColumnMatrix,
  x: Uint8Array,
  xNew: Uint8Array,
  active: Int32Array,
  activeCount: number,
  eta: number,
  wMin: number,
  wMax: number,
): void {
  const { idx, val, start, len } = Wee.lists;
  const dirty = Wee.dirty;
  for (let a = 0; a < activeCount; a++) {
    const i = active[a];
    const xi = x[i];
    const xNi = xNew[i];
    let changed = false;
    let prune = false;
    for (let k = start[i], e = k + len[i]; k < e; k++) {
      const j = idx[k];
      const d = xNi * x[j] - xi * xNew[j];
      if (d === 0) continue;
      // Separate stores, not w = wMax: a value that is sometimes a float64 result and sometimes
      // a parameter made V8 box every w (one allocation per update).
      const w = val[k] + eta * d;
      if (w > wMax) val[k] = wMax;
      else {
        if (w <= wMin) prune = true;
        val[k] = w;
      }
      changed = true;
    }
    if (changed) dirty[i] = 1;
    if (prune) Wee.pruneColumn(i, wMin);
  }
}

/** STDP as a part of the step: lists the E neurons active at t or t+1, then {@link applyStdp}. */
export const stdp: SornRule<"stdp"> = {
  name: "stdp",
  title: "STDP",
  description: "ΔWee[j,i] = η_stdp·(x_i(t+1)·x_j(t) − x_i(t)·x_j(t+1)) on existing E→E synapses",
  apply(c) {
    const { x, xNext, active } = c;
    let count = 0;
    for (let j = 0; j < x.length; j++) if (x[j] | xNext[j]) active[count++] = j;
    const p = c.params;
    applyStdp(c.net.Wee, x, xNext, active, count, p.eta_stdp, p.w_min, p.w_max);
  },
};
