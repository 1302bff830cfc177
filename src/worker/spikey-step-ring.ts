/**
 * The last network steps of a Spikey run for the raster: per step the units that fired (indices,
 * inputs first) and the reward strip's value, in a ring of `capacity` steps with flat typed
 * arrays (no allocation per step). Step g (global, 0-based) lives in slot g mod capacity.
 */
export class StepRing {
  /** Steps pushed so far. */
  total = 0;
  private readonly idx: Int32Array;
  private readonly counts: Int32Array;
  private readonly rewards: Float32Array;

  constructor(
    readonly units: number,
    readonly capacity: number,
  ) {
    this.idx = new Int32Array(units * capacity);
    this.counts = new Int32Array(capacity);
    this.rewards = new Float32Array(capacity);
  }

  /** Append one step: the units with a non-zero value in `values`, and its reward. */
  push(values: Float32Array, reward: number): void {
    const slot = this.total % this.capacity;
    const base = slot * this.units;
    let c = 0;
    for (let u = 0; u < this.units; u++) if (values[u] !== 0) this.idx[base + c++] = u;
    this.counts[slot] = c;
    this.rewards[slot] = reward;
    this.total++;
  }

  /** Append one step from a spike log's row: `count` unit indices from `indices[offset…]`, and its reward. */
  pushIndices(indices: Int32Array, offset: number, count: number, reward: number): void {
    const slot = this.total % this.capacity;
    this.idx.set(indices.subarray(offset, offset + count), slot * this.units);
    this.counts[slot] = count;
    this.rewards[slot] = reward;
    this.total++;
  }

  /** Set the reward of the last `n` steps (a per-tick reward drawn over its tick). */
  setLastRewards(n: number, reward: number): void {
    for (let g = Math.max(0, this.total - Math.min(n, this.capacity)); g < this.total; g++) this.rewards[g % this.capacity] = reward;
  }

  /** The last `keep` steps before step `until` (exclusive) that the ring still holds, packed. */
  read(until: number, keep: number): { from: number; counts: Int32Array; units: Int32Array; reward: Float32Array } {
    const end = Math.min(until, this.total);
    const from = Math.max(0, end - keep, this.total - this.capacity);
    const n = Math.max(0, end - from);
    const counts = new Int32Array(n);
    const reward = new Float32Array(n);
    let spikes = 0;
    for (let k = 0; k < n; k++) spikes += this.counts[(from + k) % this.capacity];
    const units = new Int32Array(spikes);
    let at = 0;
    for (let k = 0; k < n; k++) {
      const slot = (from + k) % this.capacity;
      const c = this.counts[slot];
      counts[k] = c;
      reward[k] = this.rewards[slot];
      units.set(this.idx.subarray(slot * this.units, slot * this.units + c), at);
      at += c;
    }
    return { from, counts, units, reward };
  }
}
