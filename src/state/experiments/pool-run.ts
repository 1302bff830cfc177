/**
 * A pool experiment's run model, shared by the Experiments view's runners (counting, lognormal,
 * perturbation, random-sequence): a settings form with per-field refusals, a run of the
 * experiment's jobs on the page's worker pool with its progress and Cancel, and the last finished
 * run (what its charts, verdicts and JSON download show). No DOM: the pool comes through
 * {@link PoolRunBackend} (the page lazily imports `src/pool/browser.ts`; tests pass the in-process
 * runner or a fake), so the lab and its SORN run stay untouched while the jobs run in workers of
 * their own. What differs between experiments is a {@link PoolExperiment}.
 *
 * - Bad settings: the field says why, nothing starts, the shown results stay.
 * - Cancel: the workers stop at once; the message says so and how many jobs had finished; the
 *   charts keep the last finished run.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { Job } from "../../pool/registry";
import type { SignalLike } from "../../experiments/counting/sweep";

/** What the model needs of the pool's `runJobs` (structurally; bivariant, so a runner typed for one kind fits). */
export type PoolRunner = {
  run(
    jobs: readonly Job[],
    options: { workers?: number; signal?: SignalLike; onResult?: (index: number, result: unknown) => void; onProgress?: (p: { fraction: number }) => void },
  ): Promise<unknown[]>;
}["run"];

/** What the model needs from the page. */
export interface PoolRunBackend {
  /** The pool's `runJobs` (loaded when first needed). */
  runner(): Promise<PoolRunner>;
  /** Workers per run (default: the pool's, every core). */
  workers?: number;
  /** Offer `text` as a download called `filename`. */
  save(text: string, filename: string): void;
  /** Milliseconds, for the run's duration. */
  now(): number;
}

/** A parsed form: what the jobs are made from, with the run's size ("quick", "full"). */
export interface RunPlan {
  readonly size: string;
}

/** What makes one experiment: its form, its jobs, what a finished run keeps and its JSON. */
export interface PoolExperiment<F, K extends string, P extends RunPlan, R> {
  /** The preset's name, as `sorn preset NAME` (the JSON's `preset`). */
  readonly name: string;
  defaultForm(): F;
  /** The form as a plan, or every field's refusal. */
  parse(form: F): { ok: true; plan: P } | { ok: false; errors: Partial<Record<K, string>> };
  jobs(plan: P): Job[];
  /** The finished run from the jobs' results (in job order) and the seconds taken. */
  collect(plan: P, results: unknown[], seconds: number): R;
  /** The JSON document after `preset` and `source` (the CLI's `--json` layout), and its file name. */
  document(result: R): { body: object; filename: string };
}

/** Where a run stands. */
export type RunPhase = "idle" | "running" | "done" | "cancelled" | "failed";

/** The store of every runner; `X` is the experiment's own view state (a chosen metric, seed…). */
export type PoolRunState<F, K extends string, R, X = object> = {
  form: F;
  errors: Partial<Record<K, string>>;
  phase: RunPhase;
  /** While running: the overall fraction and the jobs finished. */
  progress: { fraction: number; done: number; total: number } | null;
  /** What the last run came to, in words (finished, cancelled, failed), or null. */
  message: string | null;
  /** The last finished run, or null. */
  result: R | null;
} & X;

/** The runner: form, run, cancel, results, download. */
export class PoolRunModel<F, K extends string, P extends RunPlan, R, X extends object = object> {
  readonly store: StoreApi<PoolRunState<F, K, R, X>>;
  private stop: AbortController | null = null;

  constructor(
    readonly experiment: PoolExperiment<F, K, P, R>,
    private readonly backend: PoolRunBackend,
    extra: X = {} as X,
  ) {
    this.store = createStore<PoolRunState<F, K, R, X>>()(() => ({ form: experiment.defaultForm(), errors: {}, phase: "idle", progress: null, message: null, result: null, ...extra }) as PoolRunState<F, K, R, X>);
  }

  /** Change fields of the form (their refusals clear until the next Run). */
  edit(patch: Partial<F>): void {
    const s = this.store.getState();
    const errors: Partial<Record<K, string>> = { ...s.errors };
    for (const k of Object.keys(patch)) delete errors[k as K];
    this.store.setState({ form: { ...s.form, ...patch }, errors } as Partial<PoolRunState<F, K, R, X>>);
  }

  /** Set the experiment's own view state. */
  view(patch: Partial<X>): void {
    this.store.setState(patch as Partial<PoolRunState<F, K, R, X>>);
  }

  /** Run the form's jobs (nothing while a run goes on; bad fields: their messages, nothing starts). */
  async run(): Promise<void> {
    const s = this.store.getState();
    if (s.phase === "running") return;
    const parsed = this.experiment.parse(s.form);
    if (!parsed.ok) return this.set({ errors: parsed.errors });
    const { plan } = parsed;
    const jobs = this.experiment.jobs(plan);
    const n = jobs.length;
    const stop = new AbortController();
    this.stop = stop;
    let done = 0;
    const progress = (fraction: number) => this.set({ progress: { fraction, done, total: n } });
    this.set({ errors: {}, phase: "running", message: null, progress: { fraction: 0, done: 0, total: n } });
    const start = this.backend.now();
    try {
      const runner = await this.backend.runner();
      if (stop.signal.aborted) throw new Error("cancelled");
      const results = await runner(jobs, {
        workers: this.backend.workers,
        signal: stop.signal,
        onResult: () => {
          done++;
          progress(this.store.getState().progress?.fraction ?? 0);
        },
        onProgress: (p) => progress(p.fraction),
      });
      const seconds = (this.backend.now() - start) / 1000;
      const result = this.experiment.collect(plan, results, seconds);
      this.set({ phase: "done", progress: null, result, message: `Finished: ${n} job${n === 1 ? "" : "s"} in ${seconds.toFixed(1)} s (${plan.size} size).` });
    } catch (e) {
      const kept = this.store.getState().result ? " The chart shows the last finished run." : "";
      if (stop.signal.aborted) this.set({ phase: "cancelled", progress: null, message: `Cancelled: ${done} of ${n} jobs had finished; their rows are not kept.${kept}` });
      else this.set({ phase: "failed", progress: null, message: `The run failed: ${(e as Error).message}.${kept}` });
    } finally {
      if (this.stop === stop) this.stop = null;
    }
  }

  /** Stop the running jobs (their workers end at once). */
  cancel(): void {
    this.stop?.abort();
  }

  /** The finished run as one JSON document (`{ preset, source, …body }`, the CLI's `--json` layout), or null. */
  resultJson(): string | null {
    const r = this.store.getState().result;
    if (!r) return null;
    return JSON.stringify({ preset: this.experiment.name, source: "SORN Lab page", ...this.experiment.document(r).body }, null, 1) + "\n";
  }

  /** Download {@link resultJson} (nothing without a finished run). */
  download(): void {
    const json = this.resultJson();
    const r = this.store.getState().result;
    if (json && r) this.backend.save(json, this.experiment.document(r).filename);
  }

  private set(patch: Partial<PoolRunState<F, K, R>>): void {
    this.store.setState(patch as Partial<PoolRunState<F, K, R, X>>);
  }
}
