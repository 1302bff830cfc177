/**
 * Per-step series kept on the page for the plots: the latest N steps exactly (population
 * activity), and a whole run thinned to a bounded number of points (connection counts and
 * thresholds over time: when full, every other point is dropped and the stride doubles).
 */

/** The latest `capacity` values of several channels, with their step numbers. */
export class RecentSeries {
  private readonly data: Float64Array[];
  private end = 0;
  private stored = 0;
  /** Step number of the newest value. */
  lastStep = 0;

  constructor(
    readonly channels: number,
    readonly capacity: number,
  ) {
    this.data = Array.from({ length: channels }, () => new Float64Array(capacity));
  }

  get held(): number {
    return this.stored;
  }

  clear(): void {
    this.end = 0;
    this.stored = 0;
    this.lastStep = 0;
  }

  /** Append `n` steps ending at step `lastStep`; `columns[c][k]` is channel c at the k-th step. */
  append(lastStep: number, n: number, columns: readonly ArrayLike<number>[]): void {
    for (let k = Math.max(0, n - this.capacity); k < n; k++) {
      const slot = this.end % this.capacity;
      for (let c = 0; c < this.channels; c++) this.data[c][slot] = columns[c][k];
      this.end++;
      if (this.stored < this.capacity) this.stored++;
    }
    this.lastStep = lastStep;
  }

  /** Value of channel `c` at step number `step` (undefined when not held). */
  at(c: number, step: number): number | undefined {
    const back = this.lastStep - step;
    if (back < 0 || back >= this.stored) return undefined;
    return this.data[c][(this.end - 1 - back) % this.capacity];
  }
}

/** A whole run's series thinned to at most `capacity` points per channel. */
export class StridedSeries {
  readonly steps: number[] = [];
  readonly values: number[][];
  /** Keep one step in `stride`. */
  stride = 1;

  constructor(
    readonly channels: number,
    readonly capacity: number,
  ) {
    if (capacity < 2) throw new RangeError("capacity must be at least 2");
    this.values = Array.from({ length: channels }, () => []);
  }

  clear(): void {
    this.steps.length = 0;
    for (const v of this.values) v.length = 0;
    this.stride = 1;
  }

  /** Append `n` steps ending at step number `lastStep`. */
  append(lastStep: number, n: number, columns: readonly ArrayLike<number>[]): void {
    for (let k = 0; k < n; k++) {
      const step = lastStep - n + 1 + k;
      if (step % this.stride !== 0) continue;
      if (this.steps.length >= this.capacity) this.thin();
      if (step % this.stride !== 0) continue;
      this.steps.push(step);
      for (let c = 0; c < this.channels; c++) this.values[c].push(columns[c][k]);
    }
  }

  private thin(): void {
    this.stride *= 2;
    const keep = (i: number) => this.steps[i] % this.stride === 0;
    let w = 0;
    for (let i = 0; i < this.steps.length; i++) {
      if (!keep(i)) continue;
      this.steps[w] = this.steps[i];
      for (const v of this.values) v[w] = v[i];
      w++;
    }
    this.steps.length = w;
    for (const v of this.values) v.length = w;
  }
}
