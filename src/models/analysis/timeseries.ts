/**
 * Measures of a firing-rate series fr(t) (typically `networkFiringRate`): smoothness and lag-t
 * autocorrelation.
 */
import { isConstant, mean, populationStd } from "./moments";
import { checkPositiveInteger, checkSeries, fail } from "./validate";

function diffs(fr: ArrayLike<number>): Float64Array {
  const d = new Float64Array(fr.length - 1);
  for (let t = 0; t < d.length; t++) d[t] = fr[t + 1] - fr[t];
  return d;
}

/**
 * Scale-dependent smoothness: std(diff(fr)), the population standard deviation (ddof 0) of the
 * first differences fr(t+1) − fr(t). Smaller is smoother. Same as the package's
 * `scale_dependent_smoothness_measure`. Needs at least 2 entries.
 */
export function scaleDependentSmoothness(fr: ArrayLike<number>): number {
  checkSeries("scaleDependentSmoothness", fr, "fr", 2);
  return populationStd(diffs(fr));
}

/**
 * Scale-independent smoothness: std(diff(fr)) / |mean(diff(fr))|, the coefficient of variation of
 * the first differences. The mean difference telescopes to (fr[T−1] − fr[0])/(T − 1), which is
 * how it is computed here (exactly 0 when the ends are equal).
 *
 * Returns `Infinity` whenever that mean is 0 — including for a constant series, where the
 * numerator is 0 too (numpy gives NaN there and a huge or inf value for a stationary series, as
 * the package's `scale_independent_smoothness_measure` does). A stationary series therefore
 * reads as Infinity: use `scaleDependentSmoothness` to tell a constant series (0) apart.
 * Needs at least 2 entries.
 */
export function scaleIndependentSmoothness(fr: ArrayLike<number>): number {
  checkSeries("scaleIndependentSmoothness", fr, "fr", 2);
  const meanDiff = (fr[fr.length - 1] - fr[0]) / (fr.length - 1);
  if (meanDiff === 0) return Infinity;
  return populationStd(diffs(fr)) / Math.abs(meanDiff);
}

/**
 * The lag-t autocorrelation coefficient, or why it is undefined. `constant` names the side
 * that does not vary: "leading" is fr[0..T−t), "lagged" is fr[t..T).
 */
export type Autocorrelation =
  | { coefficient: number; constant: null }
  | { coefficient: null; constant: "leading" | "lagged" | "both" };

/**
 * Lag-t autocorrelation: the Pearson coefficient between fr[0..T−t) and fr[t..T),
 *   r = Σ(a − ā)(b − b̄) / √(Σ(a − ā)² · Σ(b − b̄)²),  a = fr[:−t], b = fr[t:],
 * clipped to [−1, 1]. When a side is constant r is undefined (numpy gives NaN): the result
 * then has `coefficient: null` and says which side is constant.
 *
 * The package's `autocorr(fr, t)` returns the 2×2 matrix `corrcoef(fr[:-t], fr[t:])`; its
 * element [0][1] is `coefficient`. The default lag 2 is the package's.
 * Throws unless 1 ≤ lag ≤ T − 2 (each side needs at least 2 points).
 */
export function autocorrelation(fr: ArrayLike<number>, lag = 2): Autocorrelation {
  const fn = "autocorrelation";
  checkSeries(fn, fr, "fr", 3);
  checkPositiveInteger(fn, lag, "lag");
  const n = fr.length - lag;
  if (n < 2) fail(fn, `lag (${lag}) must be at most fr.length − 2 = ${fr.length - 2}`);
  const a = Float64Array.from({ length: n }, (_, i) => fr[i]);
  const b = Float64Array.from({ length: n }, (_, i) => fr[i + lag]);
  const ca = isConstant(a);
  const cb = isConstant(b);
  if (ca || cb) return { coefficient: null, constant: ca && cb ? "both" : ca ? "leading" : "lagged" };
  return { coefficient: pearson(a, b), constant: null };
}

/** Pearson coefficient of two equal-length non-constant series, clipped to [−1, 1]. */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    const da = a[i] - ma;
    const db = b[i] - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  const r = sab / Math.sqrt(saa * sbb);
  return Math.max(-1, Math.min(1, r));
}
