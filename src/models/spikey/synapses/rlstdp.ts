/**
 * Spikey's reward-modulated STDP, kept compatible so its experiments reproduce (spec spikey.md
 * §1.7). W = stdp_window, η = learning_rate, z = the scalar "trace" (a low-pass of past reward,
 * not a per-synapse eligibility), p_u = ±1 the polarity of unit u.
 *
 * At step t the rule reads the window of rows t−W … t−1 (the current row excluded: STDP runs one
 * step behind, as Spikey's does). "Post" = the units that fired at t−1; "pre" = those that fired
 * in rows t−W … t−2, a spike Δ = (t−1) − row steps before the post row weighing
 *   RLSTDP: k(Δ) = (W − 1 − Δ)/(W − 2)   (1 at Δ = 1, 0 at Δ = W − 1),
 *   LTP:    k(Δ) = (W − 1 − Δ)/W          (not normalised, Spikey's lr/W scaling).
 * credit(u) = η · z · p_u · Σ_spikes k(Δ).
 * - LTP half: w[u → c] += credit(u) for every pre unit u and every body post c that fired at t−1.
 * - LTD half (RLSTDP only), through the reverse synapse: w[p → q] −= credit(q) for every unit p
 *   that fired at t−1 and every body neuron q in the pre rows.
 * Then the touched weights are clipped to [0, max_weight] (masked ones stay 0).
 *
 * Trace: with trace_decay < 1, each step applies STDP with the current z and then
 * z ← z(1 − trace_decay); reward r adds: z ← z + r. With trace_decay = 1 (Spikey's default,
 * "RLSTDPET → RLSTDP"), `update` only remembers its window and `reward(r)` sets z = r and applies
 * STDP once to that last window.
 */
import { num } from "../keys";
import type { SpikeLog } from "../types";
import type { WeightMatrix } from "../parts/weights";
import type { SynapsePart, SynapseRule } from "./types";

/** RLSTDP (both halves) or LTP (causal half only). */
export class SpikeyStdp implements SynapseRule {
  learning = true;
  trace = 0;
  private lr: number;
  private decay: number;
  private readonly window: number;
  private readonly credit: Float64Array;
  /** credit of the body neurons (a view of `credit` from n_inputs on). */
  private readonly bodyCredit: Float64Array;
  /** k(Δ) for Δ = 0 … W − 1. */
  private readonly table: Float64Array;
  private readonly pre: Int32Array;
  private readonly rowList: Int32Array;
  private readonly isPost: Uint8Array;
  private readonly postCol: Float64Array;
  private lastLog: SpikeLog | null = null;
  private lastPolarities: Float32Array | null = null;

  constructor(
    private readonly weights: WeightMatrix,
    v: Readonly<Record<string, unknown>>,
    private readonly ltd: boolean,
  ) {
    this.window = num(v, "stdp_window");
    this.lr = num(v, "learning_rate");
    this.decay = num(v, "trace_decay");
    this.credit = new Float64Array(weights.rows);
    this.bodyCredit = this.credit.subarray(weights.nInputs);
    this.table = Float64Array.from({ length: this.window }, (_, d) => this.kernel(d));
    this.pre = new Int32Array(weights.rows);
    this.rowList = new Int32Array(2 * weights.rows);
    this.isPost = new Uint8Array(weights.rows);
    this.postCol = new Float64Array(weights.cols);
  }

  /** k(Δ) for 1 ≤ Δ ≤ W − 1 (0 elsewhere): the kernel this rule gives a pre spike Δ steps before post. */
  kernel(delta: number): number {
    const W = this.window;
    if (delta < 1 || delta > W - 1) return 0;
    return this.ltd ? (W - 1 - delta) / (W - 2) : (W - 1 - delta) / W;
  }

  update(log: SpikeLog, polarities: Float32Array): void {
    if (this.decay >= 1) {
      this.lastLog = log;
      this.lastPolarities = polarities;
      return;
    }
    if (this.learning) this.apply(log, polarities, this.lr * this.trace);
    this.trace *= 1 - this.decay;
  }

  reward(r: number): void {
    if (this.decay >= 1) {
      this.trace = r;
      if (this.learning && this.lastLog && this.lastPolarities) this.apply(this.lastLog, this.lastPolarities, this.lr * this.trace);
      return;
    }
    this.trace += r;
  }

