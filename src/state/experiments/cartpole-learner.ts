/**
 * The cart-pole learner in the page (spec experiments.md §2.5): the settings, one session in a
 * worker of its own (`src/worker/cartpole-learner.ts`, reached through {@link LearnerBackend}),
 * headless training of N more episodes with progress and Cancel, and animated play at 1×, 4× or
 * max. No DOM: the page's animation calls {@link CartPoleLearnerModel.tick} once per frame and
 * draws {@link CartPoleLearnerModel.playback}; the store is written at most every 100 ms while
 * playing or training, at once after a command.
 *
 * - Play asks the worker for batches of steps (1×/4×: about 0.3 s of steps whenever fewer than
 *   0.15 s are queued; max: a 15 ms slice keeping the last 200 steps), one request at a time and
 *   at most one every 30 ms, and shows one frame per environment step (max: the newest).
 * - Train runs 50 ms slices until the episodes are done; Cancel stops after the current slice and
 *   keeps what was trained. Changing a setting starts a new session.
 * - The docs' softmax overflow (B3) ends the session with its message (shown, not thrown).
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { Evaluation } from "../../experiments/cartpole/evaluate";
import type { CartPoleRunSpec } from "../../experiments/cartpole/options";
import type { LearnerInfo, LearnerProgress, PlayBatch } from "../../worker/cartpole-learner";
import { defaultLearnerForm, modeEnv, parseLearnerForm, type LearnerForm, type LearnerFormErrors } from "./cartpole-learner-form";
import { LearnerPlayback, RASTER_STEPS, type ShownStep } from "./cartpole-learner-playback";

/** The worker's facade as the page sees it (comlink makes every call a promise). */
export interface LearnerRemote {
  reset(spec: CartPoleRunSpec): Promise<LearnerInfo>;
  train(episodes: number, budgetMs: number): Promise<LearnerProgress>;
  play(steps: number, budgetMs: number, keep: number): Promise<PlayBatch>;
}

export interface LearnerBackend {
  /** Start the worker (once, on the first use). */
  start(): Promise<LearnerRemote> | LearnerRemote;
  /** Milliseconds. */
  now(): number;
}

export const LEARNER_SPEEDS = [
  { id: "1x", label: "1× (real time, 50 steps/s)", stepsPerSecond: 50 },
  { id: "4x", label: "4× (200 steps/s)", stepsPerSecond: 200 },
  { id: "max", label: "max (as fast as possible)", stepsPerSecond: Infinity },
] as const;
export type LearnerSpeed = (typeof LEARNER_SPEEDS)[number]["id"];

export interface LearnerState {
  form: LearnerForm;
  errors: LearnerFormErrors;
  info: LearnerInfo | null;
  scores: number[];
  evaluations: Evaluation[];
  /** The docs' softmax failure (B3) that ended the session. */
  aborted: string | null;
  phase: "idle" | "training" | "playing";
  progress: { done: number; total: number } | null;
  message: string | null;
  speed: LearnerSpeed;
  /** The step shown (lags the animation by up to 100 ms while playing). */
  live: ShownStep | null;
}

const PUBLISH_MS = 100;
const TRAIN_SLICE_MS = 50;
const MIN_REQUEST_MS = 30;
const MAX_SLICE_MS = 15;

export class CartPoleLearnerModel {
  readonly store: StoreApi<LearnerState> = createStore<LearnerState>()(() => ({
    form: defaultLearnerForm(),
    errors: {},
    info: null,
    scores: [],
    evaluations: [],
    aborted: null,
    phase: "idle",
    progress: null,
    message: null,
    speed: "1x",
    live: null,
  }));
  playback = new LearnerPlayback(0);
  private remote: Promise<LearnerRemote> | null = null;
  /** Bumped by each new session: replies of an older one are dropped. */
  private session = 0;
  /** Bumped when queued frames become stale (training jumps ahead). */
  private gen = 0;
  private scores: number[] = [];
  private evaluations: Evaluation[] = [];
  private cancelling = false;
  private inFlight = false;
  private lastRequest = -Infinity;
  private last: number | null = null;
  private owed = 0;
  private lastPublish = -Infinity;

  constructor(private readonly backend: LearnerBackend) {}

  /** Edit fields; `apply` (selects) starts a new session at once, text fields apply on commit. */
  edit(patch: Partial<LearnerForm>, apply = true): void {
    const s = this.store.getState();
    const form = { ...s.form, ...patch };
    if (patch.mode && patch.mode !== s.form.mode && !patch.env) form.env = modeEnv(patch.mode);
    const errors = { ...s.errors };
    for (const k of Object.keys(patch)) delete errors[k as keyof LearnerForm];
    this.store.setState({ form, errors });
    if (apply) void this.newSession();
  }

  /** A new session from the form (its refusals at their fields; the current session stays). */
  async newSession(): Promise<boolean> {
    const parsed = parseLearnerForm(this.store.getState().form);
    if (!parsed.ok) {
      this.store.setState({ errors: parsed.errors });
      return false;
    }
    this.pause();
    const id = ++this.session;
    this.gen++;
    this.scores = [];
    this.evaluations = [];
    this.inFlight = false;
    this.cancelling = false;
    this.store.setState({ errors: {}, info: null, scores: [], evaluations: [], aborted: null, phase: "idle", progress: null, message: null, live: null });
    try {
      const info = await (await this.worker()).reset(parsed.spec);
      if (id !== this.session) return false;
      this.playback = new LearnerPlayback(info.ne);
      this.store.setState({ info });
      return true;
    } catch (e) {
      if (id === this.session) this.store.setState({ message: `The learner could not start: ${(e as Error).message}` });
      return false;
    }
  }

