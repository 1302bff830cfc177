/**
 * Per-step summaries of the latest `capacity` steps in rings: active E and I neurons, Wee and
 * Wei connection counts and the mean E threshold. These feed the "over time" figures and the
 * records export; memory is fixed however long the run goes.
 */

/** The named per-step series, oldest first. */
export interface SeriesSnapshot {
  /** Network step number of the first entry (entry s is after step t0 + s; steps count from 1). */
  t0: number;
  popE: Uint16Array;
  popI: Uint16Array;
  countEE: Int32Array;
  countEI: Int32Array;
  meanTe: Float64Array;
}

/** Rings of per-step summaries. */
export class SeriesHistory {
  private readonly popE: Uint16Array;
  private readonly popI: Uint16Array;
  private readonly countEE: Int32Array;
  private readonly countEI: Int32Array;
  private readonly meanTe: Float64Array;
  private end = 0;
  private stored = 0;

  constructor(readonly capacity: number) {
    this.popE = new Uint16Array(capacity);
    this.popI = new Uint16Array(capacity);
    this.countEE = new Int32Array(capacity);
    this.countEI = new Int32Array(capacity);
    this.meanTe = new Float64Array(capacity);
  }

  /** Steps held. */
  get held(): number {
    return this.stored;
  }

  /** Forget everything; the next entry is for step number `t` + 1. */
  clear(t: number): void {
    this.end = t;
    this.stored = 0;
  }

  /** Append the summary of one step. */
  push(popE: number, popI: number, countEE: number, countEI: number, meanTe: number): void {
    const k = this.end % this.capacity;
    this.popE[k] = Math.min(popE, 0xffff);
    this.popI[k] = Math.min(popI, 0xffff);
    this.countEE[k] = countEE;
    this.countEI[k] = countEI;
    this.meanTe[k] = meanTe;
    this.end++;
    if (this.stored < this.capacity) this.stored++;
  }

  /** The latest `steps` (≤ held) entries, oldest first, as copies. */
  latest(steps = this.stored): SeriesSnapshot {
    const n = Math.max(0, Math.min(steps, this.stored));
    const start = this.end - n;
    const pick = <A extends Uint16Array | Int32Array | Float64Array>(src: A, out: A): A => {
      for (let s = 0; s < n; s++) out[s] = src[(start + s) % this.capacity];
      return out;
    };
    return {
      t0: start + 1,
      popE: pick(this.popE, new Uint16Array(n)),
      popI: pick(this.popI, new Uint16Array(n)),
      countEE: pick(this.countEE, new Int32Array(n)),
      countEI: pick(this.countEI, new Int32Array(n)),
      meanTe: pick(this.meanTe, new Float64Array(n)),
    };
  }
}
