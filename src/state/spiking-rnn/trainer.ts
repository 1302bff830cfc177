/**
 * Rate-RNN training in the page (issue 14 §2; spec spiking-rnn.md §2): the settings, one
 * training session in a worker of its own (`src/worker/rate-rnn-trainer.ts`, reached through
 * {@link RnnTrainerBackend}), Train / Pause / Resume, and what the charts draw: the loss of every
 * trial, the evaluations (every 100 trials on 100 fresh trials: mean loss, accuracy), the latest
 * trial's output against its target, τ at init and now, the spectrum of W_eff at init.
 *
 * Bounded frames: one request to the worker at a time, each a {@link SLICE_MS} slice of trials
 * (a slice that holds an evaluation takes longer), and the store written at most every
 * {@link PUBLISH_MS} (at once on a command or when training stops). Pause stops asking; Resume
 * asks again; the session (weights, Adam, streams) stays in the worker. Save writes the model as
 * it stands, at any point. No DOM: the page passes the worker, the clock and the download.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { EvalRecord, TrainStatus } from "../../models/rate-rnn/train";
import type { RnnSessionInfo, RnnSessionSpec, RnnSlice } from "../../worker/rate-rnn-trainer";
import { defaultRnnForm, parseRnnForm, type RnnForm, type RnnFormErrors } from "./form";

/** The worker's facade as the page sees it (comlink makes every call a promise). */
export interface RnnTrainerRemote {
  reset(spec: RnnSessionSpec): Promise<RnnSessionInfo>;
  train(budgetMs: number): Promise<RnnSlice>;
  modelJson(): Promise<string>;
  modelNpz(): Promise<Uint8Array>;
}

export interface RnnTrainerBackend {
  /** Start the worker (once, on the first use). */
  start(): Promise<RnnTrainerRemote> | RnnTrainerRemote;
  /** Milliseconds. */
  now(): number;
  /** Offer a file as a download. */
  save(data: string | Uint8Array, filename: string, type: string): void;
}

/** Where training stands: no session, running, paused by the user, or stopped by a rule. */
export type TrainPhase = "idle" | "training" | "paused" | "stopped";

export interface RnnTrainerState {
  form: RnnForm;
  errors: RnnFormErrors;
  info: RnnSessionInfo | null;
  phase: TrainPhase;
  trials: number;
  /** The loss of every trial so far. */
  losses: number[];
  evals: EvalRecord[];
  status: TrainStatus | null;
  /** The latest trial: its kind, outputs o[k] = o_{k+1} and the paired target z[k]. */
  latest: { kind: string; output: Float64Array; target: Float64Array } | null;
  tauMs: Float64Array | null;
  elapsedMs: number;
  message: string | null;
  /** The trainer's warning (a diverged trial: loss > 1e6), shown beside the status; null when none. */
  warning: string | null;
}

/** Training time per request (ms). */
export const SLICE_MS = 150;
/** Least time between store writes while training (ms). */
export const PUBLISH_MS = 250;

const STOP_WORDS: Record<Exclude<TrainStatus, "running">, string> = {
  success: "Success: the stopping rule is met (evaluation loss < 7 and accuracy > 0.95",
  cap: "Stopped at the trial cap",
  nan: "Stopped: a non-finite loss",
};

export class RnnTrainerModel {
  readonly store: StoreApi<RnnTrainerState> = createStore<RnnTrainerState>()(() => ({
    form: defaultRnnForm(), errors: {}, info: null, phase: "idle", trials: 0, losses: [], evals: [], status: null, latest: null, tauMs: null, elapsedMs: 0, message: null, warning: null,
  }));
  private remote: Promise<RnnTrainerRemote> | null = null;
  /** Bumped by each new session: replies of an older one are dropped. */
  private session = 0;
  private looping = false;
  private losses: number[] = [];
  private evals: EvalRecord[] = [];
  private pending: Partial<RnnTrainerState> = {};
  private lastPublish = -Infinity;

  constructor(private readonly backend: RnnTrainerBackend) {}

  /** Whether the message is the worker's refusal of the last Train's network (it names the fields as they were). */
  private refused = false;

  /** Edit fields (applied at the next Train); a refusal of the old fields' network goes with them. */
  edit(patch: Partial<RnnForm>): void {
    const s = this.store.getState();
    const errors = { ...s.errors };
    for (const k of Object.keys(patch)) delete errors[k as keyof RnnForm];
    const stale = this.refused ? { message: null } : {};
    this.refused = false;
    this.store.setState({ form: { ...s.form, ...patch }, errors, ...stale });
  }

