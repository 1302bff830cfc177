/**
 * A Spikey network running in the page (issue 17 §2): one network in a worker of its own
 * (`src/worker/spikey-runner.ts`, reached through {@link SpikeyRunBackend}), Run / Pause / Step
 * (one step, tick or episode) / Reset, learning on or off, and an optional stop after N patterns.
 *
 * Bounded frames: one request to the worker at a time, each at most {@link SLICE_MS} of network
 * time, and the store written at most every {@link PUBLISH_MS} (at once after a command), so the
 * page gets a bounded number of messages and renders whatever the network's speed. The raster's
 * steps and the weight sums live on the model ({@link SpikeyRunModel.raster}, `window`); the
 * store's `frame` counter tells the canvas plots to redraw. No DOM.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { SpikeyFrame, SpikeySessionInfo, SpikeySessionSpec, SpikeyUnit } from "../../worker/spikey-runner";
import { TickWindow, type ActionCounts, type RateRow } from "./tick-window";

/** The worker's facade as the page sees it (comlink makes every call a promise). */
export interface SpikeyRemote {
  reset(spec: SpikeySessionSpec): Promise<SpikeySessionInfo>;
  setLearning(on: boolean): Promise<void>;
  advance(unit: SpikeyUnit, count: number, budgetMs: number, keep: number): Promise<SpikeyFrame>;
}

export interface SpikeyRunBackend {
  /** Start the worker (once, on the first use). */
  start(): Promise<SpikeyRemote> | SpikeyRemote;
  /** Milliseconds. */
  now(): number;
}

/** The raster's steps: from global step `from`, per step the spiking units and the reward. */
export interface RasterData {
  from: number;
  counts: Int32Array;
  units: Int32Array;
  reward: Float32Array;
}

export interface SpikeyRunState {
  info: SpikeySessionInfo | null;
  phase: "idle" | "running";
  unit: SpikeyUnit;
  learning: boolean;
  /** "Stop after N patterns" as typed ("" = run on), and its refusal. */
  stopAt: string;
  stopError: string | null;
  ticks: number;
  steps: number;
  episode: number;
  rates: RateRow[];
  actions: ActionCounts;
  meanReward: number;
  /** Bumped whenever the raster or the weight sums change. */
  frame: number;
  message: string | null;
}

/** Network time per request (ms). */
export const SLICE_MS = 100;
/** Least time between store writes while running (ms). */
export const PUBLISH_MS = 100;

const EMPTY = { ticks: 0, steps: 0, episode: 1, rates: [], actions: { actions: [], counts: [] }, meanReward: NaN };

/** The run's commands and store (see the module's comment). */
export class SpikeyRunModel {
  readonly store: StoreApi<SpikeyRunState> = createStore<SpikeyRunState>()(() => ({ info: null, phase: "idle", unit: "tick", learning: true, stopAt: "", stopError: null, frame: 0, message: null, ...EMPTY }));
  raster: RasterData | null = null;
  window: TickWindow | null = null;
  private remote: Promise<SpikeyRemote> | null = null;
  private session = 0;
  private spec: SpikeySessionSpec | null = null;
  private target: Record<string, number> | null = null;
  private last = { ticks: 0, steps: 0, episode: 1 };
  private lastPublish = -Infinity;

  constructor(private readonly backend: SpikeyRunBackend) {}

  /** Build `spec` in the worker (a refusal leaves the running network as it is). */
  async build(spec: SpikeySessionSpec, target: Record<string, number> | null): Promise<boolean> {
    this.pause();
    const remote = await this.worker();
    let info: SpikeySessionInfo;
    try {
      info = await remote.reset(spec);
    } catch (e) {
      this.store.setState({ message: `The network could not be built: ${(e as Error).message}` });
      return false;
    }
    const id = ++this.session;
    this.spec = spec;
    this.target = target;
    this.raster = null;
    this.window = new TickWindow(info.states, target, info.weightSums);
    this.last = { ticks: 0, steps: 0, episode: 1 };
    if (!this.store.getState().learning) await remote.setLearning(false);
    if (id !== this.session) return false;
    const units = info.nInputs + info.nNeurons;
    this.store.setState({ info, ...EMPTY, rates: this.window.rates(), frame: this.store.getState().frame + 1, message: `Built ${units} units (${info.nInputs} inputs, ${info.nNeurons} neurons, the last ${info.nOutputs} the outputs), ${info.steps} steps per pattern; spec ${info.hash}.` });
    return true;
  }

