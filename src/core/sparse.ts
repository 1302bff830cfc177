import type { WeightMatrix } from "./types";

/**
 * A weight matrix W[pre, post] stored by rows (presynaptic neurons), each row a list of
 * (post, w) with post ascending and w > 0. Zeros are never stored, so "synapse exists" is
 * "stored". Walking rows in ascending order visits each column's entries in ascending row
 * order — the order in which numpy's column sums `W.sum(axis=0)` add them — so sums built
 * here are bit-identical to the package's dense ones (spec §10.1).
 */
export class SparseRows implements WeightMatrix {
  /** Column (post) indices of each row, ascending; valid up to `len[r]`. */
  readonly idx: Int32Array[];
  /** Weights of each row, aligned with `idx`. */
  readonly val: Float64Array[];
  /** Number of stored entries in each row. */
  readonly len: Int32Array;
  /** Number of stored entries on the diagonal (only square matrices; E→E self-connections). */
  diagonal = 0;
  private stored = 0;

  constructor(
    readonly rows: number,
    readonly cols: number,
    initialRowCapacity = 4,
  ) {
    this.idx = new Array(rows);
    this.val = new Array(rows);
    this.len = new Int32Array(rows);
    const cap = Math.max(1, initialRowCapacity);
    for (let r = 0; r < rows; r++) {
      this.idx[r] = new Int32Array(cap);
      this.val[r] = new Float64Array(cap);
    }
  }

  /** Number of stored (non-zero) entries. */
  nonZeroCount(): number {
    return this.stored;
  }

  /** W[row, col], 0 where nothing is stored. */
  get(row: number, col: number): number {
    const k = this.find(row, col);
    return k >= 0 ? this.val[row][k] : 0;
  }

  /** Position of `col` in row `row`, or −(insertion point) − 1 (binary search). */
  find(row: number, col: number): number {
    const idx = this.idx[row];
    let lo = 0;
    let hi = this.len[row] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = idx[mid];
      if (c < col) lo = mid + 1;
      else if (c > col) hi = mid - 1;
      else return mid;
    }
    return -lo - 1;
  }

  /** Set W[row, col] = w; w = 0 removes the entry. */
  set(row: number, col: number, w: number): void {
    const k = this.find(row, col);
    if (k >= 0) {
      if (w !== 0) this.val[row][k] = w;
      else this.removeAt(row, k);
      return;
    }
    if (w === 0) return;
    this.insertAt(row, -k - 1, col, w);
  }

  private insertAt(row: number, at: number, col: number, w: number): void {
    let idx = this.idx[row];
    let val = this.val[row];
    const n = this.len[row];
    if (n === idx.length) {
      const grown = Math.max(4, idx.length * 2);
      const i2 = new Int32Array(grown);
      const v2 = new Float64Array(grown);
      i2.set(idx.subarray(0, n));
      v2.set(val.subarray(0, n));
      this.idx[row] = idx = i2;
      this.val[row] = val = v2;
    }
    idx.copyWithin(at + 1, at, n);
    val.copyWithin(at + 1, at, n);
    idx[at] = col;
    val[at] = w;
    this.len[row] = n + 1;
    this.stored++;
    if (row === col) this.diagonal++;
  }

  private removeAt(row: number, at: number): void {
    const n = this.len[row];
    if (this.idx[row][at] === row) this.diagonal--;
    this.idx[row].copyWithin(at, at + 1, n);
    this.val[row].copyWithin(at, at + 1, n);
    this.len[row] = n - 1;
    this.stored--;
  }

  /**
   * Drop, in row `row`, every entry whose weight is ≤ `threshold`, keeping order. Used after a
   * plasticity update: the package's clip `W[W <= 0] = 0` prunes a synapse for good.
   */
  pruneRow(row: number, threshold: number): void {
    const idx = this.idx[row];
    const val = this.val[row];
    const n = this.len[row];
    let out = 0;
    for (let k = 0; k < n; k++) {
      const w = val[k];
      if (w <= threshold) {
        if (idx[k] === row) this.diagonal--;
        continue;
      }
      idx[out] = idx[k];
      val[out] = w;
      out++;
    }
    this.stored -= n - out;
    this.len[row] = out;
  }

  /** s[c] = Σ_r W[r, c], each column added in ascending row order (numpy's axis-0 sum). */
  columnSums(out: Float64Array): Float64Array {
    out.fill(0);
    for (let r = 0; r < this.rows; r++) {
      const idx = this.idx[r];
      const val = this.val[r];
      const n = this.len[r];
      for (let k = 0; k < n; k++) out[idx[k]] += val[k];
    }
    return out;
  }

  /**
   * Column normalisation W[r, c] ← W[r, c] / s[c] (one IEEE division per entry, as the package).
   * `sums` is scratch of length `cols`. Returns the number of columns with no input (sum 0);
   * they have no stored entries, so they stay 0 instead of the package's 0/0 = NaN.
   */
  normalizeColumns(sums: Float64Array): number {
    this.columnSums(sums);
    for (let r = 0; r < this.rows; r++) {
      const idx = this.idx[r];
      const val = this.val[r];
      const n = this.len[r];
      for (let k = 0; k < n; k++) val[k] = val[k] / sums[idx[k]];
    }
    let empty = 0;
    for (let c = 0; c < this.cols; c++) if (sums[c] === 0) empty++;
    return empty;
  }

  /** Visit every stored entry, rows ascending, columns ascending within a row. */
  forEachNonZero(fn: (row: number, col: number, w: number) => void): void {
    for (let r = 0; r < this.rows; r++) {
      const idx = this.idx[r];
      const val = this.val[r];
      for (let k = 0; k < this.len[r]; k++) fn(r, idx[k], val[k]);
    }
  }

  /** A dense row-major copy. */
  toDense(): Float64Array {
    const out = new Float64Array(this.rows * this.cols);
    this.forEachNonZero((r, c, w) => {
      out[r * this.cols + c] = w;
    });
    return out;
  }

  /** Build from a dense row-major array (zeros are not stored). */
  static fromDense(rows: number, cols: number, data: ArrayLike<number>): SparseRows {
    const m = new SparseRows(rows, cols, 1);
    for (let r = 0; r < rows; r++) {
      let n = 0;
      for (let c = 0; c < cols; c++) if (data[r * cols + c] !== 0) n++;
      const idx = new Int32Array(Math.max(4, n));
      const val = new Float64Array(Math.max(4, n));
      let k = 0;
      for (let c = 0; c < cols; c++) {
        const w = data[r * cols + c];
        if (w === 0) continue;
        idx[k] = c;
        val[k++] = w;
        if (r === c) m.diagonal++;
      }
      m.idx[r] = idx;
      m.val[r] = val;
      m.len[r] = n;
      m.stored += n;
    }
    return m;
  }
}
