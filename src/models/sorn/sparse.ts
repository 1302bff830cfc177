import type { WeightMatrix } from "./types";

/**
 * A sparse matrix stored as one sorted list per row, all lists in one slab: list r occupies
 * `idx/val[start[r] .. start[r] + len[r])` with room for `cap[r]` entries; column indices
 * ascend within a list and weights are > 0 (zeros are never stored, so "synapse exists" is
 * "stored"). A full list moves to the end of the slab with twice the room; the slab is
 * compacted when it runs out. One contiguous pool keeps the hot loops on two typed arrays.
 *
 * Used directly for W[pre, post] by rows (Wie: the drive scatters from active rows in
 * ascending order, as numpy's sequential column sums add them), and, transposed, as the
 * column lists of a `ColumnMatrix` (Wee, Wei).
 */
export class SparseRows implements WeightMatrix {
  /** Column indices of all lists (the slab); re-read after any insertion, which may reallocate. */
  idx: Int32Array;
  /** Weights aligned with `idx`. */
  val: Float64Array;
  /** Where each list starts in the slab. */
  readonly start: Int32Array;
  /** Room reserved for each list. */
  readonly cap: Int32Array;
  /** Number of stored entries in each list. */
  readonly len: Int32Array;
  /** Number of stored entries on the diagonal (square matrices only; self-connections). */
  diagonal = 0;
  /** Number of stored entries in each column. */
  readonly colCount: Int32Array;
  /** Incremented whenever a compaction moves every list (positions cached elsewhere go stale). */
  compactions = 0;
  private stored = 0;
  private used = 0;

  constructor(
    readonly rows: number,
    readonly cols: number,
    initialRowCapacity = 4,
  ) {
    const c = Math.max(1, initialRowCapacity);
    this.idx = new Int32Array(rows * c);
    this.val = new Float64Array(rows * c);
    this.start = new Int32Array(rows);
    this.cap = new Int32Array(rows).fill(c);
    this.len = new Int32Array(rows);
    this.colCount = new Int32Array(cols);
    for (let r = 0; r < rows; r++) this.start[r] = r * c;
    this.used = rows * c;
  }

  /** Number of stored (non-zero) entries. */
  nonZeroCount(): number {
    return this.stored;
  }

  /** W[row, col], 0 where nothing is stored. */
  get(row: number, col: number): number {
    const k = this.find(row, col);
    return k >= 0 ? this.val[k] : 0;
  }

