/**
 * What a lesson reads from the E→E weight matrix W (the engine's `Wee`, dense row-major
 * [pre j, post i], as a snapshot of the run carries it):
 *
 * - sumDev = max_i |Σ_j W_ji − 1| over the columns i with a synapse (synaptic normalisation keeps it ≈ 0);
 * - max w, mean w over the synapses;
 * - the connection fraction #{W_ji > 0, j ≠ i} / (N_E (N_E − 1));
 * - skewness g₁ = m₃ / m₂^{3/2} of w and of ln w over w ≥ 0.01 (the lognormal preset's C21);
 * - turnover against an earlier matrix: the fraction of its synapses gone now (`lost`) and of
 *   today's synapses that were not there (`gained`).
 */
import { skewness } from "../experiments/lognormal/stats";
import { WEIGHT_THRESHOLD } from "../models/analysis/weights";

/** The statistics of one matrix, and its synapse mask for turnover. */
export interface WeightReadings {
  ne: number;
  sumDev: number;
  max: number;
  mean: number;
  fraction: number;
  synapses: number;
  skew: number;
  lnSkew: number;
  /** 1 where W_ji > 0 (index j·ne + i). */
  mask: Uint8Array;
}

/** Read a dense ne × ne matrix (row-major, [pre, post]). */
export function weightReadings(data: ArrayLike<number>, ne: number): WeightReadings {
  if (data.length !== ne * ne) throw new RangeError(`weightReadings: expected ${ne}×${ne} values, got ${data.length}`);
  const sums = new Float64Array(ne);
  const has = new Uint8Array(ne);
  const mask = new Uint8Array(ne * ne);
  const kept: number[] = [];
  let max = 0, total = 0, synapses = 0, offDiagonal = 0;
  for (let j = 0; j < ne; j++) {
    for (let i = 0; i < ne; i++) {
      const w = data[j * ne + i];
      if (!(w > 0)) continue;
      mask[j * ne + i] = 1;
      sums[i] += w;
      has[i] = 1;
      synapses++;
      if (i !== j) offDiagonal++;
      total += w;
      if (w > max) max = w;
      if (w >= WEIGHT_THRESHOLD) kept.push(w);
    }
  }
  let sumDev = 0;
  for (let i = 0; i < ne; i++) if (has[i]) sumDev = Math.max(sumDev, Math.abs(sums[i] - 1));
  return {
    ne,
    sumDev,
    max,
    mean: synapses ? total / synapses : 0,
    fraction: ne > 1 ? offDiagonal / (ne * (ne - 1)) : 0,
    synapses,
    skew: skewness(kept),
    lnSkew: skewness(kept.map(Math.log)),
    mask,
  };
}

/** Turnover from `before` to `now`: the fraction of before's synapses lost, and of now's gained. */
export function turnover(before: WeightReadings, now: WeightReadings): { lost: number; gained: number } {
  if (before.ne !== now.ne) return { lost: NaN, gained: NaN };
  let lost = 0, gained = 0;
  for (let k = 0; k < now.mask.length; k++) {
    if (before.mask[k] && !now.mask[k]) lost++;
    else if (!before.mask[k] && now.mask[k]) gained++;
  }
  return { lost: before.synapses ? lost / before.synapses : 0, gained: now.synapses ? gained / now.synapses : 0 };
}
