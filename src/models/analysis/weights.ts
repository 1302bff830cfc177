/**
 * The distribution of synaptic weights and its lognormal fit.
 */
import type { WeightMatrix } from "../sorn/types";
import { histogram, type Histogram } from "./histogram";
import { checkFinite, checkPositiveInteger, checkSeries, checkWeightMatrix, fail } from "./validate";

/** The package's cut-off: weights below 0.01 are left out of the distribution (Zheng et al. 2013). */
export const WEIGHT_THRESHOLD = 0.01;

/**
 * The weights w ≥ `threshold` (> 0) of W, visited row by row. With the default 0.01 these are the
 * weights the package's `weight_distribution` and `linear_lognormal_fit` use.
 */
export function weightsAtLeast(weights: WeightMatrix, threshold = WEIGHT_THRESHOLD): Float64Array {
  return collectAtLeast("weightsAtLeast", weights, threshold);
}

function collectAtLeast(fn: string, weights: WeightMatrix, threshold: number): Float64Array {
  checkWeightMatrix(fn, weights);
  checkFinite(fn, threshold, "threshold");
  if (threshold <= 0) fail(fn, `threshold must be > 0 (got ${threshold})`);
  const kept: number[] = [];
  weights.forEachNonZero((row, col, w) => {
    if (!Number.isFinite(w)) fail(fn, `weights[${row}][${col}] must be finite (got ${w})`);
    if (w >= threshold) kept.push(w);
  });
  return Float64Array.from(kept);
}

/**
 * Histogram of the weights w ≥ `threshold` in `bins` equal bins over [min, max] of those
 * weights. The package's `weight_distribution(weights, bin_size)` scatters `counts` against the
 * left edges `edges[0..bins)`. Throws when no weight reaches the threshold.
 */
export function weightHistogram(weights: WeightMatrix, bins: number, threshold = WEIGHT_THRESHOLD): Histogram {
  const fn = "weightHistogram";
  checkPositiveInteger(fn, bins, "bins");
  const kept = collectAtLeast(fn, weights, threshold);
  if (kept.length === 0) fail(fn, `no weight is ≥ threshold (${threshold})`);
  return histogram(kept, bins, undefined, fn);
}

/** A lognormal distribution fitted to positive values by the moments of their logarithms. */
export interface LognormalFit {
  /** Number of values fitted. */
  n: number;
  /** μ = mean of ln w. */
  mu: number;
  /** σ = population std of ln w (ddof 0, like numpy). */
  sigma: number;
  /** Mode e^(μ − σ²). */
  mode: number;
  /** Mean e^(μ + σ²/2). */
  mean: number;
  /** Median e^μ. */
  median: number;
}

/**
 * Lognormal fit of positive values w: μ = mean(ln w), σ = std(ln w) (population), with
 * mode e^(μ − σ²), mean e^(μ + σ²/2) and median e^μ — exactly the package's
 * `linear_lognormal_fit` (given `weightsAtLeast(W, 0.01)`). These μ, σ are the maximum-likelihood
 * estimates. Throws on an empty input or any value ≤ 0 or not finite.
 */
export function lognormalFit(values: ArrayLike<number>): LognormalFit {
  const fn = "lognormalFit";
  checkSeries(fn, values, "values", 1);
  const n = values.length;
  const logs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (values[i] <= 0) fail(fn, `values[${i}] must be > 0 (got ${values[i]})`);
    logs[i] = Math.log(values[i]);
  }
  let s = 0;
  for (const l of logs) s += l;
  const mu = s / n;
  let ss = 0;
  for (const l of logs) ss += (l - mu) * (l - mu);
  const sigma = Math.sqrt(ss / n);
  return {
    n,
    mu,
    sigma,
    mode: Math.exp(mu - sigma * sigma),
    mean: Math.exp(mu + (sigma * sigma) / 2),
    median: Math.exp(mu),
  };
}

/**
 * Lognormal density f(x) = exp(−(ln x − μ)²/(2σ²)) / (x σ √(2π)) for x > 0 and 0 for x ≤ 0,
 * scipy's `lognorm.pdf(x, sigma, loc=0, scale=exp(mu))`. Throws unless x and μ are finite and
 * σ > 0 (a fit to identical values has σ = 0 and no density).
 */
export function lognormalPdf(x: number, mu: number, sigma: number): number {
  const fn = "lognormalPdf";
  checkFinite(fn, x, "x");
  checkFinite(fn, mu, "mu");
  checkFinite(fn, sigma, "sigma");
  if (sigma <= 0) fail(fn, `sigma must be > 0 (got ${sigma})`);
  if (x <= 0) return 0;
  const z = (Math.log(x) - mu) / sigma;
  return Math.exp(-0.5 * z * z) / (x * sigma * Math.sqrt(2 * Math.PI));
}
