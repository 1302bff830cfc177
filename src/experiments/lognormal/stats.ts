/**
 * The weight statistics of the lognormal preset (spec experiments.md §4.2, Zheng, Dimitrakakis &
 * Triesch 2013), computed from the E→E weight matrix W (W[pre, post], the engine's `Wee`):
 *
 * - connection fraction c = #{(i, j) : i ≠ j, W_ij > 0} / (N_E (N_E − 1));
 * - the weights w ≥ 0.01 (the package's cut-off, `weightsAtLeast`), their lognormal fit
 *   μ = mean ln w, σ = sd ln w (population, ddof 0: the package's `Plotter.linear_lognormal_fit`,
 *   `lognormalFit`);
 * - skewness g₁ = m₃ / m₂^{3/2} with the central moments m_k = (1/n) Σ (v − v̄)^k of w and of ln w
 *   (the biased estimator, scipy.stats.skew's default);
 * - a histogram of log₁₀ w over [lo, hi] = [−2, 0] in equal bins (log-spaced bins 10⁻² … 10⁰ in w,
 *   as Hartmann and Del Papa plot it); w = 10^hi falls in the last bin.
 */
import { lognormalFit, weightsAtLeast, WEIGHT_THRESHOLD } from "../../models/analysis/weights";
import type { WeightMatrix } from "../../models/sorn/types";

/** Skewness g₁ = m₃ / m₂^{3/2} (population moments); NaN for fewer than 2 values or zero variance. */
export function skewness(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  const mean = s / n;
  let m2 = 0, m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  return m2 > 0 ? m3 / m2 ** 1.5 : NaN;
}

/** A histogram of log₁₀ w: `edges` (bins + 1, in log₁₀ units) and `counts` (values outside [lo, hi] are left out). */
export interface LogHistogram {
  edges: number[];
  counts: number[];
}

/** Histogram of log₁₀ v over [lo, hi] in `bins` equal bins (see the module comment). */
export function log10Histogram(values: ArrayLike<number>, bins = 20, lo = -2, hi = 0): LogHistogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`log10Histogram: bins must be a positive integer, got ${bins}`);
  if (!(hi > lo)) throw new RangeError(`log10Histogram: needs lo < hi, got [${lo}, ${hi}]`);
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const l = Math.log10(values[i]);
    if (!(l >= lo && l <= hi)) continue;
    counts[Math.min(bins - 1, Math.floor((l - lo) / width))]++;
  }
  return { edges, counts };
}

/** Connection fraction of a square E→E matrix: stored off-diagonal entries / (N (N − 1)). */
export function connectionFraction(W: WeightMatrix): number {
  const n = W.rows;
  let count = 0;
  W.forEachNonZero((i, j) => {
    if (i !== j) count++;
  });
  return n > 1 ? count / (n * (n - 1)) : 0;
}

/** The weight distribution at one step. */
export interface WeightSnapshot {
  step: number;
  fraction: number;
  /** Number of weights w ≥ 0.01. */
  count: number;
  /** Lognormal fit of those weights: μ = mean ln w, σ = sd ln w (NaN when none). */
  mu: number;
  sigma: number;
  skewW: number;
  skewLnW: number;
  /** Histogram of log₁₀ w (w ≥ 0.01) over [−2, 0]. */
  histogram: LogHistogram;
}

/** The {@link WeightSnapshot} of W after `step` steps (`bins` bins of log₁₀ w). */
export function weightSnapshot(W: WeightMatrix, step: number, bins = 20): WeightSnapshot {
  const w = weightsAtLeast(W, WEIGHT_THRESHOLD);
  const ln = w.map(Math.log);
  const fit = w.length ? lognormalFit(w) : { mu: NaN, sigma: NaN };
  return {
    step,
    fraction: connectionFraction(W),
    count: w.length,
    mu: fit.mu,
    sigma: fit.sigma,
    skewW: skewness(w),
    skewLnW: skewness(ln),
    histogram: log10Histogram(w, bins, Math.log10(WEIGHT_THRESHOLD), 0),
  };
}
