/**
 * The lab's commands: everything a button, a shortcut or a test can do goes through here. Each
 * command updates the store and tells the worker; an error never breaks the run — it becomes a
 * message at the field or a notice, and the running network stays as it was.
 */
import { parseParam, type ParamValue } from "../models/params/codec";
import { parseSeed } from "../models/params/seed";
import { PARAM_SPECS, resolveParams, SornInputError, type SornParams } from "../models/sorn/params";
import { type Rule } from "../models/sorn/rules";
import type { Frame, Speed } from "../worker/protocol";
import type { SimRemote } from "../worker/client";
import type { FrameBus } from "./frame-bus";
import { newRunId } from "./persistence";
import { Persister } from "./persister";
import { CompareModel } from "./compare";
import type { PanelId } from "../panels";
import { inputSpec, simConfig, type InputChoice, type LabConfig } from "./schema";
import type { AppShell } from "./shell";
import { memoryRefusal } from "../worker/memory";
import { MemoryNote } from "./memory-note";
import { addNotice, setFieldError, statusShowsOtherwise, type LabStore, type Work } from "./store";
import { EditHistory } from "./edit-history";
import type { ConfigPatch } from "./undo";
import { encodeConfig } from "./url";

/**
 * Message of an error without the codec's "argument: " prefix when it names `field` (a field
 * shows the message alone, in the codec's wording).
 */
export function fieldMessage(e: unknown, field?: string): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof SornInputError && e.argument === field) return msg.slice(field.length + 2);
  return msg.replace(/^Error: /, "");
}

/**
 * Commands of the lab (play, step, edits, panels). Exports and run files live in
 * `src/export/exporter.ts`. The page (address bar, storage) is reached through `shell` only.
 */
export class LabController {
  /** Id of the current run (for persistence). */
  runId = newRunId();
  readonly persister: Persister;
  /** Compare mode: run B, split from this run with one change (`compare.ts`). */
  readonly compare: CompareModel;
  /** Undo/redo of edits and presets (`edit-history.ts`). */
  private readonly history: EditHistory;
  /** The estimate of a network too big for the lab, shown at the field that made it so. */
  private readonly memory: MemoryNote;

  constructor(
    readonly store: LabStore,
    readonly sim: SimRemote,
    readonly frames: FrameBus,
    readonly shell: AppShell,
  ) {
    this.persister = new Persister(this, shell);
    this.compare = new CompareModel(store, sim);
    this.history = new EditHistory(store, this);
    this.memory = new MemoryNote(store);
  }

  /** Take a frame from the worker: fan it out to the plots, update the run slice. */
  async onFrame(f: Frame): Promise<void> {
    this.frames.publish(f);
    this.compare.take(f);
    const s = this.store.getState();
    const wasPlaying = s.playing;
    const changed = statusShowsOtherwise(s.status, f.status);
    this.store.setState({ t: f.t, playing: f.playing, stepsPerSecond: f.stepsPerSecond, runError: f.error, ...(changed ? { status: f.status } : {}) });
    if (wasPlaying && !f.playing) this.persister.soon();
  }

  /** Play on (a Step N in progress ends, and the run plays on from where it is). */
  play = async (): Promise<void> => {
    this.store.setState({ playing: true, ...this.withoutStep() });
    await this.guard(() => this.sim.play());
  };

  /** Pause; this also stops a Step N, at the step it reached. */
  pause = async (): Promise<void> => {
    this.store.setState({ playing: false, ...this.withoutStep() });
    await this.guard(() => this.sim.pause());
    this.persister.soon();
  };

  /** Whether the run is going: playing, or a Step N in progress. */
  get going(): boolean {
    const s = this.store.getState();
    return s.playing || s.work?.kind === "step";
  }

  togglePlay = (): Promise<void> => (this.going ? this.pause() : this.play());

