/**
 * Input checks shared by the analysis functions. Every check throws an `Error` whose one-line
 * message starts with the calling function's name and names the bad argument, e.g.
 * `fanoFactor: windowLength must be a positive integer (got 0)`.
 */
import type { SpikeTrain, WeightMatrix } from "../sorn/types";

/** Throws `Error("<fn>: <message>")`. */
export function fail(fn: string, message: string): never {
  throw new Error(`${fn}: ${message}`);
}

/** Checks `value` is an integer ≥ 1. */
export function checkPositiveInteger(fn: string, value: unknown, name: string): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    fail(fn, `${name} must be a positive integer (got ${String(value)})`);
  }
}

/** Checks `value` is a finite number. */
export function checkFinite(fn: string, value: unknown, name: string): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(fn, `${name} must be a finite number (got ${String(value)})`);
  }
}

/**
 * Checks a spike train: positive integer `steps` and `neurons`, a `Uint8Array` of length
 * steps·neurons, and every entry 0 or 1.
 */
export function checkSpikeTrain(fn: string, train: SpikeTrain, name = "spikeTrain"): void {
  if (train === null || typeof train !== "object") fail(fn, `${name} must be a SpikeTrain object`);
  const { steps, neurons, data } = train;
  if (typeof steps !== "number" || !Number.isInteger(steps) || steps < 1) {
    fail(fn, `${name}.steps must be a positive integer (got ${String(steps)})`);
  }
  if (typeof neurons !== "number" || !Number.isInteger(neurons) || neurons < 1) {
    fail(fn, `${name}.neurons must be a positive integer (got ${String(neurons)})`);
  }
  if (!(data instanceof Uint8Array)) fail(fn, `${name}.data must be a Uint8Array`);
  if (data.length !== steps * neurons) {
    fail(fn, `${name}.data has length ${data.length}, expected steps·neurons = ${steps * neurons}`);
  }
  for (let k = 0; k < data.length; k++) {
    if (data[k] > 1) {
      const t = Math.floor(k / neurons);
      fail(fn, `${name} must be binary (0/1); found ${data[k]} at step ${t}, neuron ${k - t * neurons}`);
    }
  }
}

/** Checks `neuron` is an integer index in [0, neurons). */
export function checkNeuron(fn: string, neuron: unknown, neurons: number, name = "neuron"): asserts neuron is number {
  if (typeof neuron !== "number" || !Number.isInteger(neuron) || neuron < 0 || neuron >= neurons) {
    fail(fn, `${name} must be an integer in [0, ${neurons - 1}] (got ${String(neuron)})`);
  }
}

/** Checks a numeric series: array-like, at least `minLength` entries, all finite. */
export function checkSeries(fn: string, series: ArrayLike<number>, name: string, minLength: number): void {
  if (series === null || typeof series !== "object" || typeof series.length !== "number") {
    fail(fn, `${name} must be an array of numbers`);
  }
  if (series.length < minLength) {
    fail(fn, `${name} must have at least ${minLength} entries (got ${series.length})`);
  }
  for (let i = 0; i < series.length; i++) {
    const v = series[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      fail(fn, `${name}[${i}] must be a finite number (got ${String(v)})`);
    }
  }
}

/** Checks a weight matrix's shape (positive integer rows and cols). */
export function checkWeightMatrix(fn: string, w: WeightMatrix, name = "weights"): void {
  if (w === null || typeof w !== "object" || typeof w.forEachNonZero !== "function") {
    fail(fn, `${name} must be a WeightMatrix`);
  }
  if (!Number.isInteger(w.rows) || w.rows < 1) fail(fn, `${name}.rows must be a positive integer (got ${w.rows})`);
  if (!Number.isInteger(w.cols) || w.cols < 1) fail(fn, `${name}.cols must be a positive integer (got ${w.cols})`);
}