  /**
   * One STDP update at the log's newest step t with scale η·z. Both halves in one pass over the
   * existing synapses of the rows involved: Δw[u][c] = credit(u)·[c fired at t−1] −
   * [u fired at t−1]·credit(n_inputs + c), then the clip (Spikey adds both halves, then clips).
   */
  apply(log: SpikeLog, pol: Float32Array, scale: number): void {
    if (scale === 0) return;
    const postStep = log.t - 2;
    const nPost = log.count(postStep);
    if (nPost === 0) return;
    const idx = log.indices;
    const postOff = log.offset(postStep);
    const { credit, pre, isPost, postCol, table } = this;
    let nPre = 0;
    for (let d = 1; d < this.window - 1; d++) {
      const step = postStep - d;
      const c = log.count(step);
      if (c === 0) continue;
      const k = table[d];
      const off = log.offset(step);
      for (let m = 0; m < c; m++) {
        const u = idx[off + m];
        if (credit[u] === 0) pre[nPre++] = u;
        credit[u] += k;
      }
    }
    if (nPre === 0) return;
    for (let a = 0; a < nPre; a++) credit[pre[a]] *= pol[pre[a]] * scale;
    const { w, cols, nInputs, maxWeight, rowStart, colIndex } = this.weights;
    for (let m = 0; m < nPost; m++) {
      const u = idx[postOff + m];
      isPost[u] = 1;
      if (u >= nInputs) postCol[u - nInputs] = 1;
    }
    const ltd = this.ltd ? 1 : 0;
    const rows = this.rowsTouched(nPre, nPost, idx, postOff);
    const rowList = this.rowList;
    const bodyCredit = this.bodyCredit;
    for (let a = 0; a < rows; a++) {
      const u = rowList[a];
      const up = credit[u];
      const down = ltd * isPost[u];
      const base = u * cols;
      const start = rowStart[u];
      const end = rowStart[u + 1];
      if (end === start) continue;
      if (colIndex[end - 1] - colIndex[start] === end - start - 1) {
        // The row's synapses are one run of columns (layer blocks): index them directly.
        const c0 = colIndex[start];
        const c1 = c0 + (end - start);
        if (down === 0) {
          for (let c = c0; c < c1; c++) {
            if (postCol[c] === 0) continue;
            const x = w[base + c] + up;
            w[base + c] = x > maxWeight ? maxWeight : x > 0 ? x : 0;
          }
        } else {
          for (let c = c0; c < c1; c++) {
            const delta = up * postCol[c] - down * bodyCredit[c];
            if (delta === 0) continue;
            const x = w[base + c] + delta;
            w[base + c] = x > maxWeight ? maxWeight : x > 0 ? x : 0;
          }
        }
        continue;
      }
      for (let k = start; k < end; k++) {
        const c = colIndex[k];
        const delta = up * postCol[c] - down * bodyCredit[c];
        if (delta === 0) continue;
        const x = w[base + c] + delta;
        w[base + c] = x > maxWeight ? maxWeight : x > 0 ? x : 0;
      }
    }
    for (let a = 0; a < nPre; a++) credit[pre[a]] = 0;
    for (let m = 0; m < nPost; m++) {
      const u = idx[postOff + m];
      isPost[u] = 0;
      if (u >= nInputs) postCol[u - nInputs] = 0;
    }
  }

  /** The rows an update touches: the pre units, and (with LTD) the post units; into rowList, each once. */
  private rowsTouched(nPre: number, nPost: number, idx: Int32Array, postOff: number): number {
    let n = 0;
    for (let a = 0; a < nPre; a++) this.rowList[n++] = this.pre[a];
    if (this.ltd) for (let m = 0; m < nPost; m++) {
      const u = idx[postOff + m];
      if (this.credit[u] === 0) this.rowList[n++] = u;
    }
    return n;
  }

  set(name: string, value: number): boolean {
    if (name === "learning_rate") this.lr = value;
    else if (name === "trace_decay") this.decay = value;
    else return false;
    return true;
  }

  get(name: string): number | undefined {
    return name === "learning_rate" ? this.lr : name === "trace_decay" ? this.decay : undefined;
  }

  reset(): void {
    this.trace = 0;
    this.lastLog = null;
  }
}

const KEYS = [
  { name: "stdp_window", description: "W: steps of spike history STDP reads (the kernel reaches Δ = W − 2).", type: "int", min: 3, max: 10_000 },
  { name: "learning_rate", description: "η: scale of every STDP update.", type: "float", min: 0, max: 1e6 },
  { name: "trace_decay", description: "Fraction of the reward trace lost per step; 1 = apply STDP once per reward to the last window.", type: "float", default: 1, min: 0, max: 1 },
] as const;

/** `RLSTDP`: Spikey's full rule (LTP + LTD, triangular, A+ = A−). */
export const RLSTDP: SynapsePart = {
  name: "RLSTDP",
  description: "Spikey's reward-modulated STDP: a linear triangular window of W steps, LTP and LTD (through the reverse synapse), scaled by η × a scalar reward trace; one step behind.",
  keys: KEYS,
  build: (v, weights) => new SpikeyStdp(weights, v, true),
  window: (v) => num(v, "stdp_window"),
};

/** `LTP`: Spikey's causal half, scaled by η z / W. */
export const LTP: SynapsePart = {
  name: "LTP",
  description: "Spikey's potentiation-only half of RLSTDP, with the ramp unnormalised and scaled by η × trace / W.",
  keys: KEYS,
  build: (v, weights) => new SpikeyStdp(weights, v, false),
  window: (v) => num(v, "stdp_window"),
};
