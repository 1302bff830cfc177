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
import type { PanelId } from "../panels";
import { inputSpec, simConfig, type InputChoice, type LabConfig } from "./schema";
import type { AppShell } from "./shell";
import { addNotice, setFieldError, type LabStore } from "./store";
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

  constructor(
    readonly store: LabStore,
    readonly sim: SimRemote,
    readonly frames: FrameBus,
    readonly shell: AppShell,
  ) {
    this.persister = new Persister(this, shell);
  }

  /** Take a frame from the worker: fan it out to the plots, update the run slice. */
  async onFrame(f: Frame): Promise<void> {
    this.frames.publish(f);
    const s = this.store.getState();
    const wasPlaying = s.playing;
    const st = f.status;
    const statusChanged =
      !s.status ||
      (s.status.silentSteps >= 100) !== (st.silentSteps >= 100) ||
      (s.status.recentActivity > 0.5) !== (st.recentActivity > 0.5) ||
      s.status.nonFinite !== st.nonFinite ||
      s.status.warnings.join("\n") !== st.warnings.join("\n");
    this.store.setState({
      t: f.t,
      playing: f.playing,
      stepsPerSecond: f.stepsPerSecond,
      runError: f.error,
      ...(statusChanged ? { status: st } : {}),
    });
    if (wasPlaying && !f.playing) this.persister.soon();
  }

  play = async (): Promise<void> => {
    this.store.setState({ playing: true });
    await this.guard(() => this.sim.play());
  };

  pause = async (): Promise<void> => {
    this.store.setState({ playing: false });
    await this.guard(() => this.sim.pause());
    this.persister.soon();
  };

  togglePlay = (): Promise<void> => (this.store.getState().playing ? this.pause() : this.play());

  /** Pause and advance exactly n steps. */
  step = async (n = 1): Promise<void> => {
    this.store.setState({ playing: false });
    await this.guard(() => this.sim.step(n));
    this.persister.soon();
  };

  /** A fresh network from the current configuration (structural edits take effect here). */
  reset = async (): Promise<void> => {
    const { config, inputFile } = this.store.getState();
    this.store.setState({ playing: false });
    try {
      await this.sim.create(simConfig(config, inputFile));
    } catch (e) {
      addNotice(this.store, "error", `Reset refused: ${fieldMessage(e)}. The current run is unchanged.`);
      return;
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
    const { config } = this.store.getState();
    let value: ParamValue;
    let next: SornParams;
    try {
      value = parseParam(spec, text);
      next = resolveParams({ ...config.params, [name]: value });
    } catch (e) {
      setFieldError(this.store, name, fieldMessage(e, name));
      return false;
    }
    if (!spec.structural) {
      try {
        await this.sim.setParams({ [name]: value } as Partial<SornParams>);
      } catch (e) {
        setFieldError(this.store, name, fieldMessage(e, name));
        return false;
      }
    }
    setFieldError(this.store, name, null);
    this.updateConfig({ params: next });
    return true;
  };

  /** The seed (takes effect at the next reset). */
  setSeed = (text: string): boolean => {
    let n: number;
    try {
      n = parseSeed(text, "seed");
    } catch (e) {
      setFieldError(this.store, "seed", fieldMessage(e, "seed"));
      return false;
    }
    setFieldError(this.store, "seed", null);
    this.updateConfig({ seed: n });
    return true;
  };

  setRule = async (rule: Rule, on: boolean): Promise<void> => {
    const rules = { ...this.store.getState().config.rules, [rule]: on };
    this.updateConfig({ rules });
    await this.guard(() => this.sim.setRule(rule, on));
  };

  setPhase = async (phase: LabConfig["phase"]): Promise<void> => {
    this.updateConfig({ phase });
    await this.guard(() => this.sim.setSetting("phase", phase));
  };

  setNoise = async (on: boolean): Promise<void> => {
    this.updateConfig({ noise: on });
    await this.guard(() => this.sim.setSetting("noise", on));
  };

  setSpeed = async (speed: Speed): Promise<void> => {
    this.updateConfig({ speed });
    await this.guard(() => this.sim.setSpeed(speed));
  };

  /** Switch the input from the next step on; refused inputs leave a message at the input field. */
  setInput = async (choice: InputChoice): Promise<boolean> => {
    const { built, inputFile } = this.store.getState();
    try {
      await this.sim.setInput(inputSpec(choice, built?.seed ?? 0, inputFile));
    } catch (e) {
      setFieldError(this.store, "input", fieldMessage(e, "input"));
      return false;
    }
    setFieldError(this.store, "input", null);
    this.updateConfig({ input: choice });
    return true;
  };

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

  /** Merge into the desired config and mirror it into the URL. */
  updateConfig(patch: Partial<LabConfig>): void {
    const config = { ...this.store.getState().config, ...patch };
    this.store.setState({ config });
    this.shell.replaceHash(encodeConfig(config));
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
