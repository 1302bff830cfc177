/**
 * One open lesson in the page: the step shown, its check evaluated against the lab after every
 * frame and every change of the store, the question's answer, "Run N steps" through the lab's own
 * Step N (full speed, with its progress), the step's jobs on the worker pool (with progress and
 * Cancel), weight snapshots when a check reads the weights, and the progress kept between visits.
 * No DOM: the page injects the pool, the storage and the lab; Node tests inject fakes.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { LabController } from "../state/controller";
import { checkNeeds, evaluateCheck, type CheckResult } from "./checks";
import { LessonProbe } from "./probe";
import { readProgress, saveProgress, type ProgressStorage } from "./progress";
import type { Lesson, LessonStep } from "./types";
import { weightReadings } from "./weights";

/** Runs a step's jobs (`{ kind, spec }` each) and resolves with their results in order. */
export type LessonJobRunner = (jobs: { kind: string; spec: unknown }[], onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<unknown[]>;

/** What the guide shows. */
export interface LessonView {
  lesson: Lesson | null;
  step: number;
  /** The check's outcome now (null: the step has no check). */
  result: CheckResult | null;
  /** The choice picked for the step's question, or null. */
  answer: number | null;
  /** Whether Next is unlocked (latched once met: a later change does not lock it again). */
  passed: boolean;
  /** The step's jobs: running with their fraction, or the error they ended with. */
  jobs: { running: boolean; fraction: number; error: string | null; done: boolean };
  /** Whether the last step was finished. */
  finished: boolean;
}

const idleJobs = { running: false, fraction: 0, error: null, done: false };

/** The session; `view` is its store for React. */
export class LessonSession {
  readonly view: StoreApi<LessonView> = createStore<LessonView>()(() => ({ lesson: null, step: 0, result: null, answer: null, passed: false, jobs: idleJobs, finished: false }));
  readonly probe = new LessonProbe(0);
  private unsubscribe: (() => void)[] = [];
  private abort: AbortController | null = null;
  /** The step count at the last weight snapshot (none taken: −1). */
  private snappedAt = -1;
  private snapping = false;

  constructor(
    private readonly lab: LabController,
    private readonly storage: ProgressStorage,
    private readonly runJobs: LessonJobRunner,
  ) {}

  /** The step `lesson`'s kept progress says to resume at (0 when none, or it was finished). */
  resumeStep(lesson: Lesson): number {
    const p = readProgress(this.storage.read())[lesson.id];
    return p && !p.done ? Math.min(p.step, lesson.steps.length - 1) : 0;
  }

  /** Open `lesson` at `step` (by default where the student left it). */
  open(lesson: Lesson, step = this.resumeStep(lesson)): void {
    this.close();
    const { store, frames } = this.lab;
    this.unsubscribe.push(frames.subscribe((f) => (this.probe.takeFrame(f), this.evaluate())));
    this.unsubscribe.push(store.subscribe((s, prev) => (s.config !== prev.config || s.compare !== prev.compare || s.work !== prev.work || s.playing !== prev.playing) && this.evaluate()));
    this.probe.clearJobs();
    this.view.setState({ lesson, finished: false });
    this.go(step);
  }

  /** Leave the lesson (its progress stays kept). */
  close(): void {
    this.abort?.abort();
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
    this.view.setState({ lesson: null, step: 0, result: null, answer: null, passed: false, jobs: idleJobs });
  }

  /** The step shown. */
  get current(): LessonStep | null {
    const { lesson, step } = this.view.getState();
    return lesson ? lesson.steps[step] : null;
  }

  /** Show step `index`: its probe starts from the run's current step. */
  go(index: number): void {
    const { lesson } = this.view.getState();
    if (!lesson) return;
    const step = Math.max(0, Math.min(lesson.steps.length - 1, index));
    this.abort?.abort();
    const s = this.lab.store.getState();
    this.probe.restart(s.t, this.lab.frames.latest?.run ?? null);
    if (lesson.steps[step].jobs) this.probe.clearJobs();
    this.snappedAt = -1;
    this.view.setState({ step, answer: null, passed: false, result: null, jobs: idleJobs });
    saveProgress(this.storage, lesson.id, { step, done: false });
    this.evaluate();
  }

  /** Next (only when unlocked); past the last step the lesson is finished. */
  next(): void {
    const { lesson, step, passed } = this.view.getState();
    if (!lesson || !passed) return;
    if (step + 1 < lesson.steps.length) return this.go(step + 1);
    saveProgress(this.storage, lesson.id, { step, done: true });
    this.view.setState({ finished: true });
  }

  back(): void {
    this.go(this.view.getState().step - 1);
  }

  /** Pick choice `index` of the step's question. */
  choose(index: number): void {
    this.view.setState({ answer: index });
    this.evaluate();
  }

  /** Run the step's N steps through the lab's Step N. */
  async runSteps(): Promise<void> {
    const n = this.current?.run;
    if (n) await this.lab.step(n);
  }

  /** Run the step's jobs on the pool; their results feed `job.<i>.…`. */
  async startJobs(): Promise<void> {
    const jobs = this.current?.jobs;
    if (!jobs || this.view.getState().jobs.running) return;
    const abort = (this.abort = new AbortController());
    this.view.setState({ jobs: { running: true, fraction: 0, error: null, done: false } });
    try {
      const results = await this.runJobs(
        jobs.map((j) => ({ kind: j.kind, spec: j.spec })),
        (fraction) => abort.signal.aborted || this.view.setState({ jobs: { running: true, fraction, error: null, done: false } }),
        abort.signal,
      );
      if (abort.signal.aborted) return;
      results.forEach((r, i) => this.probe.takeJob(i, r));
      this.view.setState({ jobs: { running: false, fraction: 1, error: null, done: true } });
    } catch (e) {
      if (!abort.signal.aborted) this.view.setState({ jobs: { running: false, fraction: 0, error: (e as Error).message, done: false } });
    }
    this.evaluate();
  }

  /** Cancel the step's jobs. */
  cancelJobs(): void {
    this.abort?.abort();
    this.view.setState({ jobs: { ...idleJobs, error: "cancelled" } });
  }

  /** Re-evaluate the step's check (and take a weight snapshot when it reads the weights and the run is still). */
  evaluate(): void {
    const step = this.current;
    const v = this.view.getState();
    if (!step || !v.lesson) return;
    const s = this.lab.store.getState();
    if (!s.built) return;
    if (step.check && checkNeeds(step.check).weights && !s.playing && !s.work && s.t !== this.snappedAt) void this.snapshot(s.t);
    const result = step.check ? evaluateCheck(step.check, { config: s.config, built: s.built, t: s.t, comparing: s.compare !== null, probe: this.probe }) : null;
    const answered = !step.question || v.answer === step.question.answer;
    this.view.setState({ result, passed: v.passed || ((result?.met ?? true) && answered) });
  }

  /** Read the weights of the run as it stands (one snapshot at a time). */
  private async snapshot(t: number): Promise<void> {
    if (this.snapping) return;
    this.snapping = true;
    this.snappedAt = t;
    try {
      const snap = await this.lab.sim.snapshot();
      const ne = snap.config.params.ne;
      if (this.lab.store.getState().t === snap.state.step || snap.state.step === undefined) this.probe.takeWeights(weightReadings(snap.state.Wee.data, ne));
    } catch {
      this.snappedAt = -1;
    } finally {
      this.snapping = false;
    }
    this.evaluate();
  }
}
