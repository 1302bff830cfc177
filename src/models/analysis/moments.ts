/**
 * Plain moments of a numeric series, computed in two passes (mean first, then centred sums) for
 * accuracy. Callers validate their inputs; these helpers assume a non-empty finite series.
 */

/** Arithmetic mean Σx/n. */
export function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/** Population variance Σ(x − x̄)²/n, numpy's `np.var` (ddof = 0). */
export function populationVariance(x: ArrayLike<number>, m = mean(x)): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i] - m;
    s += d * d;
  }
  return s / x.length;
}

/** Population standard deviation √(Σ(x − x̄)²/n), numpy's `np.std` (ddof = 0). */
export function populationStd(x: ArrayLike<number>, m = mean(x)): number {
  return Math.sqrt(populationVariance(x, m));
}

/** True when every entry equals the first (an exact test, immune to rounding in a mean). */
export function isConstant(x: ArrayLike<number>, from = 0, to = x.length): boolean {
  const first = x[from];
  for (let i = from + 1; i < to; i++) if (x[i] !== first) return false;
  return true;
}
