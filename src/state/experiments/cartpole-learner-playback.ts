/**
 * The learner's animation buffer: the steps the worker played (in batches), shown one frame per
 * environment step at 1× (50 steps/s) or 4× (200 steps/s), or the newest step of each batch at
 * "max". Keeps the reservoir's E raster of the last {@link RASTER_STEPS} steps shown. No DOM.
 */
import type { PlayBatch } from "../../worker/cartpole-learner";

/** The raster's width in steps. */
export const RASTER_STEPS = 200;

/** One shown step. */
export interface ShownStep {
  state: [number, number, number, number];
  p0: number;
  p1: number;
  action: 0 | 1;
  sampled: boolean;
  ended: boolean;
  /** 0-based episode, 1-based step, the return so far. */
  episode: number;
  step: number;
  return: number;
}

export class LearnerPlayback {
  /** Bumped at every shown step (the animation redraws when it moves). */
  version = 0;
  /** The step shown, or null before the first. */
  shown: ShownStep | null = null;
  /** ne × RASTER_STEPS, column c = the c-th oldest of the last steps shown (see {@link rasterColumns}). */
  raster: Uint8Array;
  /** Steps in the raster (≤ RASTER_STEPS); the newest is column (head − 1). */
  rasterColumns = 0;
  head = 0;
  private queue: { batch: PlayBatch; next: number }[] = [];

  constructor(readonly ne: number) {
    this.raster = new Uint8Array(Math.max(ne, 0) * RASTER_STEPS);
  }

  /** Steps waiting to be shown. */
  get queued(): number {
    return this.queue.reduce((n, q) => n + q.batch.kept - q.next, 0);
  }

  push(batch: PlayBatch): void {
    if (batch.kept) this.queue.push({ batch, next: 0 });
  }

  /** Drop what was not shown yet. */
  clear(): void {
    this.queue = [];
  }

  /** Show up to `n` queued steps (Infinity: all of them); returns how many were shown. */
  show(n: number): number {
    let shown = 0;
    while (shown < n && this.queue.length) {
      const q = this.queue[0];
      this.showStep(q.batch, q.next++);
      shown++;
      if (q.next >= q.batch.kept) this.queue.shift();
    }
    return shown;
  }

  private showStep(b: PlayBatch, i: number): void {
    const f = b.flags[i];
    this.shown = {
      state: [b.states[4 * i], b.states[4 * i + 1], b.states[4 * i + 2], b.states[4 * i + 3]],
      p0: b.probs[2 * i],
      p1: b.probs[2 * i + 1],
      action: (f & 1) as 0 | 1,
      sampled: (f & 2) !== 0,
      ended: (f & 4) !== 0,
      episode: b.episode[i],
      step: b.step[i],
      return: b.returns[i],
    };
    const ne = this.ne;
    if (ne) {
      this.raster.set(b.spikes.subarray(ne * i, ne * (i + 1)), ne * this.head);
      this.head = (this.head + 1) % RASTER_STEPS;
      this.rasterColumns = Math.min(RASTER_STEPS, this.rasterColumns + 1);
    }
    this.version++;
  }

  /** Spike of neuron `n` in the `k`-th oldest raster column (k < rasterColumns). */
  spike(k: number, n: number): number {
    const col = (this.head - this.rasterColumns + k + RASTER_STEPS) % RASTER_STEPS;
    return this.raster[this.ne * col + n];
  }
}
