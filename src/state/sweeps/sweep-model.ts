/**
 * The Sweeps tab's model (no DOM): the form, a run of the sweep's points on the page's worker
 * pool through the sweep runner (`src/experiments/sweep/runner.ts`: "sweep.point" jobs, results
 * the same for any worker count) with points streamed into the table and chart as they finish,
 * progress and Cancel; finished points kept in the browser (`SweepCacheStore`, keyed by spec
 * hash + index), so Run after a cancel or a reload resumes without recomputing them. Also: load a
 * spec (a file, or a `?sweep=` link) or a merged results file, the downloads (spec, results
 * JSON / CSV, Slurm job.sh), the sweep's link, and "open this point in the lab".
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { PointRunner } from "../../experiments/sweep/runner";
import { runSweep } from "../../experiments/sweep/runner";
import type { PointResult } from "../../experiments/sweep/result";
import { checkSweep, type CheckedSweep } from "../../experiments/sweep/spec";
import { decodeSpec, encodeSpec } from "../../experiments/sweep/url";
import type { RunPhase } from "../experiments/pool-run";
import { checkJobSettings, DEFAULT_JOB_FORM, jobSettings, pageJobScript, type JobForm } from "./job-script";
import { labPoint, type LabPoint } from "./open-point";
import type { SweepCacheStore } from "./sweep-cache";
import { parseResultsFile, resultsCsv, resultsText, specText } from "./sweep-file";
import { defaultSweepForm, formSpec, retarget, specForm, type SweepErrors, type SweepForm } from "./sweep-form";

/** What the model needs from the page. */
export interface SweepBackend {
  /** The pool's `runJobs` (loaded when first needed). */
  runner(): Promise<PointRunner>;
  /** Workers per run (default: the pool's, every core). */
  workers?: number;
  readonly cache: SweepCacheStore;
  /** Offer `text` as a download. */
  save(text: string, filename: string, type: string): void;
  /** The page's address without query or fragment (for sweep links). */
  pageAddress(): string;
  /** Load a point into the lab (resolves when it is there). */
  openInLab(point: LabPoint): Promise<void>;
  now(): number;
}

export type { JobForm };

/** The tab's store. */
export interface SweepState {
  form: SweepForm;
  errors: SweepErrors;
  /** A loaded spec the form cannot show (zipped or > 2 axes): Run runs it as it is, until the form is edited. */
  custom: CheckedSweep | null;
  phase: RunPhase;
  progress: { fraction: number; done: number; total: number; cached: number } | null;
  message: string | null;
  /** The sweep shown (running, finished or loaded from a file) and its points so far, in index order. */
  shown: { sweep: CheckedSweep; points: PointResult[]; source: "run" | "file" } | null;
  /** The metric the chart and table show. */
  metric: string;
  job: JobForm;
  /** The last sweep link made by {@link SweepModel.share}, or null. */
  link: string | null;
  /** Workers per run, as typed ("" = every core); not part of the spec: results do not depend on it. */
  workers: string;
}

/** The most workers the page starts. */
export const PAGE_MAX_WORKERS = 64;

const byIndex = (a: PointResult, b: PointResult) => a.index - b.index;

/** The tab: see the module comment. */
export class SweepModel {
  readonly store: StoreApi<SweepState>;
  private stop: AbortController | null = null;

  constructor(private readonly backend: SweepBackend) {
    this.store = createStore<SweepState>()(() => ({
      form: defaultSweepForm(), errors: {}, custom: null, phase: "idle", progress: null, message: null, shown: null, metric: "",
      job: DEFAULT_JOB_FORM, link: null, workers: "",
    }));
  }

  /** Change fields of the form (their refusals clear; a loaded custom spec is dropped). */
  edit(patch: Partial<SweepForm>): void {
    const s = this.store.getState();
    this.store.setState({ form: { ...s.form, ...patch }, errors: {}, custom: null, link: null });
  }

  /** Switch the target (see {@link retarget}). */
  setTarget(id: string): void {
    this.edit(retarget(this.store.getState().form, id));
  }

  /** Change axis `i`'s fields. */
  editAxis(i: 0 | 1, patch: Partial<SweepForm["axes"][0]>): void {
    const axes = [...this.store.getState().form.axes] as SweepForm["axes"];
    axes[i] = { ...axes[i], ...patch };
    this.edit({ axes });
  }