  /** Slab position of (row, col), or −(insertion position) − 1 (binary search). */
  find(row: number, col: number): number {
    const idx = this.idx;
    let lo = this.start[row];
    let hi = lo + this.len[row] - 1;
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
      if (w !== 0) this.val[k] = w;
      else this.removeAt(row, k);
      return;
    }
    if (w === 0) return;
    this.insertAt(row, -k - 1 - this.start[row], col, w);
  }

  /** Insert at offset `at` within list `row`, moving the list when it is full. */
  private insertAt(row: number, at: number, col: number, w: number): void {
    const n = this.len[row];
    if (n === this.cap[row]) this.relocate(row, Math.max(4, 2 * n));
    const s = this.start[row];
    const idx = this.idx;
    const val = this.val;
    idx.copyWithin(s + at + 1, s + at, s + n);
    val.copyWithin(s + at + 1, s + at, s + n);
    idx[s + at] = col;
    val[s + at] = w;
    this.len[row] = n + 1;
    this.stored++;
    this.colCount[col]++;
    if (row === col) this.diagonal++;
  }

  /** Move list `row` to the end of the slab with room for `room` entries. */
  private relocate(row: number, room: number): void {
    if (this.used + room > this.idx.length) this.compact(room);
    const from = this.start[row];
    const n = this.len[row];
    this.idx.copyWithin(this.used, from, from + n);
    this.val.copyWithin(this.used, from, from + n);
    this.start[row] = this.used;
    this.cap[row] = room;
    this.used += room;
  }

  /** Repack every list tightly (with some slack) into a slab with room for `extra` more. */
  private compact(extra: number): void {
    let total = extra;
    const room = new Int32Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      room[r] = Math.max(4, this.len[r] + (this.len[r] >> 2));
      total += room[r];
    }
    const size = Math.max(total, Math.ceil(total * 1.5));
    const idx = new Int32Array(size);
    const val = new Float64Array(size);
    let at = 0;
    for (let r = 0; r < this.rows; r++) {
      const s = this.start[r];
      idx.set(this.idx.subarray(s, s + this.len[r]), at);
      val.set(this.val.subarray(s, s + this.len[r]), at);
      this.start[r] = at;
      this.cap[r] = room[r];
      at += room[r];
    }
    this.idx = idx;
    this.val = val;
    this.used = at;
    this.compactions++;
  }

  private removeAt(row: number, pos: number): void {
    const end = this.start[row] + this.len[row];
    const col = this.idx[pos];
    if (col === row) this.diagonal--;
    this.colCount[col]--;
    this.idx.copyWithin(pos, pos + 1, end);
    this.val.copyWithin(pos, pos + 1, end);
    this.len[row]--;
    this.stored--;
  }

  /**
   * Drop, in list `row`, every entry whose weight is ≤ `threshold`, keeping order. Used after a
   * plasticity update: the package's clip `W[W <= 0] = 0` prunes a synapse for good.
   */
  pruneRow(row: number, threshold: number): void {
    const { idx, val } = this;
    const s = this.start[row];
    const e = s + this.len[row];
    let out = s;
    for (let k = s; k < e; k++) {
      const w = val[k];
      if (w <= threshold) {
        if (idx[k] === row) this.diagonal--;
        this.colCount[idx[k]]--;
        continue;
      }
      idx[out] = idx[k];
      val[out] = w;
      out++;
    }
    this.stored -= e - out;
    this.len[row] = out - s;
  }

  /** s[c] = Σ_r W[r, c], each column added in ascending row order (numpy's axis-0 sum). */
  columnSums(out: Float64Array): Float64Array {
    out.fill(0);
    const { idx, val } = this;
    for (let r = 0; r < this.rows; r++) for (let k = this.start[r], e = k + this.len[r]; k < e; k++) out[idx[k]] += val[k];
    return out;
  }

  /**
   * Column normalisation W[r, c] ← W[r, c] / s[c] (one IEEE division per entry, as the package).
   * Returns the number of columns with no input; they stay 0 (the package: 0/0 = NaN).
   */
  normalizeColumns(sums: Float64Array = new Float64Array(this.cols)): number {
    this.columnSums(sums);
    const { idx, val } = this;
    for (let r = 0; r < this.rows; r++) for (let k = this.start[r], e = k + this.len[r]; k < e; k++) val[k] = val[k] / sums[idx[k]];
    let empty = 0;
    for (let c = 0; c < this.cols; c++) if (sums[c] === 0) empty++;
    return empty;
  }

  /** Visit every stored entry, rows ascending, columns ascending within a row. */
  forEachNonZero(fn: (row: number, col: number, w: number) => void): void {
    for (let r = 0; r < this.rows; r++) for (let k = this.start[r], e = k + this.len[r]; k < e; k++) fn(r, this.idx[k], this.val[k]);
  }

  /** A dense row-major copy. */
  toDense(): Float64Array {
    const out = new Float64Array(this.rows * this.cols);
    this.forEachNonZero((r, c, w) => {
      out[r * this.cols + c] = w;
    });
    return out;
  }

  /** Build from a dense row-major array (zeros are not stored), each list with 25 % slack. */
  static fromDense(rows: number, cols: number, data: ArrayLike<number>): SparseRows {
    const m = new SparseRows(rows, cols, 1);
    const counts = new Int32Array(rows);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (data[r * cols + c] !== 0) counts[r]++;
    let total = 0;
    for (let r = 0; r < rows; r++) {
      m.start[r] = total;
      m.cap[r] = Math.max(4, counts[r] + (counts[r] >> 2));
      total += m.cap[r];
    }
    m.idx = new Int32Array(Math.ceil(total * 1.25));
    m.val = new Float64Array(m.idx.length);
    m.used = total;
    for (let r = 0; r < rows; r++) {
      let k = m.start[r];
      for (let c = 0; c < cols; c++) {
        const w = data[r * cols + c];
        if (w === 0) continue;
        m.idx[k] = c;
        m.val[k++] = w;
        m.colCount[c]++;
        if (r === c) m.diagonal++;
      }
      m.len[r] = counts[r];
      m.stored += counts[r];
    }
    return m;
  }
}
