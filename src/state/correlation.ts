/**
 * The correlation network's data: computed on demand in the analysis worker (through the lab's
 * one {@link AnalysisClient}, as the job tagged "correlation") from the latest steps of E spikes,
 * cancellable (the worker is terminated). The result is large, so it is held here and handed to
 * the plot directly, not through the store.
 */
import { CancelledError, type AnalysisClient } from "../worker/client";
import type { CorrelationResult } from "../worker/analysis-service";
import type { LabController } from "./controller";
import { addNotice } from "./store";

/** Steps of E spikes the correlation is computed over (at most). */
export const CORRELATION_STEPS = 2000;

/** The analysis client's tag of the correlation job. */
const JOB = "correlation";

/** Holds the latest correlation matrix and tells listeners when it changes. */
export class CorrelationModel {
  result: CorrelationResult | null = null;
  /** Edges are drawn where the correlation exceeds this. */
  threshold = 0.1;
  /** Step count when the result was computed. */
  computedAt = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly lab: Pick<LabController, "store" | "sim">,
    private readonly analysis: AnalysisClient,
  ) {}

  /** Listen to new results; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Compute from the latest spikes (a running computation is cancelled first). */
  async compute(): Promise<void> {
    const { store, sim } = this.lab;
    this.setBusy(true);
    try {
      const window = await sim.spikeTrain("E", CORRELATION_STEPS);
      const result = await this.analysis.run((r) => r.correlation(window), JOB);
      this.result = result;
      this.computedAt = window.t0 + window.steps - 1;
      for (const fn of this.listeners) fn();
    } catch (e) {
      if (!(e instanceof CancelledError)) addNotice(store, "error", `Correlation: ${(e as Error).message}`);
    } finally {
      if (!this.analysis.busy(JOB)) this.setBusy(false);
    }
  }

  /** Change the edge threshold (the plot redraws, the export follows). */
  setThreshold(t: number): void {
    if (!Number.isFinite(t)) return;
    this.threshold = t;
    for (const fn of this.listeners) fn();
  }

  /** Stop a running computation. */
  cancel(): void {
    this.analysis.cancel(JOB);
    this.setBusy(false);
  }

  /** Forget the result (a new run started). */
  clear(): void {
    this.result = null;
    for (const fn of this.listeners) fn();
  }

  private setBusy(on: boolean): void {
    this.lab.store.setState((s) => ({ busy: { ...s.busy, correlation: on } }));
  }
}
