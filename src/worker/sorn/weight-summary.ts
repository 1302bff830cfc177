/**
 * The live Wee weight distribution: a histogram on log10 bins over [0.01, w_max] and the
 * package's lognormal fit (μ, σ of ln w over the weights ≥ 0.01), computed straight from the
 * sparse rows without copying the matrix.
 */
import { WEIGHT_THRESHOLD } from "../../models/analysis/weights";
import type { WeightMatrix } from "../../models/sorn/types";

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

/** Number of log10 bins of the live histogram. */
export const WEIGHT_BINS = 40;

/** Histogram and lognormal fit of the weights of `W`; bins span [0.01, wMax] in log10. */
export function weightSummary(W: WeightMatrix, wMax: number, bins = WEIGHT_BINS): WeightSummary {
  const lo = Math.log10(WEIGHT_THRESHOLD);
  const hi = Math.max(lo + 1e-9, Math.log10(wMax));
  const edges = new Float64Array(bins + 1);
  for (let b = 0; b <= bins; b++) edges[b] = lo + ((hi - lo) * b) / bins;
  const counts = new Uint32Array(bins);
  let below = 0;
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  W.forEachNonZero((_r, _c, w) => {
    if (!(w >= WEIGHT_THRESHOLD)) {
      below++;
      return;
    }
    const l = Math.log10(w);
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((l - lo) / (hi - lo)) * bins)));
    counts[b]++;
    const ln = Math.log(w);
    n++;
    sum += ln;
    sumSq += ln * ln;
  });
  let fit: WeightSummary["fit"] = null;
  if (n >= 2) {
    const mu = sum / n;
    const sigma = Math.sqrt(Math.max(0, sumSq / n - mu * mu));
    if (sigma > 0) fit = { mu, sigma, n };
  }
  return { log10Edges: edges, counts, below, fit };
}
