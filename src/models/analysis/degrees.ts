/**
 * Connection counts per neuron of a weight matrix W[pre, post] (rows presynaptic, columns
 * postsynaptic): in-degree (presynaptic partners) and out-degree (postsynaptic partners).
 */
import type { WeightMatrix } from "../sorn/types";
import { histogram, type Histogram } from "./histogram";
import { mean, populationStd } from "./moments";
import { checkPositiveInteger, checkWeightMatrix, fail } from "./validate";

/** Visits the entries > 0 of W, checking that every visited entry is finite and in range. */
function forEachPositive(fn: string, w: WeightMatrix, visit: (row: number, col: number, value: number) => void): void {
  w.forEachNonZero((row, col, value) => {
    if (!Number.isFinite(value)) fail(fn, `weights[${row}][${col}] must be finite (got ${value})`);
    if (row < 0 || row >= w.rows || col < 0 || col >= w.cols) {
      fail(fn, `weights visited entry (${row}, ${col}) outside its ${w.rows}×${w.cols} shape`);
    }
    if (value > 0) visit(row, col, value);
  });
}

/**
 * In-degree of each postsynaptic neuron j: #{i : W[i, j] > 0}, the count of positive entries in
 * column j, length `cols`. Same counts as the package's `hist_incoming_conn` histograms
 * (`np.sum(W > 0, axis=0)`).
 */
export function inDegrees(weights: WeightMatrix): Int32Array {
  return countDegrees("inDegrees", weights, "in");
}

/**
 * Out-degree of each presynaptic neuron i: #{j : W[i, j] > 0}, the count of positive entries in
 * row i, length `rows`. Same counts as the package's `hist_outgoing_conn` (`np.sum(W > 0, axis=1)`).
 */
export function outDegrees(weights: WeightMatrix): Int32Array {
  return countDegrees("outDegrees", weights, "out");
}

function countDegrees(fn: string, weights: WeightMatrix, direction: "in" | "out"): Int32Array {
  checkWeightMatrix(fn, weights);
  const d = new Int32Array(direction === "in" ? weights.cols : weights.rows);
  forEachPositive(fn, weights, (r, c) => d[direction === "in" ? c : r]++);
  return d;
}

/** A degree histogram with its fitted normal distribution. */
export interface DegreeDistribution {
  /** The per-neuron degrees (in- or out-, as asked). */
  degrees: Int32Array;
  /** Histogram of the degrees (its `density` is what the package plots). */
  histogram: Histogram;
  /** Maximum-likelihood normal fit: μ = mean degree. */
  mean: number;
  /** Maximum-likelihood normal fit: σ = population std of the degrees (ddof 0). */
  sd: number;
}

/**
 * Distribution of in-degrees ("in") or out-degrees ("out") of W: a histogram of the degrees in
 * `bins` equal bins over [min, max] (numpy/matplotlib binning), and the normal fit μ = mean,
 * σ = population std — scipy's `norm.fit`, which the package's `hist_incoming_conn` /
 * `hist_outgoing_conn(weights, bin_size, ...)` show in their title and as the pdf curve
 * (use `normalPdf(x, mean, sd)` to draw it; it is undefined when sd = 0).
 */
export function degreeDistribution(weights: WeightMatrix, direction: "in" | "out", bins: number): DegreeDistribution {
  const fn = "degreeDistribution";
  if (direction !== "in" && direction !== "out") fail(fn, `direction must be "in" or "out" (got ${String(direction)})`);
  checkPositiveInteger(fn, bins, "bins");
  const degrees = countDegrees(fn, weights, direction);
  const m = mean(degrees);
  return { degrees, histogram: histogram(degrees, bins, undefined, fn), mean: m, sd: populationStd(degrees, m) };
}
