/**
 * The correlation network's data: computed on demand in the analysis worker (through the lab's
 * one {@link AnalysisClient}, as the job tagged "correlation") from the latest steps of E spikes,
 * cancellable (the worker is terminated). The result is large, so it is held here and handed to
 * the plot directly, not through the store.
 */
import { CancelledError, type AnalysisClient } from "../worker/client";
import type { CorrelationResult } from "../worker/analysis-service";
import { DEFAULT_THRESHOLD } from "../figures/network-layout";
import type { NodeColoring } from "../figures/network-color";
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
  threshold = DEFAULT_THRESHOLD;
  /** Mean spikes per step of each E neuron over the result's window (for colouring by rate). */
  rates: Float64Array | null = null;
  /** How the network's nodes are coloured, on screen and in the export. */
  color: NodeColoring = "rate";
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
      const rates = windowRates(window.data, window.steps, window.neurons);
      const result = await this.analysis.run((r) => r.correlation(window), JOB);
      this.result = result;
      this.rates = rates;
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

  /** Change how nodes are coloured (the plot redraws, the export follows). */
  setColor(c: NodeColoring): void {
    this.color = c;
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
    this.rates = null;
    for (const fn of this.listeners) fn();
  }

  private setBusy(on: boolean): void {
    this.lab.store.setState((s) => ({ busy: { ...s.busy, correlation: on } }));
  }
}

/** Mean spikes per step of each neuron of a steps × neurons 0/1 block: r_i = Σ_t x_ti / steps. */
export function windowRates(data: Uint8Array, steps: number, neurons: number): Float64Array {
  const r = new Float64Array(neurons);
  for (let t = 0; t < steps; t++) for (let i = 0; i < neurons; i++) r[i] += data[t * neurons + i];
  for (let i = 0; i < neurons; i++) r[i] /= Math.max(1, steps);
  return r;
}
