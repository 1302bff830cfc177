import type { ColumnMatrix } from "./column-matrix";
import type { SparseRows } from "./sparse";

/**
 * out[i] += W[j, i] for every active presynaptic j (a_j = 1), j ascending, so each column's
 * terms are added in ascending presynaptic order — numpy's order; silent rows add exact zeros
 * there and are skipped here. The row index says where each W[j, i] sits in the column slab.
 */
export function scatterThroughIndex(W: ColumnMatrix, active: Uint8Array, out: Float64Array): void {
  const { idx, val: at, start, len } = W.rowIndex;
  const val = W.lists.val;
  for (let j = 0; j < W.rows; j++) {
    if (active[j] === 0) continue;
    for (let p = start[j], e = p + len[j]; p < e; p++) out[idx[p]] += val[at[p] - 1];
  }
}

/** out[c] += W[j, c] for every active row j (x_j = 1), rows ascending. */
export function scatterActive(W: SparseRows, active: Uint8Array, out: Float64Array): void {
  const { idx, val, start, len } = W;
  for (let j = 0; j < W.rows; j++) {
    if (active[j] === 0) continue;
    for (let k = start[j], e = k + len[j]; k < e; k++) out[idx[k]] += val[k];
  }
}
