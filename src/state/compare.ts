/**
 * Compare mode as the page holds it: which change run B makes, B's frames on their own bus (so
 * B's raster and weight plots are the same plots fed another stream), and the Hamming distances
 * d(t) between A's and B's E spikes since the split, kept for the chart.
 */
import type { CompareChange, Frame } from "../worker/protocol";
import type { SimRemote } from "../worker/client";
import { FrameBus } from "./frame-bus";
import { addNotice, type LabStore } from "./store";

/** Most steps of d(t) the page keeps for the chart. */
export const HAMMING_HISTORY_STEPS = 20_000;

/** The comparison's data and commands. */
export class CompareModel {
  /** B's frames. */
  readonly frames = new FrameBus();
  /** Step numbers and d(t) since the split, oldest first (at most HAMMING_HISTORY_STEPS). */
  steps: number[] = [];
  distances: number[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: LabStore,
    private readonly sim: SimRemote,
  ) {}

  /** Start comparing from the current run; a change B cannot take becomes an error notice. */
  async start(change: CompareChange): Promise<boolean> {
    try {
      const info = await this.sim.compare(change);
      this.clear();
      this.store.setState({ compare: info });
      return true;
    } catch (e) {
      addNotice(this.store, "error", `Compare refused: ${(e as Error).message}`);
      return false;
    }
  }

  /** Stop comparing; run A goes on. */
  async stop(): Promise<void> {
    this.store.setState({ compare: null });
    this.clear();
    await this.sim.stopCompare();
  }

  /** Take the comparison's part of a frame of run A (a frame without one ends the view). */
  take(f: Frame): void {
    const c = f.compare;
    if (!c) {
      if (this.store.getState().compare) this.store.setState({ compare: null });
      return;
    }
    const first = f.t - c.hamming.length + 1;
    for (let k = 0; k < c.hamming.length; k++) {
      this.steps.push(first + k);
      this.distances.push(c.hamming[k]);
    }
    const extra = this.steps.length - HAMMING_HISTORY_STEPS;
    if (extra > 0) {
      this.steps.splice(0, extra);
      this.distances.splice(0, extra);
    }
    this.frames.publish(c.frame);
    for (const fn of this.listeners) fn();
  }

  /** Listen to new distances; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private clear(): void {
    this.steps = [];
    this.distances = [];
    for (const fn of this.listeners) fn();
  }
}
