/**
 * One step of Spikey's RLSTDP / LTP weight update (spec spikey.md §1.7), the hot loop of the
 * rate-coded presets, written to visit only the synapses that change. With W = stdp_window,
 * k(Δ) the rule's kernel, p_u = ±1 and s = η·z (see `rlstdp.ts`), at the log's newest step t:
 *
 *   post P = the units that fired at t − 1 (log row t − 2, STDP runs one step behind);
 *   credit(u) = s · p_u · Σ_{Δ = 1 … W−2, u fired at t−1−Δ} k(Δ)   (summed in ascending Δ);
 *   Δw[u][c] = credit(u)·[n_inputs + c ∈ P] − ltd·[u ∈ P]·credit(n_inputs + c);
 *   w[u][c] ← clip(w[u][c] + Δw[u][c], 0, max_weight) for every existing synapse with Δw ≠ 0,
 *
 * one float32 store per synapse per step (both halves summed first, then clipped, as Spikey).
 * Rows are visited once: the pre units (credit ≠ 0) and, with LTD, the post units. A row whose
 * unit is not post only changes in the post columns, so it walks the (short) list of post body
 * neurons and tests the mask — or its own synapse list when that is shorter; a post row (LTD)
 * walks its whole synapse list. The arithmetic of every Δw and store is the same as a dense scan
 * (credit sums in the same order, the same double expression, the same clip), so the weights
 * are bit-identical to it; only the visiting order of independent synapses differs.
 */
import type { SpikeLog } from "../types";
import type { WeightMatrix } from "../parts/weights";
import { SpikeyCredit } from "./spikey-credit";

/** clip(x, 0, M) as Spikey's update does it (NaN → 0). */
const clip = (x: number, M: number): number => (x > M ? M : x > 0 ? x : 0);

/** Scratch of one rule's update (nothing is allocated per step). */
export class SpikeyStdpPass {
  private readonly credits: SpikeyCredit;
  private readonly credit: Float64Array;
  /** credit of the body neurons (a view of `credit` from n_inputs on). */
  private readonly bodyCredit: Float64Array;
  private readonly pre: Int32Array;
  private readonly isPost: Uint8Array;
  /** 1 at the columns of the body neurons in P, else 0 (the dense form of `postCols`). */
  private readonly postCol: Float64Array;
  private readonly postCols: Int32Array;

  /** `table[Δ]` = k(Δ) for Δ = 0 … W − 1; `ltd`: RLSTDP's depression half on. */
  constructor(
    private readonly weights: WeightMatrix,
    table: Float64Array,
    private readonly ltd: boolean,
  ) {
    this.credits = new SpikeyCredit(weights.rows, table);
    this.credit = this.credits.credit;
    this.bodyCredit = this.credit.subarray(weights.nInputs);
    this.pre = this.credits.pre;
    this.isPost = new Uint8Array(weights.rows);
    this.postCol = new Float64Array(weights.cols);
    this.postCols = new Int32Array(weights.cols);
  }

  /** The update at the log's newest step with scale s = η·z (nothing when s = 0 or nobody fired at t − 1). */
  run(log: SpikeLog, pol: Float32Array, scale: number): void {
    if (scale === 0) return;
    const postStep = log.t - 2;
    const nPost = log.count(postStep);
    if (nPost === 0) return;
    const nPre = this.credits.gather(log, pol, scale);
    if (nPre === 0) return;
    const idx = log.indices;
    const postOff = log.offset(postStep);
    const { credit, pre, isPost, postCol, postCols } = this;
    const nInputs = this.weights.nInputs;
    let nCols = 0;
    for (let m = 0; m < nPost; m++) {
      const u = idx[postOff + m];
      isPost[u] = 1;
      if (u >= nInputs) {
        postCol[u - nInputs] = 1;
        postCols[nCols++] = u - nInputs;
      }
    }
    const { w, cols, maxWeight, rowStart, colIndex, mask } = this.weights;
    const ltd = this.ltd;
    for (let a = 0; a < nPre; a++) {
      const u = pre[a];
      const up = credit[u];
      if (ltd && isPost[u] === 1) {
        this.fullRow(u, up);
        continue;
      }
      // A pre row that is not post: only the post columns change, by + credit(u).
      const start = rowStart[u];
      const end = rowStart[u + 1];
      const base = u * cols;
      if (end - start <= nCols) {
        for (let k = start; k < end; k++) {
          const i = base + colIndex[k];
          if (postCol[colIndex[k]] === 0) continue;
          const x = w[i] + up;
          w[i] = clip(x, maxWeight);
        }
      } else {
        for (let j = 0; j < nCols; j++) {
          const i = base + postCols[j];
          if (mask[i] === 0) continue;
          const x = w[i] + up;
          w[i] = clip(x, maxWeight);
        }
      }
    }
    // Post rows that are not pre (LTD only): Δw = −credit(n_inputs + c) on the whole row.
    if (this.ltd) for (let m = 0; m < nPost; m++) {
      const u = idx[postOff + m];
      if (credit[u] === 0) this.fullRow(u, 0);
    }
    this.credits.clear(nPre);
    for (let m = 0; m < nPost; m++) {
      const u = idx[postOff + m];
      isPost[u] = 0;
      if (u >= nInputs) postCol[u - nInputs] = 0;
    }
  }

  /** Row u of a unit in P (LTD): Δw[u][c] = up·[c ∈ P] − credit(n_inputs + c) on every existing synapse. */
  private fullRow(u: number, up: number): void {
    const { w, cols, maxWeight, rowStart, colIndex } = this.weights;
    const { postCol, bodyCredit } = this;
    const base = u * cols;
    const start = rowStart[u];
    const end = rowStart[u + 1];
    if (end === start) return;
    if (colIndex[end - 1] - colIndex[start] === end - start - 1) {
      // The row's synapses are one run of columns (layer blocks): index them directly.
      for (let c = colIndex[start], c1 = c + (end - start); c < c1; c++) {
        const delta = up * postCol[c] - bodyCredit[c];
        if (delta === 0) continue;
        const x = w[base + c] + delta;
        w[base + c] = clip(x, maxWeight);
      }
      return;
    }
    for (let k = start; k < end; k++) {
      const c = colIndex[k];
      const delta = up * postCol[c] - bodyCredit[c];
      if (delta === 0) continue;
      const x = w[base + c] + delta;
      w[base + c] = clip(x, maxWeight);
    }
  }
}
