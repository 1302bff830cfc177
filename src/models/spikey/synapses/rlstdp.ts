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
 *
 * The update's loops: `spikey-kernel.ts` (WebAssembly, the default for matrices of ≥ 256 entries)
 * or `spikey-pass.ts` (JavaScript); both bit-identical (src/models/spikey/spikey-kernel.test.ts).
 */
import { num } from "../keys";
import type { SpikeLog } from "../types";
import type { WeightMatrix } from "../parts/weights";
import { SpikeyStdpKernel } from "./spikey-kernel";
import { SpikeyStdpPass } from "./spikey-pass";
import type { SynapsePart, SynapseRule } from "./types";

/**
 * Which loop runs the update: "auto" = the WebAssembly kernel for matrices of ≥ 256 entries
 * (where there is WebAssembly), else the JavaScript pass; "js" / "wasm" force one ("wasm" falls
 * back to "js" without WebAssembly). Both give bit-identical weights.
 */
export type StdpEngine = "auto" | "js" | "wasm";

/** RLSTDP (both halves) or LTP (causal half only). */
export class SpikeyStdp implements SynapseRule {
  learning = true;
  trace = 0;
  private lr: number;
  private decay: number;
  private readonly window: number;
  /** k(Δ) for Δ = 0 … W − 1. */
  private readonly table: Float64Array;
  private readonly pass: SpikeyStdpPass | SpikeyStdpKernel;
  /** The loop in use: "wasm" (the kernel) or "js". */
  readonly engine: "js" | "wasm";
  private lastLog: SpikeLog | null = null;
  private lastPolarities: Float32Array | null = null;

  constructor(
    weights: WeightMatrix,
    v: Readonly<Record<string, unknown>>,
    private readonly ltd: boolean,
    engine: StdpEngine = "auto",
  ) {
    this.window = num(v, "stdp_window");
    this.lr = num(v, "learning_rate");
    this.decay = num(v, "trace_decay");
    this.table = Float64Array.from({ length: this.window }, (_, d) => this.kernel(d));
    const big = weights.rows * weights.cols >= 256;
    const kernel = engine === "wasm" || (engine === "auto" && big) ? SpikeyStdpKernel.create(weights, this.table, ltd) : null;
    this.pass = kernel ?? new SpikeyStdpPass(weights, this.table, ltd);
    this.engine = kernel ? "wasm" : "js";
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

  /** One STDP update at the log's newest step with scale η·z (the loop is in `spikey-pass.ts`). */
  apply(log: SpikeLog, pol: Float32Array, scale: number): void {
    this.pass.run(log, pol, scale);
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
