/**
 * The types that cross the worker boundary: what the main thread asks the simulation worker to
 * run (a {@link SimConfig}), and what the worker streams back (a {@link Frame}). Plain data only,
 * so every value is structured-cloneable; typed arrays in a frame are transferred, not copied.
 */
import type { Phase, Rule, SornParams } from "../models/sorn/params";

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
  /** Consecutive steps (up to now) in which no E neuron fired. */
  silentSteps: number;
  /** Mean fraction of active E neurons over the last 100 steps. */
  recentActivity: number;
  /** Any threshold or weight that is not a finite number. */
  nonFinite: boolean;
  /** E neurons that lost all E (ee) or all I (ei) input at the last normalisation. */
  emptyColumns: { ee: number; ei: number };
}

/** Wee weight histogram on log10 bins, with the package's lognormal fit (weights ≥ 0.01). */
export interface WeightSummary {
  /** Bin edges in log10(w), length bins + 1. */
  log10Edges: Float64Array;
  /** Count of weights ≥ 0.01 in each bin. */
  counts: Uint32Array;
  /** Weights > 0 below the 0.01 cut-off (left out of the fit). */
  below: number;
  /** μ, σ of ln w over the weights ≥ 0.01, n of them; null when fewer than 2. */
  fit: { mu: number; sigma: number; n: number } | null;
}

/**
 * One frame: everything that happened since the previous frame, in typed arrays.
 * `spikes` packs the per-step spike lists of the last `spikeSteps` steps (see `spike-pack.ts`);
 * the per-step series cover the last `steps` steps; step numbers run t − steps + 1 … t.
 */
export interface Frame {
  /** Which run this frame belongs to; a new number after every create, reset or load. */
  run: number;
  /** Steps simulated so far (the step count shown to the user). */
  t: number;
  ne: number;
  ni: number;
  /** Steps covered by the series below. */
  steps: number;
  /** Steps covered by `spikes` (≤ steps: a long backlog keeps only the latest). */
  spikeSteps: number;
  /** Packed spikes: neuron i < ne is E neuron i, ne + k is I neuron k. */
  spikes: Uint32Array;
  /** Active E / I neurons at each step. */
  popE: Uint16Array;
  popI: Uint16Array;
  /** Non-zero Wee and Wei entries after each step. */
  countEE: Int32Array;
  countEI: Int32Array;
  /** Mean E threshold after each step. */
  meanTe: Float64Array;
  /** Per-neuron firing rate (spikes per step) over the last `rateWindow` steps, E then I. */
  rates: Float32Array;
  rateWindow: number;
  /** Weight histogram, sent every few frames (null otherwise). */
  weights: WeightSummary | null;
  status: ActivityStatus;
  /** Whether the run loop is going. */
  playing: boolean;
  /** Measured speed over the last second (steps per second). */
  stepsPerSecond: number;
  /** Why the loop stopped, when it stopped on its own (an error in the engine). */
  error: string | null;
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

/** The lab-level description a saved run carries next to the engine's run file. */
export interface SavedRunInfo {
  /** The config of the restored run. */
  config: SimConfig;
  /** Steps simulated when it was saved. */
  t: number;
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
  /** The lab configuration written into the figure's metadata. */
  meta: { config: unknown; seed: number };
}
