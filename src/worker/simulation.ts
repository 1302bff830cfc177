/**
 * One running model with what the lab needs around it: its input source, the recent spike and
 * series history, and the frame being assembled for the main thread. Generic over the model
 * families of `src/models/registry.ts`: it talks to the model only through the seam
 * (`src/models/model.ts`), and a family's worker adapter (`adapters.ts`) adds what is its own.
 * Pure logic — no timers, no worker APIs — so tests drive it step by step like the model itself.
 */
import type { InputSource } from "../models/inputs";
import type { Model, StepSample } from "../models/model";
import { family } from "../models/registry";
import type { SornParams } from "../models/sorn/params";
import { adapterFor } from "./adapters";
import type { FamilyAdapter, NeuronFollower } from "./family-adapter";
import { inputSource } from "./input-source";
import type { ActivityStatus, Frame, InputSpec, RunDigest, SimConfig } from "./protocol";
import { checkHistory, KEPT_HISTORY_STEPS, type RunHistory } from "./run-history";
import { SeriesHistory } from "./series-history";
import { SpikeHistory } from "./spike-history";
import { SpikePacker } from "./spike-pack";

/** Steps of spikes kept for analyses, records and the raster's backlog. */
export const SPIKE_HISTORY_STEPS = KEPT_HISTORY_STEPS;
/** Steps over which per-neuron rates are counted. */
export const RATE_WINDOW = 1_000;
/** Steps of per-step series kept. */
export const SERIES_HISTORY_STEPS = 100_000;
/** Most steps of spikes one frame carries (the raster shows fewer). */
export const FRAME_SPIKE_STEPS = 4_096;
/** Most steps of series one frame carries. */
export const FRAME_SERIES_STEPS = 50_000;
/** Steps averaged for the saturation check. */
const RECENT_STEPS = 100;

/** A model plus its input, histories and frame assembly. */
export class Simulation {
  readonly model: Model;
  readonly config: SimConfig;
  readonly spikes: SpikeHistory;
  readonly series: SeriesHistory;
  readonly adapter: FamilyAdapter;
  private input: InputSource;
  private readonly packer = new SpikePacker(FRAME_SPIKE_STEPS);
  private stepsSinceFrame = 0;
  private silentSteps = 0;
  private readonly recent = new Float64Array(RECENT_STEPS);
  private recentSum = 0;
  private nonFinite = false;
  private framesSent = 0;
  private follower: NeuronFollower | null = null;
  /** The latest step's spike vectors, one per group (views into the model, valid until its next step). */
  lastSpikes: readonly Uint8Array[] = [];

  /**
   * Build the model for `config` (fresh from its seed, or restored from `state`). Everything is
   * validated here; a SornInputError leaves nothing half-built.
   */
  constructor(config: SimConfig, state?: unknown) {
    const id = config.family ?? "sorn";
    const off = Object.entries(config.rules).flatMap(([r, on]) => (on ? [] : [r]));
    const fam = family(id);
    const given: Record<string, string | boolean | undefined> = { phase: config.phase, noise: config.noise };
    // Only the settings the family declares (SimConfig carries SORN's phase and noise).
    const settings = Object.fromEntries(fam.settings.map((s) => [s.name, given[s.name]]));
    this.model = fam.create({ params: config.params, seed: config.seed, state, off, settings });
    this.adapter = adapterFor(id);
    this.input = inputSource(config.input, this.model.inputs);
    this.config = { ...config, family: id, params: { ...(this.model.params as SornParams) }, rules: { ...config.rules } };
    const groups = this.model.spikeGroups;
    const neurons = groups.reduce((n, g) => n + g.size, 0);
    const bytesPerStep = Math.ceil(neurons / 32) * 4;
    const capacity = Math.max(RATE_WINDOW, Math.min(SPIKE_HISTORY_STEPS, Math.floor(64e6 / bytesPerStep)));
    this.spikes = new SpikeHistory(groups, capacity, RATE_WINDOW);
    this.spikes.clear(this.model.t);
    this.series = new SeriesHistory(
      fam.series.map((s) => s.name),
      SERIES_HISTORY_STEPS,
    );
    this.series.clear(this.model.t);
    this.model.observe((s) => this.record(s));
  }

  /** Steps simulated so far. */
  get t(): number {
    return this.model.t;
  }

  /** Advance `n` steps; the observer records each one. */
  advance(n: number): void {
    this.model.step(n, this.input);
  }

  /** One step's sample into the histories and the frame being assembled. */
  private record(s: StepSample): void {
    this.lastSpikes = s.spikes;
    const series = s.series;
    for (let j = 0; j < series.length; j++) if (!Number.isFinite(series[j])) this.nonFinite = true;
    this.series.push(series);
    this.spikes.push(s.spikes);
    this.packer.addStep(s.spikes);
    this.stepsSinceFrame++;
    this.follower?.record(s);
    this.track(s.t, s.spikes[0]);
  }

  /** The guard-rails' view of step `t`: whether the first group was silent, and its activity. */
  private track(t: number, first: Uint8Array | undefined): void {
    let active = 0;
    if (first) for (let i = 0; i < first.length; i++) active += first[i];
    this.silentSteps = active === 0 ? this.silentSteps + 1 : 0;
    const slot = t % RECENT_STEPS;
    const a = first && first.length ? active / first.length : 0;
    this.recentSum += a - this.recent[slot];
    this.recent[slot] = a;
  }