  /**
   * Pause and advance exactly n steps; the store's `work` shows how far it got. A pause (Space,
   * Pause, Stop), play, reset or load stops it at the step reached.
   */
  step = async (n = 1): Promise<void> => {
    const asked: Work = { kind: "step", from: this.store.getState().t, total: n };
    this.store.setState({ playing: false, work: asked });
    const from = await this.guard(() => this.sim.pause());
    if (this.store.getState().work !== asked) return; // stopped or replaced meanwhile
    const work: Work = { ...asked, from: from ?? asked.from };
    this.store.setState({ work });
    await this.guard(() => this.sim.step(n));
    if (this.store.getState().work === work) this.store.setState({ work: null });
    this.persister.soon();
  };

  /** The store patch that ends a Step N's progress (none when no step is shown). */
  private withoutStep(): { work?: null } {
    return this.store.getState().work?.kind === "step" ? { work: null } : {};
  }

  /** A fresh network from the current configuration (structural edits take effect here). */
  reset = async (): Promise<void> => {
    const { config, inputFile } = this.store.getState();
    const refused = (why: string) => addNotice(this.store, "error", `Reset refused: ${why}. The current run is unchanged.`);
    // Before anything is allocated: a network the lab cannot hold is refused with its estimate.
    const tooBig = memoryRefusal(config.params);
    if (tooBig) return refused(tooBig);
    const work: Work = { kind: "build", ne: config.params.ne };
    this.store.setState({ playing: false, work });
    try {
      await this.sim.create(simConfig(config, inputFile));
    } catch (e) {
      return refused(fieldMessage(e));
    } finally {
      if (this.store.getState().work === work) this.store.setState({ work: null });
    }
    this.store.setState({ built: structuredClone(config), runError: null, status: null, fieldErrors: {} });
    await this.sim.setSpeed(config.speed);
    this.newRun();
  };

  /** Give the run a new identity (after a reset or a load) and keep it. */
  newRun(): void {
    this.runId = newRunId();
    this.shell.tabRun.set(this.runId);
    this.persister.soon();
  }

  /**
   * Edit one parameter from its field's text. A refused value leaves a message at the field and
   * changes nothing; a structural one waits for a reset; any other applies from the next step.
   */
  setParam = async (name: keyof SornParams, text: string): Promise<boolean> => {
    const spec = PARAM_SPECS.find((s) => s.name === name);
    if (!spec) return false;
    let value: ParamValue;
    try {
      value = parseParam(spec, text);
    } catch (e) {
      setFieldError(this.store, name, fieldMessage(e, name));
      return false;
    }
    return this.setParams({ [name]: value }, name);
  };

  /**
   * Set parameters by value (a field's edit, a preset, an undo), checked together through the
   * codec: live ones go to the worker at once, structural ones wait for a reset. A refusal is
   * shown at `field` (else as a notice) and changes nothing.
   */
  setParams = async (values: Partial<SornParams>, field?: keyof SornParams): Promise<boolean> => {
    const { config } = this.store.getState();
    const refuse = (e: unknown): false => {
      if (field) setFieldError(this.store, field, fieldMessage(e, field));
      else addNotice(this.store, "error", fieldMessage(e));
      return false;
    };
    let next: SornParams;
    try {
      next = resolveParams({ ...config.params, ...values });
    } catch (e) {
      return refuse(e);
    }
    const live = Object.entries(values).filter(([k]) => !PARAM_SPECS.find((s) => s.name === k)?.structural);
    if (live.length > 0) {
      try {
        await this.sim.setParams(Object.fromEntries(live) as Partial<SornParams>);
      } catch (e) {
        return refuse(e);
      }
    }
    for (const k of Object.keys(values)) setFieldError(this.store, k, null);
    this.updateConfig({ params: next });
    this.record(config, { params: values });
    if (live.length < Object.keys(values).length) this.memory.update(next, field);
    return true;
  };

