/**
 * Small statistics for the cart-pole reports: mean and sd (population, numpy's default ddof = 0;
 * sums left to right), a trailing moving average, numpy's default (linear) percentile, and a
 * seeded percentile bootstrap of a mean (spec experiments.md C14).
 */
import { NumpyRandom } from "../../models/rng/numpy-random";

export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return xs.length ? s / xs.length : NaN;
}

/** Population standard deviation √(Σ(x − μ)²/n) (NaN for no values). */
export function sd(xs: ArrayLike<number>): number {
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i] - m) * (xs[i] - m);
  return xs.length ? Math.sqrt(s / xs.length) : NaN;
}

/** The mean of the last `k` values (all of them when fewer). */
export function lastMean(xs: ArrayLike<number>, k: number): number {
  const from = Math.max(0, xs.length - k);
  return mean(Array.prototype.slice.call(xs, from) as number[]);
}

/** ma[i] = mean of xs[max(0, i − k + 1) … i] (a trailing window of k). */
export function movingAverage(xs: ArrayLike<number>, k: number): Float64Array {
  const out = new Float64Array(xs.length);
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    s += xs[i];
    if (i >= k) s -= xs[i - k];
    out[i] = s / Math.min(i + 1, k);
  }
  return out;
}

/** numpy.percentile(xs, q) with the default 'linear' method: x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)), h = (n − 1)q/100. */
export function percentile(xs: ArrayLike<number>, q: number): number {
  const s = Array.from(xs).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const h = ((s.length - 1) * q) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

export interface BootstrapInterval {
  mean: number;
  lo: number;
  hi: number;
  level: number;
  resamples: number;
  seed: number;
}

/**
 * Percentile bootstrap of the mean of `xs`: B resamples of n values drawn with replacement
 * (indices `randint(n)` of numpy's RandomState(seed), n per resample), the interval the
 * (1 − level)/2 and (1 + level)/2 percentiles of the B resampled means.
 */
export function bootstrapMean(xs: ArrayLike<number>, options: { resamples?: number; level?: number; seed?: number } = {}): BootstrapInterval {
  const B = options.resamples ?? 10_000;
  const level = options.level ?? 0.95;
  const seed = options.seed ?? 0;
  const n = xs.length;
  const rng = new NumpyRandom(seed);
  const means = new Float64Array(B);
  for (let b = 0; b < B && n > 0; b++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += xs[rng.randint(n)];
    means[b] = s / n;
  }
  if (!n) return { mean: NaN, lo: NaN, hi: NaN, level, resamples: B, seed };
  return { mean: mean(xs), lo: percentile(means, (100 * (1 - level)) / 2), hi: percentile(means, (100 * (1 + level)) / 2), level, resamples: B, seed };
}
