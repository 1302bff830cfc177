/**
 * Pairwise Pearson correlation between neurons' spike trains, from spike counts. For 0/1 trains
 * with n_i spikes of neuron i, n_ij steps where i and j both spike, over T steps:
 *   r_ij = (T·n_ij − n_i·n_j) / (√(n_i(T − n_i)) · √(n_j(T − n_j))),
 * which is exactly the Pearson coefficient of the two columns. All counts are integers, so the
 * only rounding is in the final division.
 */
import type { SpikeTrain } from "../sorn/types";
import { spikeCounts } from "./rates";
import { checkSpikeTrain, fail } from "./validate";

/** How the co-spike counts are gathered; all give identical (integer) counts. */
export type CoSpikeMethod = "auto" | "active-lists" | "bitsets";

/** The correlation matrix between neurons and its mean over distinct pairs. */
export interface PairwiseCorrelation {
  /** N, the number of neurons. */
  neurons: number;
  /**
   * N×N row-major, symmetric: r_ij for i ≠ j, 1 on the diagonal. Every entry in the row and
   * column of a constant neuron, its diagonal included, is 0 (its r is undefined).
   */
  matrix: Float64Array;
  /** Mean of r_ij over the pairs i < j of non-constant neurons; null when there are fewer than 2. */
  meanCorrelation: number | null;
  /** Number of pairs averaged: m(m − 1)/2 for m non-constant neurons. */
  pairs: number;
  /** Neurons whose train is constant (silent, or spiking at every step), ascending. */
  constantNeurons: number[];
}

/**
 * Pearson correlation between every pair of neurons (see the module comment for the formula),
 * and the mean over distinct pairs i < j, leaving out the diagonal and every pair that involves a
 * constant neuron, divided by the number of such pairs.
 *
 * The package's `avg_corr_coeff(spike_train)` returns `(C, c)` with C this matrix (but NaN
 * wherever a constant neuron is involved) and c = ΣC/200/200 over the whole matrix, diagonal
 * included, whatever N is. When no neuron is constant, the package's c is
 * (N + 2·pairs·meanCorrelation)/200²; with any constant neuron it is NaN.
 *
 * Cost: the co-spike counts n_ij come from whichever is cheaper, Σ_t k_t²/2 increments over the
 * k_t neurons active at step t, or N²/2 bitwise ANDs of T/32-word spike bitsets; `method` can force
 * one (for testing; the result is the same).
 */
export function pairwiseCorrelation(train: SpikeTrain, method: CoSpikeMethod = "auto"): PairwiseCorrelation {
  checkSpikeTrain("pairwiseCorrelation", train);
  if (method !== "auto" && method !== "active-lists" && method !== "bitsets") {
    fail("pairwiseCorrelation", `method must be "auto", "active-lists" or "bitsets" (got ${String(method)})`);
  }
  const { steps: T, neurons: N } = train;
  const n = spikeCounts(train);
  const constantNeurons: number[] = [];
  const active: number[] = [];
  for (let i = 0; i < N; i++) (n[i] === 0 || n[i] === T ? constantNeurons : active).push(i);
  const co = coSpikeCounts(train, active, method);
  const m = active.length;
  const matrix = new Float64Array(N * N);
  const scale = new Float64Array(N);
  for (const i of active) scale[i] = Math.sqrt(n[i] * (T - n[i]));
  let sum = 0;
  for (let p = 0; p < m; p++) {
    const i = active[p];
    matrix[i * N + i] = 1;
    for (let q = p + 1; q < m; q++) {
      const j = active[q];
      let r = (T * co[p * m + q] - n[i] * n[j]) / (scale[i] * scale[j]);
      r = r > 1 ? 1 : r < -1 ? -1 : r;
      matrix[i * N + j] = r;
      matrix[j * N + i] = r;
      sum += r;
    }
  }
  const pairs = (m * (m - 1)) / 2;
  return { neurons: N, matrix, meanCorrelation: pairs > 0 ? sum / pairs : null, pairs, constantNeurons };
}

/**
 * n_ij for the listed neurons, as an m×m matrix (upper triangle p < q filled) indexed by
 * position in `neurons` (ascending).
 */
function coSpikeCounts(train: SpikeTrain, neurons: number[], method: CoSpikeMethod): Int32Array {
  const { steps: T, neurons: N, data } = train;
  const m = neurons.length;
  const co = new Int32Array(m * m);
  if (m < 2) return co;
  const pos = new Int32Array(N).fill(-1);
  neurons.forEach((i, p) => (pos[i] = p));
  const words = Math.ceil(T / 32);
  let useLists = method === "active-lists";
  if (method === "auto") {
    let listCost = 0;
    for (let t = 0; t < T; t++) {
      let k = 0;
      for (let i = 0; i < N; i++) k += data[t * N + i];
      listCost += (k * k) / 2;
    }
    // Measured in V8: one co-count increment costs about as much as one 32-bit AND + popcount.
    useLists = listCost <= ((m * m) / 2) * words;
  }
  if (useLists) {
    const list = new Int32Array(m);
    for (let t = 0; t < T; t++) {
      let k = 0;
      const base = t * N;
      for (let i = 0; i < N; i++) if (data[base + i] === 1 && pos[i] >= 0) list[k++] = pos[i];
      for (let a = 0; a < k; a++) {
        const row = list[a] * m;
        for (let b = a + 1; b < k; b++) co[row + list[b]]++;
      }
    }
    return co;
  }
  const bits = new Int32Array(m * words);
  for (let t = 0; t < T; t++) {
    const base = t * N;
    const w = t >>> 5;
    const bit = 1 << (t & 31);
    for (let p = 0; p < m; p++) if (data[base + neurons[p]] === 1) bits[p * words + w] |= bit;
  }
  for (let p = 0; p < m; p++) {
    const bp = p * words;
    for (let q = p + 1; q < m; q++) {
      const bq = q * words;
      let c = 0;
      for (let w = 0; w < words; w++) {
        let x = bits[bp + w] & bits[bq + w];
        x -= (x >>> 1) & 0x55555555;
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        c += (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
      }
      co[p * m + q] = c;
    }
  }
  return co;
}
