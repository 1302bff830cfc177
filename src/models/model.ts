/**
 * The model seam: the one interface every model family implements (SORN today; LIF networks,
 * rate RNNs and environments such as cart-pole next). The worker, the command line and the
 * tests talk to models only through it, and find families in `registry.ts`.
 *
 * Shaped like d3-force's simulation: `step(n)` advances with no timer, rules switch on and off
 * by name, state is read and restored at any time, and an observer sees every step. A model
 * draws all its randomness from generators seeded by its seed; observers and records never
 * draw from them.
 */
import type { InputSource } from "./inputs";
import type { ParamSchema, ParamValues } from "./params/schema";

/** A population whose spikes a model reports each step (for SORN: "E" and "I"). */
export interface SpikeGroup {
  readonly name: string;
  /** Neurons in the group; their spike vector has this length. */
  readonly size: number;
}

/** A scalar a model reports after each step (for SORN: E activity, connection counts…). */
export interface SeriesInfo {
  readonly name: string;
  /** What it is, for axis labels and `sorn models`. */
  readonly title: string;
}

/** A plasticity rule (or any switchable part of the step), by the name `off`/`rule` take. */
export interface RuleInfo {
  readonly name: string;
  readonly title: string;
  readonly description: string;
}

/** A named record a run can keep (the package's "callbacks" for SORN). */
export interface RecordInfo {
  readonly name: string;
  readonly description: string;
}

/** A switch of the step that is not a parameter: a choice among strings or on/off. */
export interface SettingInfo {
  readonly name: string;
  readonly description: string;
  /** The allowed values; booleans are `[true, false]`. */
  readonly choices: readonly (string | boolean)[];
  readonly default: string | boolean;
}

/**
 * What a model shows after each step. The arrays are views into the model, valid only during
 * the observer's call: copy what you keep.
 */
export interface StepSample {
  /** Steps simulated so far, this one included. */
  readonly t: number;
  /** One 0/1 vector per spike group, in `spikeGroups` order. */
  readonly spikes: readonly Uint8Array[];
  /** One value per series, in `family.series` order. */
  readonly series: Float64Array;
}

/** Called after every step while attached (see {@link Model.observe}). */
export type StepObserver = (sample: StepSample) => void;

/** How to create a model: fresh from (params, seed), or restored from a state. */
export interface ModelOptions {
  /** Parameters by name; the rest take the family's defaults. Validated by the family. */
  params?: object;
  /** Seeds every generator the model draws from. Default 0. */
  seed?: number;
  /** Continue from this state (as `state()` returned it, or a file's) instead of building anew. */
  state?: unknown;
  /** Rules switched off from the start. */
  off?: readonly string[];
  /** Settings by name (for SORN: phase, noise); an absent one takes its default. */
  settings?: Readonly<Record<string, string | boolean | undefined>>;
  /** Records to keep, by name, and the stride of the large ones. */
  records?: readonly string[];
  recordEvery?: number;
}

/** One running model. */
export interface Model<P extends ParamValues = ParamValues, S = unknown> {
  /** The family's id (`registry.ts`). */
  readonly family: string;
  /** The resolved parameters (every one, defaults filled in). */
  readonly params: Readonly<P>;
  readonly seed: number;
  /** Steps simulated so far. */
  readonly t: number;
  /** Number of external input channels u(t) that `step` reads. */
  readonly inputs: number;
  readonly spikeGroups: readonly SpikeGroup[];
  /** Advance n steps; `input` supplies u(t) (zero without it). */
  step(n?: number, input?: InputSource): this;
  /** Change parameters that apply live; ones that need a new model are refused. */
  setParams(changes: Readonly<Record<string, unknown>>): this;
  /** Whether a rule is on; with `on`, switch it (a rule that is off is not in the step). */
  rule(name: string): boolean;
  rule(name: string, on: boolean): this;
  /** A setting's value; with `value`, change it. */
  setting(name: string): string | boolean;
  setting(name: string, value: string | boolean): this;
  /** Attach (or with null, detach) the per-step observer. */
  observe(observer: StepObserver | null): this;
  /** Everything needed to continue exactly, as copies. */
  state(): S;
  /** Model-specific problems worth showing the user now (e.g. a neuron that lost all input). */
  warnings(): string[];
}

/** A model family: its schema and parts, and how to make one. */
export interface ModelFamily<P extends ParamValues = ParamValues, S = unknown, M extends Model<P, S> = Model<P, S>> {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly schema: ParamSchema;
  readonly rules: readonly RuleInfo[];
  readonly settings: readonly SettingInfo[];
  readonly records: readonly RecordInfo[];
  readonly series: readonly SeriesInfo[];
  /** Build a model; bad options throw a SornInputError naming the option. */
  create(options?: ModelOptions): M;
}
