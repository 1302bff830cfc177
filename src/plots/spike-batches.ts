/**
 * The page's copy of the recent spikes: the frames' packed blocks (`worker/spike-pack.ts`) as
 * they came, kept for the latest `history` steps (bounded by a spike budget too, so a huge
 * network cannot exhaust the page's memory). The raster draws, scrubs and hovers from it.
 */
import { packedSteps, stepSpikes } from "../worker/spike-pack";

interface Batch {
  /** Step number of the first packed step. */
  first: number;
  packed: Uint32Array;
}

/** Most spike entries kept (4 bytes each). */
const SPIKE_BUDGET = 8_000_000;

/** Packed spike blocks covering the latest steps. */
export class SpikeBatches {
  private batches: Batch[] = [];
  private entries = 0;

  constructor(readonly history: number) {}

  clear(): void {
    this.batches = [];
    this.entries = 0;
  }

  /** The oldest step held (Infinity when empty). */
  get oldest(): number {
    return this.batches.length ? this.batches[0].first : Infinity;
  }

  /** Add a frame's block whose last step is `last`; drop what is older than `history` steps. */
  push(last: number, packed: Uint32Array): void {
    const S = packedSteps(packed);
    if (S === 0) return;
    this.batches.push({ first: last - S + 1, packed });
    this.entries += packed.length;
    const oldest = last - this.history + 1;
    while (this.batches.length > 1 && (this.end(this.batches[0]) < oldest || this.entries > SPIKE_BUDGET)) {
      this.entries -= this.batches.shift()!.packed.length;
    }
  }

  private end(b: Batch): number {
    return b.first + packedSteps(b.packed) - 1;
  }

  /** Calls `fn(step, spikes)` for every held step in [first, last], oldest first. */
  forEachStep(first: number, last: number, fn: (step: number, spikes: Uint32Array) => void): void {
    for (const b of this.batches) {
      if (this.end(b) < first || b.first > last) continue;
      const S = packedSteps(b.packed);
      for (let s = Math.max(0, first - b.first); s < S && b.first + s <= last; s++) fn(b.first + s, stepSpikes(b.packed, s));
    }
  }

  /** Whether `neuron` fired at `step`: true, false, or null when the step is not held. */
  fired(neuron: number, step: number): boolean | null {
    let out: boolean | null = null;
    this.forEachStep(step, step, (_, spikes) => {
      let lo = 0;
      let hi = spikes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spikes[mid] < neuron) lo = mid + 1;
        else hi = mid;
      }
      out = spikes[lo] === neuron;
    });
    return out;
  }
}