  /** The seed (takes effect at the next reset). */
  setSeed = (text: string): boolean => {
    const { config } = this.store.getState();
    let n: number;
    try {
      n = parseSeed(text, "seed");
    } catch (e) {
      setFieldError(this.store, "seed", fieldMessage(e, "seed"));
      return false;
    }
    setFieldError(this.store, "seed", null);
    this.updateConfig({ seed: n });
    this.record(config, { seed: n });
    return true;
  };

  setRule = async (rule: Rule, on: boolean): Promise<void> => {
    const { config } = this.store.getState();
    const rules = { ...config.rules, [rule]: on };
    this.updateConfig({ rules });
    this.record(config, { rules: { [rule]: on } });
    await this.guard(() => this.sim.setRule(rule, on));
  };

  setPhase = async (phase: LabConfig["phase"]): Promise<void> => {
    this.record(this.store.getState().config, { phase });
    this.updateConfig({ phase });
    await this.guard(() => this.sim.setSetting("phase", phase));
  };

  setNoise = async (on: boolean): Promise<void> => {
    this.record(this.store.getState().config, { noise: on });
    this.updateConfig({ noise: on });
    await this.guard(() => this.sim.setSetting("noise", on));
  };

  setSpeed = async (speed: Speed): Promise<void> => {
    this.updateConfig({ speed });
    await this.guard(() => this.sim.setSpeed(speed));
  };

  /** Switch the input from the next step on; refused inputs leave a message at the input field. */
  setInput = async (choice: InputChoice): Promise<boolean> => {
    const { built, inputFile, config } = this.store.getState();
    try {
      await this.sim.setInput(inputSpec(choice, built?.seed ?? 0, inputFile));
    } catch (e) {
      setFieldError(this.store, "input", fieldMessage(e, "input"));
      return false;
    }
    setFieldError(this.store, "input", null);
    this.updateConfig({ input: choice });
    this.record(config, { input: choice });
    return true;
  };

  /** Undo the latest edit: its old values go through the same commands (a structural one waits for Reset). */
  undo = (): Promise<boolean> => this.history.travel("undo");

  /** Redo the latest undone edit. */
  redo = (): Promise<boolean> => this.history.travel("redo");

  /** Apply a preset (`src/models/sorn/presets.ts`) as one undo step (see `EditHistory.applyPreset`). */
  applyPreset = (id: string): Promise<boolean> => this.history.applyPreset(id);

  /** Push an edit of `before` onto the undo stack (not while an undo, a redo or a preset replays). */
  private record = (before: LabConfig, patch: ConfigPatch, name?: string): void => this.history.record(before, patch, name);

  togglePanel = (id: PanelId, on?: boolean): void => {
    const panels = { ...this.store.getState().config.panels };
    panels[id] = on ?? !panels[id];
    this.updateConfig({ panels });
    if (!panels[id] && this.store.getState().enlarged === id) this.store.setState({ enlarged: null });
  };

  enlarge = (id: PanelId | null): void => this.store.setState({ enlarged: id });

  setRaster = (patch: Partial<Pick<LabConfig, "rasterE" | "rasterI" | "window">>): void => this.updateConfig(patch);

  /** The link that reproduces this configuration (optionally with other `hide` flags, for a lesson). */
  shareUrl(hide?: string[]): string {
    const u = new URL(this.shell.href());
    const config = this.store.getState().config;
    u.hash = encodeConfig(hide ? { ...config, hide } : config);
    return u.toString();
  }

  /** Merge into the desired config, mirror it into the URL and keep the run with it at once. */
  updateConfig(patch: Partial<LabConfig>): void {
    const config = { ...this.store.getState().config, ...patch };
    this.store.setState({ config });
    this.shell.replaceHash(encodeConfig(config));
    // Kept at once: the next save starts after the worker has taken the edit (calls arrive in order).
    this.persister.soon(0);
  }

  /** Run a worker call; a failure becomes an error notice. */
  async guard<T>(fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (e) {
      addNotice(this.store, "error", fieldMessage(e));
      return undefined;
    }
  }
}
