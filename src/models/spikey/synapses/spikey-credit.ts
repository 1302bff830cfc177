/**
 * The pre side of Spikey's RLSTDP / LTP step (spec spikey.md §1.7): for the post row t − 1
 * (log row `postStep` = t − 2) and the kernel table k(Δ),
 *
 *   credit(u) = (Σ_{Δ = 1 … W−2, u fired at postStep − Δ} k(Δ)) · (p_u · s),
 *
 * the sum taken from 0 in ascending Δ (so every credit is the same double, whichever way the
 * spikes are found), and the list of the units with a spike in the window ("pre").
 *
 * For W ≤ 31 (and a log that keeps ≥ W rows) each unit keeps its last 31 steps as bits (bit j:
 * fired at step t − 1 − j), shifted once per step while the rule reads the log every step and
 * rebuilt from the log otherwise; a unit's Δs are the set bits of (bits ≫ 2) & (2^(W−2) − 1),
 * walked lowest first. Otherwise the log rows are scanned (Δ ascending) unit by unit.
 */
import type { SpikeLog } from "../types";

/** The credits of one step: `credit[u]` (0 for units without a spike in the window) and `pre[0 … n−1]`. */
export class SpikeyCredit {
  readonly credit: Float64Array;
  readonly pre: Int32Array;
  /** Per unit, the last steps as bits (see the module doc). */
  readonly bits: Int32Array;
  /** The bits of Δ = 1 … W − 2 (bits 2 … W − 1); 0 when W > 31. */
  readonly windowBits: number;
  private bitsLog: SpikeLog | null = null;
  private bitsT = -1;
  private bitsClears = -1;

  /** `table[Δ]` = k(Δ) for Δ = 0 … W − 1; `credit`, `pre` and `bits` (zeroed, `units` long) may be given (the kernel's memory). */
  constructor(
    private readonly units: number,
    private readonly table: Float64Array,
    arrays: { credit: Float64Array; pre: Int32Array; bits: Int32Array } | null = null,
  ) {
    this.credit = arrays?.credit ?? new Float64Array(units);
    this.pre = arrays?.pre ?? new Int32Array(units);
    this.bits = arrays?.bits ?? new Int32Array(units);
    const W = table.length;
    this.windowBits = W <= 31 ? ((1 << (W - 2)) - 1) << 2 : 0;
  }

  /** Whether this log can be read through the bits (W ≤ 31 and the log keeps ≥ W rows). */
  usesBits(log: SpikeLog): boolean {
    return this.windowBits !== 0 && log.capacity >= this.table.length;
  }

  /** Fill `credit` and `pre` for the log's post row t − 2 with scale s (p = polarities); returns how many pre units. */
  gather(log: SpikeLog, pol: Float32Array, scale: number): number {
    const nPre = this.usesBits(log) ? this.fromBits(log) : this.fromRows(log);
    const { credit, pre } = this;
    for (let a = 0; a < nPre; a++) credit[pre[a]] *= pol[pre[a]] * scale;
    return nPre;
  }

  /** Zero the credits of the last `gather` (before the next one). */
  clear(nPre: number): void {
    for (let a = 0; a < nPre; a++) this.credit[this.pre[a]] = 0;
  }

  /**
   * Bring the bits to the log's step t. Returns true when they are one step behind (the last
   * call saw t − 1): the caller shifts every unit's bits by one and sets bit 0 of the units of
   * row t − 1. Otherwise they are current or rebuilt here from the rows, and it returns false.
   */
  sync(log: SpikeLog): boolean {
    const t = log.t;
    const same = log === this.bitsLog && log.clears === this.bitsClears;
    this.bitsLog = log;
    this.bitsClears = log.clears;
    const last = this.bitsT;
    this.bitsT = t;
    if (same && t === last) return false;
    if (same && t === last + 1) return true;
    const { bits } = this;
    const idx = log.indices;
    bits.fill(0);
    for (let j = 0; j < this.table.length; j++) {
      const n = log.count(t - 1 - j);
      const off = log.offset(t - 1 - j);
      for (let m = 0; m < n; m++) bits[idx[off + m]] |= 1 << j;
    }
    return false;
  }

  private fromBits(log: SpikeLog): number {
    const { bits, credit, pre, table, units } = this;
    if (this.sync(log)) {
      for (let u = 0; u < units; u++) bits[u] <<= 1;
      const n = log.count(log.t - 1);
      const off = log.offset(log.t - 1);
      const idx = log.indices;
      for (let m = 0; m < n; m++) bits[idx[off + m]] |= 1;
    }
    const windowBits = this.windowBits;
    let nPre = 0;
    for (let u = 0; u < units; u++) {
      let b = bits[u] & windowBits;
      if (b === 0) continue;
      b >>>= 2;
      let s = 0;
      do {
        const low = b & -b;
        s += table[32 - Math.clz32(low)];
        b ^= low;
      } while (b !== 0);
      credit[u] = s;
      pre[nPre++] = u;
    }
    return nPre;
  }

  private fromRows(log: SpikeLog): number {
    const { credit, pre, table } = this;
    const idx = log.indices;
    const postStep = log.t - 2;
    let nPre = 0;
    for (let d = 1; d < table.length - 1; d++) {
      const step = postStep - d;
      const c = log.count(step);
      if (c === 0) continue;
      const k = table[d];
      const off = log.offset(step);
      for (let m = 0; m < c; m++) {
        const u = idx[off + m];
        if (credit[u] === 0) pre[nPre++] = u;
        credit[u] += k;
      }
    }
    return nPre;
  }
}