  /** Rebuild the current network from its spec (the same seed: the same start). */
  async reset(): Promise<void> {
    if (this.spec) await this.build(this.spec, this.target);
  }

  /** Run patterns until paused (or until the stop count). */
  async run(): Promise<void> {
    const s = this.store.getState();
    if (!s.info || s.phase === "running") return;
    const t = s.stopAt.trim();
    let count = Infinity;
    if (t !== "") {
      const n = Number(t);
      if (!/^\d+$/.test(t) || n < 1) {
        this.store.setState({ stopError: `stop after: a whole number of patterns ≥ 1, got '${s.stopAt}'` });
        return;
      }
      count = n - s.ticks;
      if (count <= 0) {
        this.store.setState({ message: `Already at pattern ${s.ticks}.` });
        return;
      }
    }
    await this.drive("tick", count);
  }

  /** One unit of the chosen granularity. */
  async stepOnce(): Promise<void> {
    const s = this.store.getState();
    if (!s.info || s.phase === "running") return;
    await this.drive(s.unit, 1);
  }

  /** Stop asking for slices (the network stays where it is). */
  pause(): void {
    if (this.store.getState().phase === "running") this.store.setState({ phase: "idle" });
  }

  setUnit(unit: SpikeyUnit): void {
    this.store.setState({ unit });
  }

  setStopAt(text: string): void {
    this.store.setState({ stopAt: text, stopError: null });
  }

  /** Learning on (train) or off (evaluate: weights stay). */
  async setLearning(on: boolean): Promise<void> {
    this.store.setState({ learning: on });
    if (this.store.getState().info) await (await this.worker()).setLearning(on);
  }

  private async drive(unit: SpikeyUnit, count: number): Promise<void> {
    const id = this.session;
    const remote = await this.worker();
    const keep = Math.max(200, Math.min(4000, 2 * (this.store.getState().info?.steps ?? 500)));
    const start = this.backend.now();
    this.store.setState({ phase: "running", message: null });
    let left = count;
    try {
      while (left > 0 && id === this.session && this.store.getState().phase === "running") {
        const f = await remote.advance(unit, left, SLICE_MS, keep);
        if (id !== this.session) return;
        left -= f.done;
        this.merge(f);
        this.publish(false);
      }
    } catch (e) {
      if (id === this.session) this.store.setState({ phase: "idle", message: `The network failed: ${(e as Error).message}` });
      return;
    }
    if (id !== this.session) return;
    const secs = (this.backend.now() - start) / 1000;
    const { ticks, steps } = this.last;
    this.publish(true, { phase: "idle", message: left > 0 ? `Paused at pattern ${ticks} (step ${steps}).` : `At pattern ${ticks} (step ${steps}); the last command took ${secs.toFixed(1)} s.` });
  }

  private merge(f: SpikeyFrame): void {
    const w = this.window!;
    for (let i = 0; i < f.tickState.length; i++) w.push(f.tickState[i], f.tickAction[i], f.tickRate[i], f.tickReward[i], f.tickWIn[i], f.tickWBody[i]);
    this.raster = { from: f.rasterFrom, counts: f.rasterCounts, units: f.rasterUnits, reward: f.rasterReward };
    this.last = { ticks: f.ticks, steps: f.steps, episode: f.episode };
  }

  private publish(force: boolean, extra: Partial<SpikeyRunState> = {}): void {
    const now = this.backend.now();
    if (!force && now - this.lastPublish < PUBLISH_MS) return;
    this.lastPublish = now;
    const w = this.window;
    if (!w) return;
    this.store.setState({ ...this.last, rates: w.rates(), actions: w.actionCounts(), meanReward: w.meanReward(), frame: this.store.getState().frame + 1, ...extra });
  }

  private worker(): Promise<SpikeyRemote> {
    this.remote ??= Promise.resolve(this.backend.start());
    return this.remote;
  }
}
