/**
 * Keeps the current run in the shell's run storage (IndexedDB in the page): at once after every
 * edit, soon after it pauses or steps, after a reset or a load, every few seconds while it plays,
 * and when the page is hidden. One save at a time; a request during a save is folded into one
 * more save afterwards. A copy holds the page's config, the engine's config, state and history.
 */
import type { SimRemote } from "../worker/client";
import { MAX_PERSISTED_NE } from "./persistence";
import type { LabConfig } from "./schema";
import type { AppShell } from "./shell";
import type { LabStore } from "./store";

/** Seconds between saves while playing. */
export const SAVE_EVERY_S = 10;

/** What the persister saves: the store, the worker's snapshot and the run's id (the controller). */
export interface PersistedRun {
  readonly store: LabStore;
  readonly sim: Pick<SimRemote, "snapshot">;
  /** Id of the current run. */
  readonly runId: string;
}

/** Debounced, serialised saves of the running network. */
export class Persister {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private again = false;
  private periodic: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly run: PersistedRun,
    private readonly shell: Pick<AppShell, "onHidden" | "runs">,
  ) {}

  /** Start the periodic saves and the save on hiding the page (once; later calls do nothing). */
  start(): void {
    if (this.periodic) return;
    this.periodic = setInterval(() => {
      if (this.run.store.getState().playing) this.soon(0);
    }, SAVE_EVERY_S * 1000);
    this.shell.onHidden(() => void this.now());
  }

  /** Stop the periodic saves and any pending one (the page is going away, or a test ends). */
  stop(): void {
    if (this.periodic) clearInterval(this.periodic);
    if (this.timer) clearTimeout(this.timer);
    this.periodic = this.timer = null;
  }

  /** Save in `ms` milliseconds (restarting the wait). */
  soon(ms = 300): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.now();
    }, ms);
  }

  /** Save now; resolves when the copy is written (or failed, with a notice-free console error). */
  async now(): Promise<void> {
    if (this.saving) {
      this.again = true;
      return this.saving;
    }
    this.saving = this.write().finally(() => {
      this.saving = null;
      if (this.again) {
        this.again = false;
        void this.now();
      }
    });
    return this.saving;
  }

  private async write(): Promise<void> {
    const { store, sim } = this.run;
    const s = store.getState();
    if (!s.ready || !s.built || s.built.params.ne > MAX_PERSISTED_NE) return;
    try {
      const snap = await sim.snapshot();
      const config = store.getState().config;
      const built: LabConfig = { ...config, seed: snap.config.seed, params: snap.config.params, rules: snap.config.rules, phase: snap.config.phase, noise: snap.config.noise };
      const id = this.run.runId;
      await this.shell.runs.save({ id, savedAt: Date.now(), config, built, state: snap.state, history: snap.history, inputFile: store.getState().inputFile });
      store.setState({ savedStep: snap.state.step ?? null });
    } catch (e) {
      console.error("could not keep the run in this browser", e);
    }
  }
}
