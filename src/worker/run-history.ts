/**
 * A run's recent history as it travels: out of a Simulation into a kept run (IndexedDB) and back,
 * or out of a run file's records into a freshly loaded Simulation (`Simulation.preload`). Plain
 * data (typed arrays), so it is structured-cloneable and its buffers can be transferred.
 */
import type { SpikeGroup } from "../models/model";

/** Steps of history a run keeps (spikes and series), in the worker, in run files and in the browser. */
export const KEPT_HISTORY_STEPS = 10_000;

/** The latest `steps` steps of a run, oldest first; the last one is the run's current step. */
export interface RunHistory {
  /** Steps covered. */
  steps: number;
  /** Per spike group, by name: a steps × size 0/1 train, row-major (row s: the states after step t − steps + 1 + s). */
  spikes: Record<string, Uint8Array>;
  /**
   * Per series, by name: its `steps` values. A series that is missing, or NaN at a step, is not
   * known there (a run file holds no mean threshold per step, for instance).
   */
  series: Record<string, ArrayLike<number>>;
}

/**
 * Check that `h` fits a model with these spike groups at step `t`; returns the steps to keep
 * (the latest ≤ `capacity`). Throws an error saying what does not fit.
 */
export function checkHistory(h: RunHistory, groups: readonly SpikeGroup[], series: readonly string[], t: number, capacity: number): number {
  const T = h.steps;
  if (!Number.isInteger(T) || T < 0) throw new Error(`history: steps must be a whole number ≥ 0, got ${String(T)}`);
  if (T > t) throw new Error(`history: it holds ${T} steps but the run is at step ${t}`);
  for (const g of groups) {
    const train = h.spikes[g.name];
    if (!train) throw new Error(`history: no spikes of group '${g.name}'`);
    if (train.length !== T * g.size) throw new Error(`history: the spikes of group '${g.name}' hold ${train.length} values, expected ${T} steps × ${g.size} neurons`);
  }
  for (const [name, values] of Object.entries(h.series)) {
    if (!series.includes(name)) throw new Error(`history: no series '${name}' (series: ${series.join(", ")})`);
    if (values.length !== T) throw new Error(`history: series '${name}' holds ${values.length} values, expected ${T}`);
  }
  return Math.min(T, capacity);
}
