/**
 * The latest `capacity` steps of a model's spikes (every spike group, for SORN E and I), one
 * bitset per step in a ring, plus each
 * neuron's spike count over the latest `rateWindow` steps (kept up to date as steps arrive).
 * This is what the worker cuts spike trains from (correlations, figures, records) — the
 * engine itself keeps no history.
 */
import type { SpikeGroup } from "../models/model";
import type { SpikeWindow } from "./protocol";

/** A ring of per-step spike bitsets with sliding-window spike counts. */
export class SpikeHistory {
  /** 32-bit words per step: the groups' neurons one after another (SORN: E 0..ne−1, then I). */
  readonly words: number;
  /** All neurons of all groups. */
  readonly neurons: number;
  /** Index of each group's first neuron. */
  private readonly offsets: number[];
  private readonly bits: Uint32Array;
  /** Step number (network t) of the newest stored step + 1; the oldest is end − held. */
  private end = 0;
  private stored = 0;
  private readonly windowCounts: Uint32Array;

  constructor(
    readonly groups: readonly SpikeGroup[],
    readonly capacity: number,
    /** Steps over which per-neuron rates are counted (≤ capacity). */
    readonly rateWindow: number,
  ) {
    if (rateWindow > capacity) throw new RangeError("rateWindow must not exceed capacity");
    let n = 0;
    this.offsets = groups.map((g) => ((n += g.size), n - g.size));
    this.neurons = n;
    this.words = Math.ceil(n / 32);
    this.bits = new Uint32Array(capacity * this.words);
    this.windowCounts = new Uint32Array(n);
  }

  /** Number of steps held. */
  get held(): number {
    return this.stored;
  }

  /** Network step number just after the newest held step. */
  get endStep(): number {
    return this.end;
  }

  /** Forget everything; the next step pushed is network step `t`. */
  clear(t: number): void {
    this.stored = 0;
    this.end = t;
    this.windowCounts.fill(0);
  }

  /** Append the states after one step: one 0/1 vector per group, in `groups` order. */
  push(spikes: readonly Uint8Array[]): void {
    const words = this.words;
    if (this.stored >= this.rateWindow) this.forEachSpikeOf(this.end - this.rateWindow, (i) => this.windowCounts[i]--);
    const base = (this.end % this.capacity) * words;
    const bits = this.bits;
    bits.fill(0, base, base + words);
    for (let g = 0; g < spikes.length; g++) {
      const x = spikes[g];
      const offset = this.offsets[g];
      for (let j = 0; j < x.length; j++) {
        if (x[j]) {
          const i = offset + j;
          bits[base + (i >>> 5)] |= 1 << (i & 31);
          this.windowCounts[i]++;
        }
      }
    }
    this.end++;
    if (this.stored < this.capacity) this.stored++;
  }

  /** Calls `fn(i)` for each neuron that fired at network step `t` (must be held). */
  forEachSpikeOf(t: number, fn: (neuron: number) => void): void {
    const base = (t % this.capacity) * this.words;
    for (let w = 0; w < this.words; w++) {
      let v = this.bits[base + w];
      while (v !== 0) {
        const b = 31 - Math.clz32(v & -v);
        fn(w * 32 + b);
        v &= v - 1;
      }
    }
  }

  /** Per-neuron spikes per step over the latest min(rateWindow, held) steps, groups in order. */
  rates(): { rates: Float32Array; window: number } {
    const n = Math.min(this.rateWindow, this.stored);
    const out = new Float32Array(this.neurons);
    if (n > 0) for (let i = 0; i < out.length; i++) out[i] = this.windowCounts[i] / n;
    return { rates: out, window: n };
  }

  /**
   * The latest `steps` (≤ held) steps of one group (by name, e.g. "E") as a steps × neurons 0/1
   * train. Row s holds the states after step number t0 + s (steps are numbered from 1, so the
   * states after the first step are step 1).
   */
  train(group: string, steps = this.stored): SpikeWindow {
    const g = this.groups.findIndex((x) => x.name === group);
    if (g < 0) throw new Error(`no spike group '${group}' (groups: ${this.groups.map((x) => x.name).join(", ")})`);
    const T = Math.max(0, Math.min(steps, this.stored));
    const n = this.groups[g].size;
    const offset = this.offsets[g];
    const data = new Uint8Array(T * n);
    const first = this.end - T;
    for (let s = 0; s < T; s++) {
      this.forEachSpikeOf(first + s, (i) => {
        const j = i - offset;
        if (j >= 0 && j < n) data[s * n + j] = 1;
      });
    }
    return { t0: first + 1, steps: T, neurons: n, data };
  }

  /** FNV-1a over (step, neuron) of every held spike, with the step count and the first group's spikes. */
  digest(): { hash: string; steps: number; eSpikes: number } {
    const firstSize = this.groups[0]?.size ?? 0;
    let h = 0x811c9dc5;
    let eSpikes = 0;
    const mix = (v: number) => {
      for (let b = 0; b < 4; b++) {
        h ^= (v >>> (8 * b)) & 0xff;
        h = Math.imul(h, 0x01000193);
      }
    };
    for (let t = this.end - this.stored; t < this.end; t++) {
      this.forEachSpikeOf(t, (i) => {
        mix(t);
        mix(i);
        if (i < firstSize) eSpikes++;
      });
    }
    return { hash: (h >>> 0).toString(16).padStart(8, "0"), steps: this.stored, eSpikes };
  }
}
