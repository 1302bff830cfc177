/**
 * Spikes of many steps packed in one Uint32Array, so a frame moves them in a single transfer
 * (never one message per spike). Layout, for S steps holding N spikes in all:
 *
 *   [ S, o_0, o_1, …, o_S, i_0, i_1, …, i_{N−1} ]
 *
 * The spikes of step s (0 = oldest) are i_{o_s} … i_{o_{s+1} − 1}, neuron indices ascending,
 * where the groups' neurons are numbered one after another (for SORN: index i < ne is E neuron i
 * and ne + k is I neuron k). o_0 = 0 and o_S = N.
 */

/** Accumulates per-step spike lists and packs the latest `capacity` steps on demand. */
export class SpikePacker {
  private offsets: Uint32Array;
  private indices: Uint32Array;
  private steps = 0;
  private count = 0;

  /** @param capacity the most steps kept; older ones are dropped when more arrive. */
  constructor(readonly capacity: number) {
    this.offsets = new Uint32Array(2 * capacity + 1);
    this.indices = new Uint32Array(1024);
  }

  /** Steps currently held (≤ capacity after `pack`). */
  get heldSteps(): number {
    return Math.min(this.steps, this.capacity);
  }

  /**
   * Append one step: one 0/1 vector per spike group (for SORN: E then I). Neuron j of group g
   * gets index j + (sizes of the groups before g).
   */
  addStep(groups: readonly Uint8Array[]): void {
    if (this.steps === 2 * this.capacity) this.dropOldest(this.steps - this.capacity + 1);
    let total = 0;
    for (const g of groups) total += g.length;
    const need = this.count + total;
    if (need > this.indices.length) {
      const grown = new Uint32Array(Math.max(need, this.indices.length * 2));
      grown.set(this.indices.subarray(0, this.count));
      this.indices = grown;
    }
    const idx = this.indices;
    let c = this.count;
    let offset = 0;
    for (const g of groups) {
      for (let i = 0; i < g.length; i++) if (g[i]) idx[c++] = offset + i;
      offset += g.length;
    }
    this.count = c;
    this.steps++;
    this.offsets[this.steps] = c;
  }

  /** The latest ≤ capacity steps, packed; the packer is emptied. */
  take(): Uint32Array {
    if (this.steps > this.capacity) this.dropOldest(this.steps - this.capacity);
    const S = this.steps;
    const out = new Uint32Array(1 + (S + 1) + this.count);
    out[0] = S;
    out.set(this.offsets.subarray(0, S + 1), 1);
    out.set(this.indices.subarray(0, this.count), S + 2);
    this.steps = 0;
    this.count = 0;
    return out;
  }

  private dropOldest(k: number): void {
    const base = this.offsets[k];
    this.indices.copyWithin(0, base, this.count);
    this.count -= base;
    for (let s = k; s <= this.steps; s++) this.offsets[s - k] = this.offsets[s] - base;
    this.steps -= k;
  }
}

/** Number of steps in a packed array. */
export function packedSteps(packed: Uint32Array): number {
  if (packed.length === 0) return 0;
  return packed[0];
}

/** The spikes of step `s` (0 = oldest) as a view into `packed`. */
export function stepSpikes(packed: Uint32Array, s: number): Uint32Array {
  const S = packed[0];
  if (!(s >= 0 && s < S)) throw new RangeError(`step ${s} is outside the ${S} packed steps`);
  const base = S + 2;
  return packed.subarray(base + packed[1 + s], base + packed[2 + s]);
}

/** Calls `fn(s, spikes)` for every packed step, oldest first. */
export function forEachPackedStep(packed: Uint32Array, fn: (s: number, spikes: Uint32Array) => void): void {
  const S = packedSteps(packed);
  for (let s = 0; s < S; s++) fn(s, stepSpikes(packed, s));
}

/** Pack explicit per-step lists (for tests and small batches). */
export function packLists(lists: readonly (readonly number[])[]): Uint32Array {
  let n = 0;
  for (const l of lists) n += l.length;
  const S = lists.length;
  const out = new Uint32Array(S + 2 + n);
  out[0] = S;
  let c = 0;
  lists.forEach((l, s) => {
    for (const i of l) out[S + 2 + c++] = i;
    out[2 + s] = c;
  });
  return out;
}
