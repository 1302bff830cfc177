/**
 * Keeps the current run in IndexedDB: soon after it pauses or steps, after a reset or a load,
 * every few seconds while it plays, and when the page is hidden. One save at a time; a request
 * during a save is folded into one more save afterwards.
 */
import { MAX_PERSISTED_NE, saveLastRun } from "./persistence";
import type { LabConfig } from "./schema";
import type { LabController } from "./controller";

/** Seconds between saves while playing. */
export const SAVE_EVERY_S = 10;

/** Debounced, serialised saves of the running network. */
export class Persister {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private again = false;
  private periodic: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly lab: LabController) {}

  /** Start the periodic saves and the save on hiding the page. */
  start(): void {
    this.periodic ??= setInterval(() => {
      if (this.lab.store.getState().playing) this.soon(0);
    }, SAVE_EVERY_S * 1000);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") void this.now();
    });
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
    const { store, sim } = this.lab;
    const s = store.getState();
    if (!s.ready || !s.built || s.built.params.ne > MAX_PERSISTED_NE) return;
    try {
      const snap = await sim.snapshot();
      const desired = store.getState().config;
      const config: LabConfig = { ...desired, seed: snap.config.seed, params: snap.config.params, rules: snap.config.rules, phase: snap.config.phase, noise: snap.config.noise };
      const id = this.lab.runId;
      await saveLastRun({ id, savedAt: Date.now(), config, state: snap.state, inputFile: store.getState().inputFile });
      store.setState({ savedStep: snap.state.step ?? null });
    } catch (e) {
      console.error("could not keep the run in this browser", e);
    }
  }
}
