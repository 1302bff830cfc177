import type { ColumnMatrix } from "./column-matrix";
import type { SparseRows } from "./sparse";

/**
 * The indices j with a_j = 1, ascending, written to `list`; returns how many. The drives visit
 * only these rows, so a step's cost follows the number of spikes, not the network's size.
 */
export function activeList(a: Uint8Array, list: Int32Array): number {
  let count = 0;
  for (let j = 0; j < a.length; j++) if (a[j] !== 0) list[count++] = j;
  return count;
}

/**
 * out[i] += W[j, i] for every active presynaptic j (`list[0..count)`, ascending), so each
 * column's terms are added in ascending presynaptic order — numpy's order; silent rows add exact
 * zeros there and are skipped here. The row index says where each W[j, i] sits in the column slab.
 */
export function scatterThroughIndex(W: ColumnMatrix, list: Int32Array, count: number, out: Float64Array): void {
  const { idx, val: at, start, len } = W.rowIndex;
  const val = W.lists.val;
  for (let a = 0; a < count; a++) {
    const j = list[a];
    for (let p = start[j], e = p + len[j]; p < e; p++) out[idx[p]] += val[at[p] - 1];
  }
}

/**
 * out[c] += W[j, c] for every active row j (`list[0..count)`, ascending). Full rows (the dense E→I
 * matrix: columns ascend, so a row of W.cols entries holds columns 0..cols−1 in order) are added
 * four at a time, out[c] = (((out[c] + W[j₁,c]) + W[j₂,c]) + W[j₃,c]) + W[j₄,c]: the same
 * additions in the same order, with one load and store of out[c] per four rows.
 */
export function scatterActive(W: SparseRows, list: Int32Array, count: number, out: Float64Array): void {
  const { idx, val, start, len } = W;
  const cols = W.cols;
  let pending = 0;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let a = 0; a < count; a++) {
    const j = list[a];
    const s = start[j];
    const n = len[j];
    if (n !== cols) {
      // A sparse row: first add the full rows before it, to keep the order.
      flushFullRows(val, out, cols, pending, s0, s1, s2);
      pending = 0;
      for (let k = s, e = s + n; k < e; k++) out[idx[k]] += val[k];
    } else if (pending === 3) {
      for (let c = 0; c < cols; c++) out[c] = out[c] + val[s0 + c] + val[s1 + c] + val[s2 + c] + val[s + c];
      pending = 0;
    } else {
      if (pending === 0) s0 = s;
      else if (pending === 1) s1 = s;
      else s2 = s;
      pending++;
    }
  }
  flushFullRows(val, out, cols, pending, s0, s1, s2);
}

/** Add the 0–3 full rows starting at s0, s1, s2 (in that order) to out. */
function flushFullRows(val: Float64Array, out: Float64Array, cols: number, pending: number, s0: number, s1: number, s2: number): void {
  if (pending === 1) for (let c = 0; c < cols; c++) out[c] += val[s0 + c];
  else if (pending === 2) for (let c = 0; c < cols; c++) out[c] = out[c] + val[s0 + c] + val[s1 + c];
  else if (pending === 3) for (let c = 0; c < cols; c++) out[c] = out[c] + val[s0 + c] + val[s1 + c] + val[s2 + c];
}
