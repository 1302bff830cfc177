/**
 * The counting tab's look at the test stretch (spec experiments.md §3.5): after a finished run,
 * one picked cell (n, condition, seed, at the run's size) runs again as a "counting.trace" job on
 * the page's worker pool, with its progress and Cancel, and keeps the first {@link TRACE_STEPS}
 * test steps (letters, x', each readout's predictions) for the canvas (`src/plots/counting-trace.ts`).
 * The readout shown (X or R) is switched without a new job: the job traces every readout of the run.
 * No DOM: the pool comes through the same {@link PoolRunBackend} as the sweep's.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { CountingJobDetail, CountingRow } from "../../experiments/counting/job";
import type { CountingCondition, CountingReadout } from "../../experiments/counting/preset";
import type { CountingSweep } from "../../experiments/counting/sweep";
import { traceTally, type CountingTrace } from "../../experiments/counting/trace";
import { countingTraceKind } from "../../experiments/counting/trace-kind";
import type { PoolRunBackend, RunPhase } from "./pool-run";

/** The traced test steps W (the canvas scrolls sideways). */
export const TRACE_STEPS = 150;

/** The picked cell and the readout shown. */
export interface TracePick {
  n: number;
  condition: CountingCondition;
  seed: number;
  readout: CountingReadout;
}

/** The trace's store. */
export interface CountingTraceState {
  /** The run the picks come from (null before a finished run). */
  sweep: CountingSweep | null;
  pick: TracePick | null;
  phase: RunPhase;
  /** While running: the job's fraction. */
  progress: number | null;
  message: string | null;
  /** The last traced cell: its pick (readout aside), rows and trace. */
  shown: { pick: Omit<TracePick, "readout">; rows: CountingRow[]; trace: CountingTrace } | null;
}

/** The picks a run offers: its n values, conditions, seeds 0…K−1 and readouts. */
export function traceChoices(sweep: CountingSweep): { n: readonly number[]; conditions: readonly CountingCondition[]; seeds: number[]; readouts: readonly CountingReadout[] } {
  return { n: sweep.n, conditions: sweep.conditions, seeds: [...Array(sweep.seeds).keys()], readouts: sweep.readouts };
}

/** The default pick: the first n, sorn (else the first condition), seed 0, readout X (else R). */
export function defaultPick(sweep: CountingSweep): TracePick {
  return { n: sweep.n[0], condition: sweep.conditions.includes("sorn") ? "sorn" : sweep.conditions[0], seed: 0, readout: sweep.readouts.includes("X") ? "X" : sweep.readouts[0] };
}

/** The job spec of a pick at the run's size (every readout of the run, W = min(TRACE_STEPS, T_te)). */
export function traceSpec(sweep: CountingSweep, pick: TracePick) {
  const stepsTest = sweep.stepsTest ?? 5_000;
  const spec = { n: pick.n, condition: pick.condition, seed: pick.seed, readouts: sweep.readouts, stepsPlastic: sweep.stepsPlastic, stepsTrain: sweep.stepsTrain, stepsTest: sweep.stepsTest, ridge: sweep.ridge, traceSteps: Math.min(TRACE_STEPS, stepsTest) };
  return JSON.parse(JSON.stringify(spec)) as typeof spec; // plain JSON: no undefined fields
}

/** The look at the test stretch: pick, run, cancel, the last trace. */
export class CountingTraceModel {
  readonly store: StoreApi<CountingTraceState>;
  private stop: AbortController | null = null;

  constructor(private readonly backend: PoolRunBackend) {
    this.store = createStore<CountingTraceState>()(() => ({ sweep: null, pick: null, phase: "idle", progress: null, message: null, shown: null }));
  }

  /** A new run finished: its picks, the default pick, and no trace shown (it belonged to the old run). */
  reset(sweep: CountingSweep): void {
    this.cancel();
    this.store.setState({ sweep, pick: defaultPick(sweep), phase: "idle", progress: null, message: null, shown: null });
  }

  /** Change the pick (the readout switches the shown trace at once; the rest needs Show). */
  choose(patch: Partial<TracePick>): void {
    const pick = this.store.getState().pick;
    if (pick) this.store.setState({ pick: { ...pick, ...patch } });
  }

  /** Run the picked cell's trace job (nothing while one runs or before a run). */
  async show(): Promise<void> {
    const { sweep, pick, phase } = this.store.getState();
    if (!sweep || !pick || phase === "running") return;
    const stop = new AbortController();
    this.stop = stop;
    this.store.setState({ phase: "running", progress: 0, message: null });
    const start = this.backend.now();
    try {
      const runner = await this.backend.runner();
      if (stop.signal.aborted) throw new Error("cancelled");
      const [detail] = (await runner([countingTraceKind.job(traceSpec(sweep, pick))], { workers: 1, signal: stop.signal, onProgress: (p) => this.store.setState({ progress: p.fraction }) })) as CountingJobDetail[];
      const seconds = (this.backend.now() - start) / 1000;
      const { n, condition, seed } = pick;
      this.store.setState({ phase: "done", progress: null, shown: { pick: { n, condition, seed }, rows: detail.rows, trace: detail.trace! }, message: `Traced n = ${n}, ${condition}, seed ${seed} in ${seconds.toFixed(1)} s: the first ${detail.trace!.steps} of ${detail.trace!.testSteps} test steps.` });
    } catch (e) {
      if (stop.signal.aborted) this.store.setState({ phase: "cancelled", progress: null, message: "Cancelled: no trace was made." + (this.store.getState().shown ? " The one shown is the last finished." : "") });
      else this.store.setState({ phase: "failed", progress: null, message: `The trace failed: ${(e as Error).message}.` });
    } finally {
      if (this.stop === stop) this.stop = null;
    }
  }

  /** Stop the running trace job (its worker ends at once). */
  cancel(): void {
    this.stop?.abort();
  }
}

/** The line above the canvas: the readout's hits in the traced steps beside its scores on the whole test stretch. */
export function traceSummary(shown: NonNullable<CountingTraceState["shown"]>, readout: CountingReadout): string {
  const row = shown.rows.find((r) => r.readout === readout);
  if (!row) return `Readout ${readout} was not part of this run.`;
  const t = traceTally(shown.trace, readout);
  const frac = ([hits, count]: [number, number]) => `${hits} of ${count}`;
  return (
    `Readout ${readout} in these ${shown.trace.steps} steps: ${frac(t.all)} letters right, ${frac(t.last)} word ends (C, F). ` +
    `On the whole test stretch (${shown.trace.testSteps} steps): perf_all ${row.perf_all.toFixed(3)}, perf_reduced ${row.perf_reduced.toFixed(3)}, perf_last ${row.perf_last.toFixed(3)}.`
  );
}
