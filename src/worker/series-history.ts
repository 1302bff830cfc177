/**
 * The latest `capacity` steps of a model's named per-step series (for SORN: active E and I
 * neurons, Wee and Wei connection counts, the mean E threshold), one float64 ring per series.
 * These feed the "over time" plots and figures and the records export; memory is fixed however
 * long the run goes.
 */

/** The named series over a span of steps, oldest first. */
export interface SeriesSnapshot {
  /** Step number of the first entry (entry s is after step t0 + s; steps count from 1). */
  t0: number;
  /** Entries per series. */
  steps: number;
  series: Record<string, Float64Array>;
}

/** Rings of per-step values, one per series name. */
export class SeriesHistory {
  private readonly rings: Float64Array[];
  private end = 0;
  private stored = 0;

  constructor(
    /** The series, in the order `push` receives their values. */
    readonly names: readonly string[],
    readonly capacity: number,
  ) {
    this.rings = names.map(() => new Float64Array(capacity));
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

  /** Append one step's values, in `names` order. */
  push(values: ArrayLike<number>): void {
    const k = this.end % this.capacity;
    const rings = this.rings;
    for (let j = 0; j < rings.length; j++) rings[j][k] = values[j];
    this.end++;
    if (this.stored < this.capacity) this.stored++;
  }

  /** The latest `steps` (≤ held) entries of every series, oldest first, as copies. */
  latest(steps = this.stored): SeriesSnapshot {
    const n = Math.max(0, Math.min(steps, this.stored));
    const start = this.end - n;
    const series: Record<string, Float64Array> = {};
    this.names.forEach((name, j) => {
      const src = this.rings[j];
      const out = new Float64Array(n);
      for (let s = 0; s < n; s++) out[s] = src[(start + s) % this.capacity];
      series[name] = out;
    });
    return { t0: start + 1, steps: n, series };
  }

  /** The latest `steps` entries of one series (an error naming the known ones otherwise). */
  one(name: string, steps = this.stored): Float64Array {
    if (!this.names.includes(name)) throw new Error(`no series '${name}' (series: ${this.names.join(", ")})`);
    return this.latest(steps).series[name];
  }
}
