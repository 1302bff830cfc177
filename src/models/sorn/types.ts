/**
 * Shared data types of the engine: spike trains, matrices as seen from outside, the state a run
 * can be saved and resumed from, and the names of the records ("callbacks" in the package).
 */

/**
 * A binary spike train: `steps` rows (time) × `neurons` columns, row-major, one byte per entry
 * (0 or 1). Row t is the population state after step t. Equivalent to the package's
 * `np.array(callbacks["ExcitatoryActivation"])`, shape (T, n).
 */
export interface SpikeTrain {
  steps: number;
  neurons: number;
  data: Uint8Array;
}

/**
 * Read access to a weight matrix W[pre, post] (rows are presynaptic neurons, columns
 * postsynaptic). Non-zero entries are visited row by row, columns ascending within a row.
 */
export interface WeightMatrix {
  readonly rows: number;
  readonly cols: number;
  /** Number of entries > 0. */
  nonZeroCount(): number;
  get(row: number, col: number): number;
  forEachNonZero(fn: (row: number, col: number, w: number) => void): void;
  /** A dense row-major copy (rows·cols float64). */
  toDense(): Float64Array;
}

/** A dense float64 array with its shape, row-major (C order). */
export interface DenseArray {
  shape: number[];
  data: Float64Array;
}

/**
 * Everything needed to continue a run exactly: the package's seven arrays (same names, shapes
 * and [pre, post] orientation) plus what the package keeps outside its state (the random
 * generators' positions, the step count) so that resuming from a file is seamless.
 */
export interface SornState {
  /** E→E weights, (ne, ne), [pre, post]. */
  Wee: DenseArray;
  /** I→E weights, (ni, ne), [pre (I), post (E)]. */
  Wei: DenseArray;
  /** E→I weights, (ne, ni), [pre (E), post (I)]. */
  Wie: DenseArray;
  /** E thresholds, (ne, 1). */
  Te: DenseArray;
  /** I thresholds, (ni, 1). */
  Ti: DenseArray;
  /** E states, (ne, 2): column 0 is x(t−1), column 1 is x(t). */
  X: DenseArray;
  /** I states, (ni, 2): column 0 is y(t−1), column 1 is y(t). */
  Y: DenseArray;
  /** Per-neuron IP targets, (ne, 1); absent in package states (then all h_ip). */
  Hip?: DenseArray;
  /** Steps simulated so far (absent in package states: 0). */
  step?: number;
  /** Random generator states (absent in package states: seeded from the run's seed). */
  rng?: RngState;
}

/** The two Mersenne Twister streams: numpy's legacy RandomState and Python's `random`. */
export interface RngState {
  numpy: { key: number[]; pos: number; hasGauss: boolean; gauss: number };
  python: { key: number[]; pos: number };
}

/** Record names, the package's callbacks plus the ones it promised (spec §5, §10.2). */
export const RECORD_NAMES = [
  "ExcitatoryActivation",
  "InhibitoryActivation",
  "RecurrentActivation",
  "WEE",
  "WEI",
  "WIE",
  "TE",
  "TI",
  "EEConnectionCounts",
  "EIConnectionCounts",
  "IEConnectionCounts",
] as const;
export type RecordName = (typeof RECORD_NAMES)[number];
