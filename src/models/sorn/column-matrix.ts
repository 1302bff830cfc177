import { SparseRows } from "./sparse";
import type { WeightMatrix } from "./types";

/**
 * A weight matrix W[pre, post] stored by columns: for each postsynaptic neuron, its inputs
 * (pre, w) with pre ascending and w > 0. A column's entries in that order are exactly the
 * terms numpy adds, in order, for `W.sum(axis=0)` and for the drive Σ_j W[j,i]·x_j, so sums
 * are bit-identical to the package's dense ones while each column is walked contiguously.
 *
 * Normalisation is incremental and still exact: a column that no rule touched since it was
 * last normalised, and whose sum then came out as exactly 1.0, would be divided by 1.0 — a
 * no-op — so it is skipped. Every other column is summed, divided and re-summed.
 */
export class ColumnMatrix implements WeightMatrix {
  /** Column lists: list `post` holds its presynaptic indices and weights (see SparseRows). */
  readonly lists: SparseRows;
  /** Per column: changed since its last normalisation. Rules set it. */
  readonly dirty: Uint8Array;
  /** Per column: its last normalisation left a sum of exactly 1.0. */
  readonly stable: Uint8Array;
  /**
   * Row index: for each presynaptic neuron, the posts it reaches (ascending), each with the
   * slab position of that synapse in the column lists, plus one (`lists.val[v − 1]` is its
   * weight). Only a change to a column's layout — a synapse added or pruned, a list moved —
   * re-points that column, so following a row costs no search.
   */
  readonly rowIndex: SparseRows;

  constructor(
    readonly rows: number,
    readonly cols: number,
    capacity = 4,
  ) {
    this.lists = new SparseRows(cols, rows, capacity);
    this.rowIndex = new SparseRows(rows, cols, Math.max(4, Math.ceil((capacity * cols) / Math.max(1, rows))));
    this.dirty = new Uint8Array(cols).fill(1);
    this.stable = new Uint8Array(cols);
  }

  /** Number of stored (non-zero) entries. */
  nonZeroCount(): number {
    return this.lists.nonZeroCount();
  }

  /** Number of stored diagonal entries (self-connections). */
  get diagonal(): number {
    return this.lists.diagonal;
  }

  /** Stored entries in row `pre` (its out-degree). */
  outDegree(pre: number): number {
    return this.lists.colCount[pre];
  }

  /** W[row, col]. */
  get(row: number, col: number): number {
    return this.lists.get(col, row);
  }

  /**
   * While true (a matrix being built synapse by synapse), `set` leaves the row index's
   * positions stale; `finishBuilding()` re-points everything once.
   */
  private building = false;

  /** Start a bulk build: `set` stops re-pointing columns one by one. */
  startBuilding(): this {
    this.building = true;
    return this;
  }

  /** End a bulk build and re-point every column. */
  finishBuilding(): this {
    this.building = false;
    this.repointAll();
    return this;
  }

  /** Set W[row, col] = w (0 removes it); marks the column dirty. */
  set(row: number, col: number, w: number): void {
    const epoch = this.lists.compactions;
    this.lists.set(col, row, w);
    this.rowIndex.set(row, col, w === 0 ? 0 : 1);
    if (!this.building) {
      if (this.lists.compactions !== epoch) this.repointAll();
      else this.repoint(col);
    }
    this.dirty[col] = 1;
  }

  /** Remove every synapse of column `col` whose weight is ≤ `threshold` (after a plasticity update). */
  pruneColumn(col: number, threshold: number): void {
    const { idx, val, start, len } = this.lists;
    for (let k = start[col], e = k + len[col]; k < e; k++) if (val[k] <= threshold) this.rowIndex.set(idx[k], col, 0);
    this.lists.pruneRow(col, threshold);
    this.repoint(col);
  }

