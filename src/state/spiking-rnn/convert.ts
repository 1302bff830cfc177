/**
 * The rate → LIF conversion in the page (issue 14 §4; spec spiking-rnn.md §3): which model to
 * convert (the training as it stands, or a loaded model file), the λ (= 1/s) grid search on the
 * page's worker pool (`convertModel` of src/experiments/rate-rnn/convert.ts: "lif.eval" jobs,
 * ties to the smaller s, an optimum at the grid's edge flagged and the grid extended), with its
 * progress, the accuracy of each s as it finishes, and Cancel; then a closer look at the best s in
 * a worker of its own (`src/worker/rate-rnn-lif.ts`: raster, output mean ± SD, rates).
 *
 * Loading a file never touches the training: a bad or foreign file is refused with the reader's
 * message (RateModelFileError: "name: not a rate-RNN model file …") and what was shown stays.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { LifEvaluation } from "../../models/lif/evaluate";
import { SornInputError } from "../../models/params/error";
import { parseSeed } from "../../models/params/seed";
import { modelFromJson, type RateModel } from "../../models/rate-rnn/model-file";
import { convertModel, type ConvertResult, type LifRunner } from "../../experiments/rate-rnn/convert";
import { parseGrid, type LambdaGrid } from "../../experiments/rate-rnn/grid";
import type { LifDetail } from "../../worker/rate-rnn-lif";
import { formParser } from "../experiments/form-fields";

/** The LIF worker's facade as the page sees it. */
export interface RnnLifRemote {
  detail(modelText: string, s: number, trials: number, seed: number): Promise<LifDetail>;
}

export interface ConvertBackend {
  /** The pool's `runJobs` (loaded when first needed). */
  runner(): Promise<LifRunner>;
  /** The LIF detail worker (started once). */
  lif(): Promise<RnnLifRemote> | RnnLifRemote;
  /** The training's model file as it stands, or null without a training. */
  trainedModel(): Promise<string | null>;
  now(): number;
  workers?: number;
}

export interface ConvertForm {
  grid: string;
  trials: string;
  seed: string;
}
export type ConvertField = keyof ConvertForm;

/** A loaded model file: its name, text and what it holds. */
export interface LoadedModel {
  name: string;
  text: string;
  model: RateModel;
}

export interface ConvertState {
  form: ConvertForm;
  errors: Partial<Record<ConvertField, string>>;
  source: "training" | "file";
  file: LoadedModel | null;
  /** The last refused file's message. */
  loadError: string | null;
  phase: "idle" | "running" | "done" | "cancelled" | "failed";
  progress: { fraction: number; trialsDone: number } | null;
  /** The s values finished so far in this run (ascending). */
  partial: LifEvaluation[];
  result: ConvertResult | null;
  /** The model the result is of (N, unit types). */
  resultOf: { name: string; n: number; inh: Uint8Array } | null;
  detail: LifDetail | null;
  detailPhase: "idle" | "running" | "done" | "failed";
  message: string | null;
}

/** Trials of the closer look at the best s (at most the grid's). */
export const DETAIL_TRIALS = 10;

export class RnnConvertModel {
  readonly store: StoreApi<ConvertState> = createStore<ConvertState>()(() => ({
    form: { grid: "20:5:75", trials: "20", seed: "0" }, errors: {}, source: "training", file: null, loadError: null,
    phase: "idle", progress: null, partial: [], result: null, resultOf: null, detail: null, detailPhase: "idle", message: null,
  }));
  private stop: AbortController | null = null;
  private run = 0;

  constructor(private readonly backend: ConvertBackend) {}

  edit(patch: Partial<ConvertForm>): void {
    const s = this.store.getState();
    const errors = { ...s.errors };
    for (const k of Object.keys(patch)) delete errors[k as ConvertField];
    this.store.setState({ form: { ...s.form, ...patch }, errors });
  }

  /** Convert the training or the loaded file. */
  setSource(source: "training" | "file"): void {
    if (source === "file" && !this.store.getState().file) return;
    this.store.setState({ source });
  }

