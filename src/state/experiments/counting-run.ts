/**
 * The counting runner's model: the settings form, a run of the sweep's jobs on the page's worker
 * pool with its progress and Cancel, and the last finished run's rows (what the n-sweep chart, the
 * C19 verdicts and the JSON download show). No DOM: the pool comes through
 * {@link CountingBackend} (the page lazily imports `src/pool/browser.ts`; tests pass the
 * in-process runner or a fake), so the lab stays usable and its SORN run untouched while the
 * jobs run in workers of their own.
 *
 * - Bad settings: the field says why, nothing starts, the shown results stay.
 * - Cancel: the workers stop at once; the message says so and how many jobs had finished; the
 *   chart keeps the last finished run.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { CountingRow } from "../../experiments/counting/job";
import { referenceScores } from "../../experiments/counting/metrics";
import { jobSeeds, type CountingReadout } from "../../experiments/counting/preset";
import { runJobsOnPool, summarize, sweepJobs, type CountingRunner, type CountingSweep } from "../../experiments/counting/sweep";
import { COUNTING_SIZES, defaultCountingForm, parseCountingForm, type CountingForm, type CountingFormErrors, type CountingSize } from "./counting-settings";

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
export type CountingPhase = "idle" | "running" | "done" | "cancelled" | "failed";

/** The runner's store. */
export interface CountingRunState {
  form: CountingForm;
  errors: CountingFormErrors;
  phase: CountingPhase;
  /** While running: the overall fraction and the jobs finished. */
  progress: { fraction: number; done: number; total: number } | null;
  /** What the last run came to, in words (finished, cancelled, failed), or null. */
  message: string | null;
  /** The last finished run, or null. */
  result: CountingResult | null;
  metric: CountingMetric;
  readout: CountingReadout;
}

/** What the model needs from the page. */
export interface CountingBackend {
  /** The pool's `runJobs` (loaded when first needed). */
  runner(): Promise<CountingRunner>;
  /** Workers per run (default: the pool's, every core). */
  workers?: number;
  /** Offer `text` as a download called `filename`. */
  save(text: string, filename: string): void;
  /** Milliseconds, for the run's duration. */
  now(): number;
}

/** The runner: form, run, cancel, results. */
export class CountingRunModel {
  readonly store: StoreApi<CountingRunState> = createStore<CountingRunState>()(() => ({
    form: defaultCountingForm(),
    errors: {},
    phase: "idle",
    progress: null,
    message: null,
    result: null,
    metric: "perf_last",
    readout: "X",
  }));
  private stop: AbortController | null = null;

  constructor(private readonly backend: CountingBackend) {}

  /** Change fields of the form (their refusals clear until the next Run). */
  edit(patch: Partial<CountingForm>): void {
    const s = this.store.getState();
    const errors = { ...s.errors };
    for (const k of Object.keys(patch)) delete errors[k as keyof CountingFormErrors];
    this.store.setState({ form: { ...s.form, ...patch }, errors });
  }

  setMetric(metric: CountingMetric): void {
    this.store.setState({ metric });
  }

  setReadout(readout: CountingReadout): void {
    this.store.setState({ readout });
  }

  /** Run the form's sweep (nothing while a run goes on; bad fields: their messages, nothing starts). */
  async run(): Promise<void> {
    const s = this.store.getState();
    if (s.phase === "running") return;
    const parsed = parseCountingForm(s.form);
    if (!parsed.ok) return this.store.setState({ errors: parsed.errors });
    const { sweep, size } = parsed;
    const jobs = sweepJobs(sweep);
    const stop = new AbortController();
    this.stop = stop;
    let done = 0;
    const progress = (fraction: number) => this.store.setState({ progress: { fraction, done, total: jobs.length } });
    this.store.setState({ errors: {}, phase: "running", message: null, progress: { fraction: 0, done: 0, total: jobs.length } });
    const start = this.backend.now();
    try {
      const runner = await this.backend.runner();
      if (stop.signal.aborted) throw new Error("cancelled");
      const rows = await runJobsOnPool(jobs, runner, {
        workers: this.backend.workers,
        signal: stop.signal,
        onJob: () => {
          done++;
          progress(this.store.getState().progress?.fraction ?? 0);
        },
        onProgress: progress,
      });
      const seconds = (this.backend.now() - start) / 1000;
      const readout = sweep.readouts.includes(this.store.getState().readout) ? this.store.getState().readout : sweep.readouts[0];
      this.store.setState({
        phase: "done",
        progress: null,
        result: { sweep, size, rows, seconds },
        readout,
        message: `Finished: ${jobs.length} job${jobs.length === 1 ? "" : "s"} in ${seconds.toFixed(1)} s (${size} size).`,
      });
    } catch (e) {
      const kept = this.store.getState().result ? " The chart shows the last finished run." : "";
      if (stop.signal.aborted) {
        this.store.setState({ phase: "cancelled", progress: null, message: `Cancelled: ${done} of ${jobs.length} jobs had finished; their rows are not kept.${kept}` });
      } else {
        this.store.setState({ phase: "failed", progress: null, message: `The run failed: ${(e as Error).message}.${kept}` });
      }
    } finally {
      if (this.stop === stop) this.stop = null;
    }
  }

  /** Stop the running sweep (its workers end at once). */
  cancel(): void {
    this.stop?.abort();
  }

  /** The finished run as one JSON document (the CLI's `--json` layout), or null. */
  resultJson(): string | null {
    const r = this.store.getState().result;
    if (!r) return null;
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
    return JSON.stringify({ preset: "counting", source: "SORN Lab page", settings, results: r.rows, summary: summarize(r.rows), references, seconds: r.seconds }, null, 1) + "\n";
  }

  /** Download {@link resultJson} (nothing without a finished run). */
  download(): void {
    const json = this.resultJson();
    const r = this.store.getState().result;
    if (!json || !r) return;
    this.backend.save(json, `sorn-counting-${r.size}-n${r.sweep.n.join("-")}-${r.sweep.seeds}seeds.json`);
  }
}

/** The label of a size, for the page. */
export const sizeLabel = (size: CountingSize): string => COUNTING_SIZES[size].label;