  /** Store, in the row index, where each synapse of column `col` now sits in the slab. */
  repoint(col: number): void {
    const { idx, start, len } = this.lists;
    const rows = this.rowIndex;
    for (let k = start[col], e = k + len[col]; k < e; k++) rows.val[rows.find(idx[k], col)] = k + 1;
  }

  /** Re-point every column (after the column slab was compacted or rebuilt). */
  repointAll(): void {
    for (let c = 0; c < this.cols; c++) this.repoint(c);
  }

  /** s[c] = Σ_r W[r, c], each column in ascending row order (numpy's axis-0 sum). */
  columnSums(out: Float64Array): Float64Array {
    const { val, start, len } = this.lists;
    for (let c = 0; c < this.cols; c++) {
      let s = 0;
      for (let k = start[c], e = k + len[c]; k < e; k++) s += val[k];
      out[c] = s;
    }
    return out;
  }

  /**
   * W[r, c] ← W[r, c] / s[c] for every column that may change (see the class comment).
   * Returns the number of columns with no input; they stay empty (the package: 0/0 = NaN).
   */
  normalizeColumns(): number {
    const { val, start, len } = this.lists;
    const { dirty, stable } = this;
    let empty = 0;
    for (let c = 0; c < this.cols; c++) {
      const n = len[c];
      if (n === 0) {
        empty++;
        continue;
      }
      if (!dirty[c] && stable[c]) continue;
      const b = start[c];
      const e = b + n;
      let s = 0;
      for (let k = b; k < e; k++) s += val[k];
      let t = 0;
      for (let k = b; k < e; k++) {
        const w = val[k] / s;
        val[k] = w;
        t += w;
      }
      stable[c] = t === 1 ? 1 : 0;
      dirty[c] = 0;
    }
    return empty;
  }

  /** Mark every column dirty (after changes made outside the rules, e.g. loading). */
  touchAll(): void {
    this.dirty.fill(1);
  }

  /** Visit every stored entry in row-major order (rows ascending, columns ascending). */
  forEachNonZero(fn: (row: number, col: number, w: number) => void): void {
    const { idx, val, start: from, len } = this.lists;
    // Counting sort by row: start offsets per row, then fill.
    const start = new Int32Array(this.rows + 1);
    for (let c = 0; c < this.cols; c++) for (let k = from[c]; k < from[c] + len[c]; k++) start[idx[k] + 1]++;
    for (let r = 0; r < this.rows; r++) start[r + 1] += start[r];
    const cols = new Int32Array(start[this.rows]);
    const ws = new Float64Array(start[this.rows]);
    const fill = start.slice(0, this.rows);
    for (let c = 0; c < this.cols; c++) {
      for (let k = from[c]; k < from[c] + len[c]; k++) {
        const at = fill[idx[k]]++;
        cols[at] = c;
        ws[at] = val[k];
      }
    }
    for (let r = 0; r < this.rows; r++) for (let a = start[r]; a < start[r + 1]; a++) fn(r, cols[a], ws[a]);
  }

  /** A dense row-major copy. */
  toDense(): Float64Array {
    const out = new Float64Array(this.rows * this.cols);
    const { idx, val, start, len } = this.lists;
    for (let c = 0; c < this.cols; c++) for (let k = start[c]; k < start[c] + len[c]; k++) out[idx[k] * this.cols + c] = val[k];
    return out;
  }

  /** Build from a dense row-major array (zeros are not stored). */
  static fromDense(rows: number, cols: number, data: ArrayLike<number>): ColumnMatrix {
    const t = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = data[r * cols + c];
    const m = new ColumnMatrix(rows, cols, 1);
    (m as { lists: SparseRows }).lists = SparseRows.fromDense(cols, rows, t);
    (m as { rowIndex: SparseRows }).rowIndex = SparseRows.fromDense(rows, cols, Array.from(data, (w) => (w !== 0 ? 1 : 0)));
    m.repointAll();
    return m;
  }
}
