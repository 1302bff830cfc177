/**
 * The types that cross the worker boundary: what the main thread asks the simulation worker to
 * run (a {@link SimConfig}), and what the worker streams back (a {@link Frame}). Plain data only,
 * so every value is structured-cloneable; typed arrays in a frame are transferred, not copied.
 */
import type { FigureLayout } from "../figures/svg";
import type { SpikeGroup } from "../models/model";
import type { Phase, SornParams } from "../models/sorn/params";
import { type Rule } from "../models/sorn/rules";

/** Where the network's external input u(t) comes from. */
export type InputSpec =
  | { kind: "none" }
  /** Uniform [0, 1) values from numpy's RandomState(seed), a stream separate from the network's. */
  | { kind: "uniform"; seed: number }
  /** The same nu values every step. */
  | { kind: "constant"; values: number[] }
  /** A repeating symbol sequence ("ABCD…"), one group of input units per symbol. */
  | { kind: "sequence"; sequence: string; amplitude: number }
  /** An explicit nu × T matrix (row-major); column t mod T is used at step t. */
  | { kind: "matrix"; nu: number; T: number; data: Float64Array; name: string };

/** Everything that determines a run: same config ⇒ the engine gives the same spikes. */
export interface SimConfig {
  /** The model family (`src/models/registry.ts`); "sorn" when absent. */
  family?: string;
  /** Every hyperparameter by its package name (validated by the core's `resolveParams`). */
  params: SornParams;
  /** S means `np.random.seed(S); random.seed(S)` in the package. */
  seed: number;
  /** Which plasticity rules are on. */
  rules: Record<Rule, boolean>;
  phase: Phase;
  noise: boolean;
  input: InputSpec;
}

/** Target speed: steps per second, or as fast as the worker can go. */
export type Speed = number | "max";

/** Activity counts as "died out" after this many steps with no E spike. */
export const SILENT_STEPS_WARNING = 100;

/** Guard-rail status of the activity, evaluated by the worker on every frame. */
export interface ActivityStatus {
  /** Consecutive steps (up to now) in which no neuron of the first spike group (SORN: E) fired. */
  silentSteps: number;
  /** Mean fraction of the first group's neurons active over the last 100 steps. */
  recentActivity: number;
  /** Any per-step series value that is not a finite number (SORN: the mean threshold). */
  nonFinite: boolean;
  /** The model's own warnings now (`Model.warnings`), e.g. neurons that lost all input. */
  warnings: string[];
}

/** Spikes of a frame's latest steps, every group in one packed array (layout: `spike-pack.ts`). */
export interface SpikeBlock {
  /** The groups, in the order their neurons are numbered (SORN: E 0..ne−1, then I). */
  groups: SpikeGroup[];
  /** Steps covered (≤ the frame's steps: a long backlog keeps only the latest). */
  steps: number;
  packed: Uint32Array;
}

/** Per-neuron firing rates (spikes per step) over the latest `window` steps, groups in order. */
export interface RateSummary {
  values: Float32Array;
  window: number;
}

/**
 * Family-specific parts of a frame, sent every few frames. A family's worker adapter adds its
 * fields by declaration merging (see `families/sorn.ts`), so the generic frame names none.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FrameExtras {}

/**
 * One frame: everything that happened since the previous frame, in typed arrays. Nothing in it
 * is particular to one model: `series` holds the family's named per-step series
 * (`ModelFamily.series`) for the last `steps` steps, numbered t − steps + 1 … t; `spikes` the
 * packed spikes of its spike groups; `extras` what its adapter adds.
 */
export interface Frame {
  /** Which run this frame belongs to; a new number after every create, reset or load. */
  run: number;
  /** The model family of the run. */
  family: string;
  /** Steps simulated so far (the step count shown to the user). */
  t: number;
  /** Steps covered by the series. */
  steps: number;
  /** Named per-step series, each `steps` long. */
  series: Record<string, Float64Array>;
  spikes: SpikeBlock;
  rates: RateSummary;
  /** Family-specific summaries (null fields when not sent with this frame). */
  extras: FrameExtras;
  status: ActivityStatus;
  /** Whether the run loop is going. */
  playing: boolean;
  /** Measured speed over the last second (steps per second). */
  stepsPerSecond: number;
  /** Why the loop stopped, when it stopped on its own (an error in the engine). */
  error: string | null;
  /** In compare mode: run B's frame and the Hamming distances A–B since the last frame. */
  compare?: CompareFrame;
}

/** Compare mode (`compare.ts`): the one thing run B, split from run A's state, does differently. */
export type CompareChange =
  /** Nothing: B is a copy of A (d(t) stays 0, a check of determinism). */
  | { kind: "none" }
  /** A rule switched on or off in B. */
  | { kind: "rule"; rule: string; on: boolean }
  /** A parameter that applies live, set in B. */
  | { kind: "param"; name: string; value: number };

/** What a frame carries about the comparison. */
export interface CompareFrame {
  /** B's own frame (same layout as A's). */
  frame: Frame;
  /** d(t) for the steps since the previous frame, oldest first (the last is step frame.t). */
  hamming: Float64Array;
  /** The change, in words ("B: STDP off"). */
  change: string;
  /** Step at which B split from A. */
  since: number;
}

/** Numbers the tests read through the page's test hook: identities of the current run. */
export interface RunDigest {
  t: number;
  /** FNV-1a hash of the dense Wee (bit patterns of the float64s). */
  weeHash: string;
  /** Non-zero Wee entries. */
  weeCount: number;
  /** FNV-1a hash of (step, neuron) of every E and I spike kept in the history window. */
  spikeHash: string;
  /** Steps the spike hash covers. */
  spikeSteps: number;
  /** Total E spikes in the history window. */
  spikeCount: number;
}

/** An E spike train cut from the worker's history (for analyses and figures). */
export interface SpikeWindow {
  /** Step number of the first row (the states after the first step are step 1). */
  t0: number;
  steps: number;
  neurons: number;
  /** steps × neurons, 0/1. */
  data: Uint8Array;
}

/** The panels a figure can be exported from. */
export type FigureKind = "raster" | "population" | "weights" | "rates" | "connections" | "thresholds" | "correlation" | "dashboard";

/** Options of a figure export: which neurons the raster shows, how many steps, the correlation threshold. */
export interface FigureOptions {
  /** E neurons to show in the raster (all when absent). */
  eNeurons?: number[];
  /** I neurons to show in the raster (none when absent). */
  iNeurons?: number[];
  /** Steps to include (the latest ones). */
  steps?: number;
  /** Correlation threshold for the network graph. */
  threshold?: number;
  /**
   * The figure's title and the lab configuration and seed written into its metadata; `layout`
   * lays it out at a width and height (user units), e.g. a composed panel's box at a print size.
   */
  meta: { title: string; config: unknown; seed: number; layout?: FigureLayout };
}
