/**
 * Equal-width histograms with numpy's exact binning rules, so the counts match
 * `np.histogram(values, bins=n, range=...)` and matplotlib's `plt.hist(values, n)` bit for bit.
 */
import { checkPositiveInteger, checkSeries, fail } from "./validate";

/** An equal-width histogram. */
export interface Histogram {
  /** bins + 1 ascending edges; bin k is [edges[k], edges[k+1]), the last bin also holds its right edge. */
  edges: Float64Array;
  /** Number of values in each bin. */
  counts: Float64Array;
  /** counts[k] / (total · width_k): integrates to 1 (numpy's `density=True`). */
  density: Float64Array;
  /** Number of values counted (those inside the range). */
  total: number;
}

/**
 * Histogram of `values` into `bins` equal bins over `range` (default [min, max] of the values;
 * a zero-width range [v, v] becomes [v − 0.5, v + 0.5], as numpy does). Edges are numpy's
 * `linspace(lo, hi, bins + 1)`: edges[k] = lo + k·(hi − lo)/bins, the last edge exactly hi.
 * Values outside the range are ignored, as in numpy.
 *
 * `fn` is the function name that error messages start with (callers pass their own).
 * Throws when `values` is empty or not finite, `bins` is not a positive integer, `range` is
 * not an ascending finite pair, the bins would have zero width, or no value lies in the range.
 */
export function histogram(
  values: ArrayLike<number>,
  bins: number,
  range?: readonly [number, number],
  fn = "histogram",
): Histogram {
  checkSeries(fn, values, "values", 1);
  checkPositiveInteger(fn, bins, "bins");
  let lo: number;
  let hi: number;
  if (range !== undefined) {
    if (!Array.isArray(range) || range.length !== 2 || !Number.isFinite(range[0]) || !Number.isFinite(range[1])) {
      fail(fn, "range must be a pair of finite numbers [lo, hi]");
    }
    [lo, hi] = range;
    if (lo > hi) fail(fn, `range must have lo ≤ hi (got [${lo}, ${hi}])`);
  } else {
    lo = Infinity;
    hi = -Infinity;
    for (let i = 0; i < values.length; i++) {
      if (values[i] < lo) lo = values[i];
      if (values[i] > hi) hi = values[i];
    }
  }
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const edges = new Float64Array(bins + 1);
  const step = (hi - lo) / bins;
  for (let k = 0; k <= bins; k++) edges[k] = k * step + lo;
  edges[bins] = hi;
  for (let k = 0; k < bins; k++) {
    if (!(edges[k] < edges[k + 1])) fail(fn, `bins = ${bins} is too many for the range [${lo}, ${hi}]`);
  }
  const counts = new Float64Array(bins);
  const span = hi - lo;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo || v > hi) continue;
    // numpy: trunc((v − lo)/span · bins), then fix ±1 ULP misplacements against the edges.
    let k = Math.trunc(((v - lo) / span) * bins);
    if (k === bins) k -= 1;
    if (v < edges[k]) k -= 1;
    if (k !== bins - 1 && v >= edges[k + 1]) k += 1;
    counts[k] += 1;
    total += 1;
  }
  if (total === 0) fail(fn, `no value lies inside range [${lo}, ${hi}]`);
  const density = new Float64Array(bins);
  for (let k = 0; k < bins; k++) density[k] = counts[k] / total / (edges[k + 1] - edges[k]);
  return { edges, counts, density, total };
}

/** Bin centres (edges[k] + edges[k+1]) / 2 of a histogram. */
export function binCentres(h: Histogram): Float64Array {
  const c = new Float64Array(h.counts.length);
  for (let k = 0; k < c.length; k++) c[k] = (h.edges[k] + h.edges[k + 1]) / 2;
  return c;
}

/**
 * Normal density N(x; μ, σ) = exp(−(x − μ)²/(2σ²)) / (σ√(2π)), scipy's `norm.pdf(x, mu, sd)`.
 * Throws unless x and μ are finite and σ > 0.
 */
export function normalPdf(x: number, mu: number, sd: number): number {
  if (!Number.isFinite(x)) fail("normalPdf", `x must be a finite number (got ${x})`);
  if (!Number.isFinite(mu)) fail("normalPdf", `mu must be a finite number (got ${mu})`);
  if (!Number.isFinite(sd) || sd <= 0) fail("normalPdf", `sd must be a finite number > 0 (got ${sd})`);
  const z = (x - mu) / sd;
  return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
}