  /** A new network from the form, trained at once (bad fields: their refusals; the current session stays). */
  async train(): Promise<boolean> {
    const parsed = parseRnnForm(this.store.getState().form);
    if (!parsed.ok) {
      this.store.setState({ errors: parsed.errors });
      return false;
    }
    const id = ++this.session;
    this.refused = false;
    this.losses = [];
    this.evals = [];
    this.pending = {};
    this.store.setState({ errors: {}, info: null, phase: "training", trials: 0, losses: [], evals: [], status: "running", latest: null, tauMs: null, elapsedMs: 0, message: "Drawing the network…", warning: null });
    try {
      const info = await (await this.worker()).reset(parsed.spec);
      if (id !== this.session) return false;
      const floor = info.minTrial ? ` Go-NoGo trains at least ${info.minTrial.toLocaleString("en-US")} trials (the code's floor), even when accuracy is 1 earlier.` : "";
      this.store.setState({ info, tauMs: info.tauInitMs, message: `Training ${info.nExc} E + ${info.nInh} I units, ${info.connections.toLocaleString("en-US")} connections.${floor}` });
    } catch (e) {
      if (id === this.session) {
        this.refused = true;
        this.store.setState({ phase: "idle", status: null, message: `The network could not be made: ${(e as Error).message}` });
      }
      return false;
    }
    void this.loop(id);
    return true;
  }

  /** Stop asking for slices (the session stays; Resume goes on from here). */
  pause(): void {
    if (this.store.getState().phase !== "training") return;
    this.store.setState({ phase: "paused", message: "Pausing after this slice…" });
  }

  /** Go on training a paused session. */
  resume(): void {
    if (this.store.getState().phase !== "paused") return;
    this.store.setState({ phase: "training", message: null });
    void this.loop(this.session);
  }

  /** Download the model as it stands: JSON (sorn-lab/rate-rnn v1) or `.npz` (the code's names). */
  async save(format: "json" | "npz"): Promise<void> {
    const s = this.store.getState();
    if (!s.info) return;
    const remote = await this.worker();
    const base = `rate-rnn-${s.info.spec.task}-n${s.info.spec.n}-seed${s.info.spec.seed}-tr${s.trials}`;
    if (format === "json") this.backend.save(await remote.modelJson(), `${base}.json`, "application/json");
    else this.backend.save(await remote.modelNpz(), `${base}.npz`, "application/octet-stream");
  }

  /** The model file's JSON as training stands (for a conversion), or null without a session. */
  async modelJson(): Promise<string | null> {
    return this.store.getState().info ? (await this.worker()).modelJson() : null;
  }

  private async loop(id: number): Promise<void> {
    if (this.looping) return;
    this.looping = true;
    try {
      const remote = await this.worker();
      while (id === this.session && this.store.getState().phase === "training") {
        const slice = await remote.train(SLICE_MS);
        if (id !== this.session) return;
        this.merge(slice);
        if (slice.status !== "running") {
          this.pending.phase = "stopped";
          this.pending.message = this.stopMessage(slice);
        }
        this.publish(slice.status !== "running");
      }
      if (id === this.session) {
        if (this.store.getState().phase === "paused") this.pending.message = `Paused after ${this.losses.length.toLocaleString("en-US")} trials.`;
        this.publish(true);
      }
    } catch (e) {
      if (id === this.session) this.store.setState({ phase: "paused", message: `Training failed: ${(e as Error).message}` });
    } finally {
      this.looping = false;
      // A Resume that came while the last slice was away.
      if (id === this.session && this.store.getState().phase === "training" && this.store.getState().status === "running") void this.loop(id);
    }
  }

  private merge(p: RnnSlice): void {
    for (const x of p.losses) this.losses.push(x);
    for (const e of p.evals) this.evals.push(e);
    Object.assign(this.pending, {
      trials: p.trials, status: p.status, tauMs: p.tauMs, elapsedMs: p.elapsedMs, warning: p.warning || null,
      ...(p.output.length ? { latest: { kind: p.latestKind, output: p.output, target: p.target } } : {}),
    });
  }

  private publish(force: boolean): void {
    const now = this.backend.now();
    if (!force && now - this.lastPublish < PUBLISH_MS) return;
    this.lastPublish = now;
    const s = this.store.getState();
    const patch: Partial<RnnTrainerState> = { ...this.pending };
    this.pending = {};
    if (s.losses.length !== this.losses.length) patch.losses = this.losses.slice();
    if (s.evals.length !== this.evals.length) patch.evals = this.evals.slice();
    this.store.setState(patch);
  }

  private stopMessage(p: RnnSlice): string {
    const last = this.evals.at(-1);
    const ev = last ? ` Last evaluation (after trial ${last.trial}): loss ${last.loss.toFixed(3)}, accuracy ${last.accuracy.toFixed(2)}.` : "";
    const secs = (p.elapsedMs / 1000).toFixed(1);
    if (p.status === "success") return `${STOP_WORDS.success}${this.store.getState().info?.minTrial ? ", after the 1,500-trial floor" : ""}) after ${p.trials.toLocaleString("en-US")} trials, ${secs} s.${ev}`;
    if (p.status === "nan") return `${STOP_WORDS.nan} — ${p.message}.${ev}`;
    return `${STOP_WORDS.cap} (${p.trials.toLocaleString("en-US")} trials, ${secs} s) without meeting the stopping rule.${ev}`;
  }

  private worker(): Promise<RnnTrainerRemote> {
    this.remote ??= Promise.resolve(this.backend.start());
    return this.remote;
  }
}