  /** Train `n` more episodes headless (default: the form's episodes). */
  async train(n?: number): Promise<void> {
    if (this.store.getState().phase === "training") return;
    this.pause();
    if (!this.store.getState().info && !(await this.newSession())) return;
    if (this.store.getState().aborted) return;
    const count = n ?? Number(this.store.getState().form.episodes);
    const id = this.session;
    const from = this.scores.length;
    const target = from + count;
    this.gen++;
    this.playback.clear();
    this.cancelling = false;
    const start = this.backend.now();
    this.store.setState({ phase: "training", message: null, progress: { done: 0, total: count } });
    const remote = await this.worker();
    let p: LearnerProgress;
    do {
      p = await remote.train(target, TRAIN_SLICE_MS);
      if (id !== this.session) return;
      this.merge(p);
      this.store.setState({ progress: { done: p.episodes - from, total: count } });
      this.publish(false);
    } while (p.episodes < target && !p.aborted && !this.cancelling);
    const done = p.episodes - from;
    const secs = (this.backend.now() - start) / 1000;
    const message = p.aborted ? null : this.cancelling ? `Cancelled after ${done} of ${count} episodes; the run keeps them.` : `Trained ${count} episode${count === 1 ? "" : "s"} in ${secs.toFixed(1)} s.`;
    this.cancelling = false;
    this.store.setState({ phase: "idle", progress: null, message });
    this.publish(true);
  }

  /** Stop a training run after its current slice (what was trained stays). */
  cancel(): void {
    if (this.store.getState().phase === "training") this.cancelling = true;
  }

  async play(): Promise<void> {
    const s = this.store.getState();
    if (s.phase !== "idle" || s.aborted) return;
    if (!s.info && !(await this.newSession())) return;
    this.last = null;
    this.owed = 0;
    this.store.setState({ phase: "playing", message: null });
  }

  pause(): void {
    if (this.store.getState().phase === "playing") this.store.setState({ phase: "idle" });
    this.publish(true);
  }

  setSpeed(speed: LearnerSpeed): void {
    this.owed = 0;
    this.store.setState({ speed });
  }

  /** Advance the animation to `now` (ms); returns the steps shown. */
  tick(now: number): number {
    const s = this.store.getState();
    if (s.phase !== "playing") {
      this.last = null;
      return 0;
    }
    const dt = this.last === null ? 0 : Math.min(250, Math.max(0, now - this.last));
    this.last = now;
    const sps = LEARNER_SPEEDS.find((p) => p.id === s.speed)!.stepsPerSecond;
    let shown: number;
    if (sps === Infinity) {
      shown = this.playback.show(Infinity);
      this.request(now, 1_000_000, MAX_SLICE_MS, RASTER_STEPS);
    } else {
      this.owed += (dt * sps) / 1000;
      shown = this.playback.show(Math.floor(this.owed));
      this.owed -= shown;
      if (!this.playback.queued) this.owed = Math.min(this.owed, 1);
      if (this.playback.queued < 0.15 * sps) this.request(now, Math.ceil(0.3 * sps), MAX_SLICE_MS, Infinity);
    }
    this.publish(false);
    return shown;
  }

  /** AnimationSource: the state to draw, the live episode (1-based) and step. */
  get state(): readonly number[] {
    return this.playback.shown?.state ?? [0, 0, 0, 0];
  }

  get version(): number {
    return this.playback.version;
  }

  private request(now: number, steps: number, budgetMs: number, keep: number): void {
    if (this.inFlight || now - this.lastRequest < MIN_REQUEST_MS || !this.remote) return;
    this.inFlight = true;
    this.lastRequest = now;
    const id = this.session;
    const gen = this.gen;
    void this.remote
      .then((r) => r.play(steps, budgetMs, keep))
      .then(
        (batch) => {
          if (id !== this.session) return;
          this.inFlight = false;
          this.merge(batch);
          if (gen === this.gen) this.playback.push(batch);
        },
        (e: Error) => {
          if (id !== this.session) return;
          this.inFlight = false;
          this.store.setState({ phase: "idle", message: `The learner failed: ${e.message}` });
        },
      );
  }

  private merge(p: LearnerProgress): void {
    for (const x of p.scores) this.scores.push(x);
    for (const e of p.evaluations) this.evaluations.push(e);
    if (p.aborted && !this.store.getState().aborted) {
      this.playback.show(Infinity);
      this.store.setState({ aborted: p.aborted, phase: "idle" });
      this.publish(true);
    }
  }

  private publish(force: boolean): void {
    const now = this.backend.now();
    if (!force && now - this.lastPublish < PUBLISH_MS) return;
    this.lastPublish = now;
    const s = this.store.getState();
    const patch: Partial<LearnerState> = { live: this.playback.shown };
    if (s.scores.length !== this.scores.length) patch.scores = this.scores.slice();
    if (s.evaluations.length !== this.evaluations.length) patch.evaluations = this.evaluations.slice();
    this.store.setState(patch);
  }

  private worker(): Promise<LearnerRemote> {
    this.remote ??= Promise.resolve(this.backend.start());
    return this.remote;
  }
}