  /** Set the worker count's text. */
  setWorkers(text: string): void {
    const { workers: _, ...errors } = this.store.getState().errors;
    this.store.setState({ workers: text, errors });
  }

  /** The worker count (undefined: the pool's default), or its refusal. */
  private workerCount(): { ok: true; n: number | undefined } | { ok: false; why: string } {
    const t = this.store.getState().workers.trim();
    if (t === "") return { ok: true, n: this.backend.workers };
    if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > PAGE_MAX_WORKERS) return { ok: false, why: `workers: a whole number from 1 to ${PAGE_MAX_WORKERS} (blank: every core), got '${t}'` };
    return { ok: true, n: Number(t) };
  }

  /** The sweep Run would run, or the form's refusals (set in the store). */
  private planned(): CheckedSweep | null {
    const s = this.store.getState();
    if (s.custom) return s.custom;
    const r = formSpec(s.form);
    if (!r.ok) {
      this.store.setState({ errors: r.errors });
      return null;
    }
    return r.sweep;
  }

  /** Run the sweep (points already kept in the browser are taken as they are). */
  async run(): Promise<void> {
    if (this.store.getState().phase === "running") return;
    const sweep = this.planned();
    if (!sweep) return;
    const workers = this.workerCount();
    if (!workers.ok) return this.store.setState({ errors: { ...this.store.getState().errors, workers: workers.why } });
    const stop = new AbortController();
    this.stop = stop;
    const points = new Map<number, PointResult>();
    let cached = 0, shownAt = -Infinity, later: ReturnType<typeof setTimeout> | null = null;
    /** Publish the points so far (at most every 100 ms while points stream in, the rest 100 ms later: one render per batch, not per point). */
    const show = (force = false) => {
      const done = points.size, t = this.backend.now();
      if (!force && t - shownAt < 100 && done < sweep.points) {
        later ??= setTimeout(() => {
          later = null;
          if (this.stop === stop) show(true);
        }, 100);
        return;
      }
      shownAt = t;
      this.store.setState({ shown: { sweep, points: [...points.values()].sort(byIndex), source: "run" }, progress: { fraction: done / sweep.points, done, total: sweep.points, cached } });
    };
    const metric = this.store.getState().metric;
    this.store.setState({ errors: {}, phase: "running", message: null, metric: sweep.metrics.includes(metric) ? metric : sweep.metrics[0] });
    show(true);
    const t0 = this.backend.now();
    try {
      const run = await this.backend.runner();
      if (stop.signal.aborted) throw new Error("cancelled");
      const r = await runSweep(sweep, {
        run, workers: workers.n, cache: this.backend.cache.forSweep(sweep.hash), signal: stop.signal,
        onPoint: (p, fromCache) => {
          points.set(p.index, p);
          if (fromCache) cached++;
          show();
        },
      });
      const failed = r.points.filter((p) => p.error !== undefined).length;
      const seconds = ((this.backend.now() - t0) / 1000).toFixed(1);
      this.store.setState({
        phase: "done", progress: null, shown: { sweep, points: [...r.points].sort(byIndex), source: "run" },
        message: `Finished: ${sweep.points} point${sweep.points === 1 ? "" : "s"} (${r.cached} from this browser's cache, ${r.computed} run${failed ? `, ${failed} failed` : ""}) in ${seconds} s.`,
      });
    } catch (e) {
      const n = points.size;
      show(true);
      if (stop.signal.aborted) this.store.setState({ phase: "cancelled", progress: null, message: `Cancelled: ${n} of ${sweep.points} points had finished; they are kept in this browser, so Run resumes from them.` });
      else this.store.setState({ phase: "failed", progress: null, message: `The sweep failed: ${(e as Error).message}` });
    } finally {
      if (later) clearTimeout(later);
      if (this.stop === stop) this.stop = null;
    }
  }

  /** Stop the running points (their workers end at once; finished points stay cached). */
  cancel(): void {
    this.stop?.abort();
  }

  /** Forget the planned sweep's cached points (the next Run computes every point). */
  async clearCache(): Promise<void> {
    const sweep = this.planned();
    if (!sweep) return;
    const n = await this.backend.cache.count(sweep.hash);
    await this.backend.cache.clear(sweep.hash);
    this.store.setState({ message: `Forgot ${n} cached point${n === 1 ? "" : "s"} of sweep ${sweep.hash}.` });
  }

  /** Show `metric` in the chart and table. */
  setMetric(metric: string): void {
    this.store.setState({ metric });
  }

  /** Load a spec file's text into the form (or as a custom spec); a bad file: a message, nothing changes. */
  loadSpec(text: string, name: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.store.setState({ message: `${name}: not a sweep spec the page can run: not JSON or cut short` });
    }
    this.loadSpecValue(value, name);
  }

  /** Load a sweep link's `?sweep=` value (base64url of the spec's canonical JSON, `src/experiments/sweep/url.ts`). */
  loadLink(encoded: string): void {
    let value: unknown;
    try {
      value = decodeSpec(encoded);
    } catch (e) {
      return this.store.setState({ message: `The sweep link is damaged: ${(e as Error).message}` });
    }
    this.loadSpecValue(value, "from the link");
  }

  /** The address that opens the planned sweep in the Sweeps tab (`?sweep=…`), shown for copying. */
  share(): void {
    const sweep = this.planned();
    if (sweep) this.store.setState({ link: `${this.backend.pageAddress()}?sweep=${encodeSpec(sweep.spec)}` });
  }

  private loadSpecValue(value: unknown, name: string): void {
    let sweep: CheckedSweep;
    try {
      sweep = checkSweep(value, { force: true });
    } catch (e) {
      return this.store.setState({ message: `${name}: not a sweep spec the page can run: ${(e as Error).message}` });
    }
    const f = specForm(sweep.spec);
    if (f.ok) this.store.setState({ form: f.form, errors: {}, custom: null, message: `Loaded the spec ${name} (sweep ${sweep.hash}).` });
    else this.store.setState({ custom: sweep, errors: {}, message: `Loaded the spec ${name} (sweep ${sweep.hash}, ${sweep.points} points); the form cannot show it (${f.why}): Run runs it as it is.` });
  }

  /** Show a merged results file (from `sorn sweep merge` or a download); a bad one: a message, the shown results stay. */
  loadResults(text: string, name: string): void {
    if (this.store.getState().phase === "running") return;
    try {
      const r = parseResultsFile(text, name);
      const metric = this.store.getState().metric;
      this.store.setState({
        shown: { sweep: r.sweep, points: r.points, source: "file" }, metric: r.sweep.metrics.includes(metric) ? metric : r.sweep.metrics[0],
        message: `Loaded ${name}: sweep ${r.sweep.hash}, ${r.points.length} of ${r.sweep.points} points${r.missing ? ` (${r.missing} missing)` : ""}.`,
      });
    } catch (e) {
      this.store.setState({ message: (e as Error).message });
    }
  }

  /** Download the planned sweep's spec. */
  downloadSpec(): void {
    const sweep = this.planned();
    if (sweep) this.backend.save(specText(sweep), `sorn-sweep-${sweep.hash.slice(0, 8)}.spec.json`, "application/json");
  }

  /** Download the shown results as JSON or CSV. */
  downloadResults(as: "json" | "csv"): void {
    const shown = this.store.getState().shown;
    if (!shown) return;
    const name = `sorn-sweep-${shown.sweep.hash.slice(0, 8)}.results.${as}`;
    if (as === "json") this.backend.save(resultsText(shown.sweep, shown.points, { where: "page" }), name, "application/json");
    else this.backend.save(resultsCsv(shown.sweep, shown.points), name, "text/csv");
  }

  /** Change the Slurm job's fields. */
  editJob(patch: Partial<JobForm>): void {
    this.store.setState({ job: { ...this.store.getState().job, ...patch } });
  }

  /** Download the planned sweep's Slurm job.sh (bad settings: a message naming the setting). */
  downloadJob(): void {
    const sweep = this.planned();
    if (!sweep) return;
    const settings = jobSettings(this.store.getState().job);
    const why = checkJobSettings(settings);
    if (why) return this.store.setState({ message: `job.sh: ${why}` });
    this.backend.save(pageJobScript(sweep, settings), "job.sh", "text/x-shellscript");
  }

  /** Load `point` of the shown sweep into the lab (a point the lab cannot open: a message). */
  async openInLab(point: PointResult): Promise<void> {
    const shown = this.store.getState().shown;
    if (!shown) return;
    const r = labPoint(shown.sweep.target.id, point);
    if (!r.ok) return this.store.setState({ message: `Cannot open point ${point.index}: ${r.why}.` });
    await this.backend.openInLab(r.lab);
    this.store.setState({ message: `Opened point ${point.index} (seed ${point.seed}) in the lab.` });
  }
}