  /** Read a model file's text; a bad one is refused with its message and changes nothing else. */
  load(text: string, name: string): boolean {
    try {
      const model = modelFromJson(text, name);
      this.store.setState({ file: { name, text, model }, source: "file", loadError: null });
      return true;
    } catch (e) {
      this.store.setState({ loadError: `${(e as Error).message}. Nothing was changed.` });
      return false;
    }
  }

  /** The form as grid, trials and seed, or the fields' refusals. */
  parse(): { ok: true; grid: LambdaGrid; trials: number; seed: number } | { ok: false } {
    const { errors, take } = formParser<ConvertField>();
    const f = this.store.getState().form;
    const grid = take("grid", () => parseGrid(f.grid, "grid"));
    const trials = take("trials", () => {
      const t = f.trials.trim();
      if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > 1000) throw new SornInputError("trials", `must be an integer in [1, 1000] (20–30 by default, paper: 100), got '${f.trials}'`);
      return Number(t);
    });
    const seed = take("seed", () => parseSeed(f.seed, "seed"));
    this.store.setState({ errors });
    return grid && trials && seed !== undefined ? { ok: true, grid, trials, seed } : { ok: false };
  }

  /** Run the grid search (nothing while one runs). */
  async convert(): Promise<void> {
    const s = this.store.getState();
    if (s.phase === "running") return;
    const p = this.parse();
    if (!p.ok) return;
    const id = ++this.run;
    const text = s.source === "file" && s.file ? s.file.text : await this.backend.trainedModel();
    if (!text) return this.store.setState({ message: "Train a network or load a model file first." });
    const name = s.source === "file" && s.file ? s.file.name : "the training as it stands";
    const model = s.source === "file" && s.file ? s.file.model : modelFromJson(text, name);
    const stop = new AbortController();
    this.stop = stop;
    const start = this.backend.now();
    this.store.setState({ phase: "running", progress: { fraction: 0, trialsDone: 0 }, partial: [], message: null, detail: null, detailPhase: "idle" });
    try {
      const runner = await this.backend.runner();
      const result = await convertModel(runner, text, {
        grid: p.grid, trials: p.trials, seed: p.seed, workers: this.backend.workers, signal: stop.signal,
        onProgress: (q) => this.store.setState({ progress: q }),
        onValue: (e) => this.store.setState({ partial: [...this.store.getState().partial, e].sort((a, b) => a.s - b.s) }),
      });
      if (id !== this.run) return;
      const secs = ((this.backend.now() - start) / 1000).toFixed(1);
      this.store.setState({ phase: "done", progress: null, result, resultOf: { name, n: model.net.settings.n, inh: model.net.inh }, message: `Finished: ${result.s.length} values of s × ${result.trials} trials in ${secs} s.` });
      void this.detail(text, result, Math.min(DETAIL_TRIALS, p.trials), p.seed, id);
    } catch (e) {
      if (id !== this.run) return;
      const kept = this.store.getState().result ? " The charts show the last finished search." : "";
      const k = this.store.getState().partial.length;
      if (stop.signal.aborted) this.store.setState({ phase: "cancelled", progress: null, message: `Cancelled after ${k} value${k === 1 ? "" : "s"} of s.${kept}` });
      else this.store.setState({ phase: "failed", progress: null, message: `The conversion failed: ${(e as Error).message}.${kept}` });
    } finally {
      if (this.stop === stop) this.stop = null;
    }
  }

  /** Stop the grid search (its workers end at once). */
  cancel(): void {
    this.stop?.abort();
  }

  private async detail(text: string, result: ConvertResult, trials: number, seed: number, id: number): Promise<void> {
    this.store.setState({ detailPhase: "running" });
    try {
      const d = await (await this.backend.lif()).detail(text, result.best_s, trials, seed);
      if (id === this.run) this.store.setState({ detail: d, detailPhase: "done" });
    } catch (e) {
      if (id === this.run) this.store.setState({ detailPhase: "failed", message: `The LIF view at s = ${result.best_s} failed: ${(e as Error).message}` });
    }
  }
}