  /**
   * Take `h` as the steps up to now (a loaded run's records, a kept run's history), before the
   * first step: the spike and series histories hold its latest ≤ capacity steps (a series it
   * lacks is NaN there: not known), the rates and guard-rails count them, and the next frame
   * carries them (up to FRAME_SPIKE_STEPS of spikes and FRAME_SERIES_STEPS of series). Throws,
   * changing nothing, when it does not fit the model.
   */
  preload(h: RunHistory): void {
    if (this.spikes.held > 0 || this.series.held > 0) throw new Error("history: a run takes its history before its first step");
    const groups = this.model.spikeGroups;
    const names = this.series.names;
    const T = checkHistory(h, groups, names, this.model.t, this.spikes.capacity);
    const skip = h.steps - T;
    const start = this.model.t - T;
    this.spikes.clear(start);
    this.series.clear(start);
    const columns = names.map((n) => h.series[n]);
    const values = new Float64Array(names.length);
    for (let s = 0; s < T; s++) {
      const k = skip + s;
      const rows = groups.map((g) => h.spikes[g.name].subarray(k * g.size, (k + 1) * g.size));
      for (let j = 0; j < columns.length; j++) values[j] = columns[j] ? columns[j][k] : NaN;
      this.series.push(values);
      this.spikes.push(rows);
      if (T - s <= FRAME_SPIKE_STEPS) this.packer.addStep(rows);
      this.track(start + s + 1, rows[0]);
    }
    this.stepsSinceFrame = T;
  }

  /** The latest ≤ `steps` steps of spikes and series, for a kept run (copies). */
  history(steps = SPIKE_HISTORY_STEPS): RunHistory {
    const T = Math.max(0, Math.min(steps, this.spikes.held, this.series.held));
    const spikes: Record<string, Uint8Array> = {};
    for (const g of this.model.spikeGroups) spikes[g.name] = this.spikes.train(g.name, T).data;
    return { steps: T, spikes, series: this.series.latest(T).series };
  }

  /** Apply parameter changes that apply live (structural ones throw, nothing changes). */
  setParams(changes: Readonly<Record<string, unknown>>): void {
    this.model.setParams(changes);
    this.config.params = { ...(this.model.params as SornParams) };
  }

  /** Switch one rule. */
  setRule(rule: string, on: boolean): void {
    this.model.rule(rule, on);
    this.config.rules = { ...this.config.rules, [rule]: on };
  }

  /** Change a setting (SORN: 'phase', 'noise'); unknown names and values throw. */
  setSetting(name: string, value: string | boolean): void {
    this.model.setting(name, value);
    if (name === "phase") this.config.phase = value as SimConfig["phase"];
    if (name === "noise") this.config.noise = value as boolean;
  }

  /**
   * Follow neuron `neuron` (numbered over all spike groups) from the next step on: every frame's
   * extras carry its steps since the previous frame (the family adapter's follower). Null stops.
   * A neuron that does not exist, or a family without followers, throws and changes nothing.
   */
  follow(neuron: number | null): void {
    if (neuron === null) {
      this.follower = null;
      return;
    }
    if (!this.adapter.follower) throw new Error(`the ${this.model.family} family cannot follow a neuron`);
    this.follower = this.adapter.follower(this.model, neuron);
  }

  /** Replace the input from the next step on (validated first). */
  setInput(spec: InputSpec): void {
    this.input = inputSource(spec, this.model.inputs);
    this.config.input = spec;
  }

  /** The guard-rail status now. */
  status(): ActivityStatus {
    const held = Math.min(RECENT_STEPS, this.model.t);
    return {
      silentSteps: this.silentSteps,
      recentActivity: held > 0 ? Math.max(0, this.recentSum) / held : 0,
      nonFinite: this.nonFinite,
      warnings: this.model.warnings(),
    };
  }

  /** Whether there is anything new to send. */
  get hasNews(): boolean {
    return this.stepsSinceFrame > 0;
  }

  /**
   * Assemble the frame of everything since the previous one. The adapter's extras go out on
   * every `extrasEvery`-th frame (and on the first, and on a frame with no new steps).
   */
  takeFrame(run: number, playing: boolean, stepsPerSecond: number, error: string | null, extrasEvery = 3): Frame {
    const steps = Math.min(this.stepsSinceFrame, FRAME_SERIES_STEPS, this.series.held);
    const packed = this.packer.take();
    const { rates, window } = this.spikes.rates();
    const withExtras = this.framesSent % extrasEvery === 0 || this.stepsSinceFrame === 0;
    this.stepsSinceFrame = 0;
    this.framesSent++;
    return {
      run,
      family: this.model.family,
      t: this.model.t,
      steps,
      series: this.series.latest(steps).series,
      spikes: { groups: this.model.spikeGroups.map((g) => ({ ...g })), steps: packed[0], packed },
      rates: { values: rates, window },
      extras: { ...(withExtras ? this.adapter.extras(this.model) : {}), ...this.follower?.take() },
      status: this.status(),
      playing,
      stepsPerSecond,
      error,
    };
  }

  /** Identities of the current run (for tests and the "same run?" check). */
  digest(): RunDigest {
    const d = this.spikes.digest();
    return { t: this.model.t, ...this.adapter.stateDigest(this.model), spikeHash: d.hash, spikeSteps: d.steps, spikeCount: d.eSpikes };
  }
}

/** Transferable buffers of a frame (for postMessage's transfer list). */
export function frameTransferables(f: Frame): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [f.spikes.packed, f.rates.values, ...Object.values(f.series)];
  for (const v of Object.values(f.extras)) if (v && typeof v === "object") arrays.push(...Object.values(v).filter((x): x is ArrayBufferView => ArrayBuffer.isView(x)));
  const buffers = arrays.map((a) => a.buffer as ArrayBuffer);
  if (f.compare) buffers.push(f.compare.hamming.buffer as ArrayBuffer, ...frameTransferables(f.compare.frame));
  return buffers;
}
