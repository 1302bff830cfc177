/**
 * The counting runner's model: the settings form, a run of the sweep's jobs on the page's worker
 * pool with its progress and Cancel, and the last finished run's rows (what the n-sweep chart, the
 * C19/C20 verdicts and the JSON download show) — the shared {@link PoolRunModel} with the
 * counting sweep as its {@link PoolExperiment}, and the chart's metric and readout.
 */
import type { CountingRow } from "../../experiments/counting/job";
import { countingRunKind } from "../../experiments/counting/kind";
import { referenceScores } from "../../experiments/counting/metrics";
import { jobSeeds, type CountingReadout } from "../../experiments/counting/preset";
import { summarize, sweepJobs, type CountingSweep } from "../../experiments/counting/sweep";
import { COUNTING_SIZES, defaultCountingForm, parseCountingForm, type CountingForm, type CountingFormErrors, type CountingSize } from "./counting-settings";
import { CountingTraceModel } from "./counting-trace";
import { PoolRunModel, type PoolExperiment, type PoolRunBackend, type PoolRunState } from "./pool-run";

/** The chart's metrics, the counting decision first (spec §3.4: the page leads with perf_last). */
export const COUNTING_METRICS = ["perf_last", "perf_reduced", "perf_all"] as const;
export type CountingMetric = (typeof COUNTING_METRICS)[number];

/** A finished run. */
export interface CountingResult {
  sweep: CountingSweep;
  size: CountingSize;
  rows: CountingRow[];
  seconds: number;
}

/** Where a run stands. */
export type { RunPhase as CountingPhase } from "./pool-run";

/** The chart's choices. */
interface CountingView {
  metric: CountingMetric;
  readout: CountingReadout;
}

/** The runner's store. */
export type CountingRunState = PoolRunState<CountingForm, keyof CountingFormErrors, CountingResult, CountingView>;

/** What the model needs from the page. */
export type CountingBackend = PoolRunBackend;

type Plan = { sweep: CountingSweep; size: CountingSize };

/** The counting sweep as a pool experiment. */
export const countingExperiment: PoolExperiment<CountingForm, keyof CountingFormErrors, Plan, CountingResult> = {
  name: "counting",
  defaultForm: defaultCountingForm,
  parse(form) {
    const p = parseCountingForm(form);
    return p.ok ? { ok: true, plan: { sweep: p.sweep, size: p.size } } : p;
  },
  jobs: (plan) => sweepJobs(plan.sweep).map((j) => countingRunKind.job(j)),
  collect: (plan, results, seconds) => ({ ...plan, rows: (results as CountingRow[][]).flat(), seconds }),
  document(r) {
    const seedList = [...Array(r.sweep.seeds).keys()];
    const settings = {
      ...r.sweep,
      size: r.size,
      sizeNote: r.size === "quick" ? "quick size: shorter phases than the paper's protocol (50,000 + 5,000 + 5,000 steps)" : "the protocol of spec §3.3",
      seedList,
      taskSeeds: seedList.map((s) => jobSeeds(s).task),
      seedRule: "engine seed S (np.random.seed(S); random.seed(S)); letter stream numpy RandomState((S + 1000) mod 2^32), one random_sample() per word, word 1 (A B^n C) iff < 0.5",
    };
    const references = Object.fromEntries(r.sweep.n.map((n) => [n, referenceScores(n)]));
    return { body: { settings, results: r.rows, summary: summarize(r.rows), references, seconds: r.seconds }, filename: `sorn-counting-${r.size}-n${r.sweep.n.join("-")}-${r.sweep.seeds}seeds.json` };
  },
};

/** The runner: form, run, cancel, results, the chart's metric and readout, and the look at a cell's test stretch. */
export class CountingRunModel extends PoolRunModel<CountingForm, keyof CountingFormErrors, Plan, CountingResult, CountingView> {
  /** "Show the test stretch" of one cell of the last finished run. */
  readonly trace: CountingTraceModel;

  constructor(backend: CountingBackend) {
    super(countingExperiment, backend, { metric: "perf_last", readout: "X" });
    this.trace = new CountingTraceModel(backend);
  }

  setMetric(metric: CountingMetric): void {
    this.view({ metric });
  }

  setReadout(readout: CountingReadout): void {
    this.view({ readout });
  }

  /** Run the sweep; afterwards the readout shown is one the run has, and the trace's picks are the run's. */
  override async run(): Promise<void> {
    await super.run();
    const s = this.store.getState();
    if (s.phase !== "done" || !s.result) return;
    if (!s.result.sweep.readouts.includes(s.readout)) this.view({ readout: s.result.sweep.readouts[0] });
    this.trace.reset(s.result.sweep);
  }
}

/** The label of a size, for the page. */
export const sizeLabel = (size: CountingSize): string => COUNTING_SIZES[size].label;
