/**
 * Florian (2007) reward-modulated STDP, with per-synapse eligibility (spec spikey.md §1.7, §6;
 * Florian eqs 7–8, 42–44). For a synapse u → c (pre unit u, post body neuron c):
 *
 *   P⁺_u: pre trace, jumps by A⁺ at each pre spike, decays with τ⁺;
 *   P⁻_c: post trace, jumps by A⁻ at each post spike, decays with τ⁻;
 *   ξ_uc(t) = Φ_c(t) P⁺_u(t) + Φ_u(t) P⁻_c(t)   (Φ = spike trains, sums of Dirac deltas);
 *   MSTDP:   dw/dt = γ r(t) ξ(t);
 *   MSTDPET: τ_z dz/dt = −z + ξ,  dw/dt = γ r(t) z(t).
 * An inhibitory pre unit's ξ is multiplied by its polarity −1 (weights are magnitudes, the sign
 * rides on the spike; the Spikey-style convention, our choice where Florian is silent).
 *
 * Discretisation (exact for spikes on whole steps and r constant within a step, which is how the
 * network runs): at step t, `update` applies the jumps of this step's spikes using the traces
 * just before them (a pre and a post spike at the same t do not pair), then P± jump; `reward(r)`
 * closes the interval [t, t+1) with reward level r:
 *   MSTDPET: z ← z + ξ/τ_z at the spikes; w ← w + γ r z τ_z (1 − e^{−1/τ_z}); z ← z e^{−1/τ_z};
 *   MSTDP:   w ← w + γ r ξ;
 *   then P± ← P± e^{−1/τ±}. A step that gets no reward closes with r = 0. A reward given between
 * ticks (no open step) is a delta pulse: MSTDPET w ← w + γ r z. Weights are clipped to
 * [0, max_weight] after each change; masked synapses stay 0.
 */
import { num } from "../keys";
import type { SpikeLog } from "../types";
import type { WeightMatrix } from "../parts/weights";
import type { SynapsePart, SynapseRule } from "./types";

export class FlorianStdp implements SynapseRule {
  learning = true;
  private gamma: number;
  private readonly aPlus: number;
  private readonly aMinus: number;
  private readonly decayPlus: number;
  private readonly decayMinus: number;
  private readonly tauZ: number;
  private readonly decayZ: number;
  /** P⁺ per unit (inputs and body), P⁻ per body neuron. */
  readonly pPlus: Float64Array;
  readonly pMinus: Float64Array;
  /** Per-synapse eligibility z (MSTDPET) or this step's ξ (MSTDP), (N_in+N) × N. */
  readonly z: Float64Array;
  private open = false;

  constructor(
    private readonly weights: WeightMatrix,
    v: Readonly<Record<string, unknown>>,
    private readonly eligibility: boolean,
  ) {
    this.gamma = num(v, "learning_rate");
    this.aPlus = num(v, "a_plus");
    this.aMinus = num(v, "a_minus");
    this.decayPlus = Math.exp(-1 / num(v, "tau_plus"));
    this.decayMinus = Math.exp(-1 / num(v, "tau_minus"));
    this.tauZ = eligibility ? num(v, "tau_z") : 1;
    this.decayZ = Math.exp(-1 / this.tauZ);
    this.pPlus = new Float64Array(weights.rows);
    this.pMinus = new Float64Array(weights.cols);
    this.z = new Float64Array(weights.rows * weights.cols);
  }

  update(log: SpikeLog, pol: Float32Array): void {
    if (this.open) this.close(0);
    const t = log.t - 1;
    const n = log.count(t);
    const idx = log.indices;
    const off = log.offset(t);
    const { mask, cols, rows, nInputs } = this.weights;
    const scale = 1 / this.tauZ;
    for (let m = 0; m < n; m++) {
      const u = idx[off + m];
      const base = u * cols;
      const s = pol[u] * scale;
      for (let c = 0; c < cols; c++) if (mask[base + c] && this.pMinus[c] !== 0) this.z[base + c] += s * this.pMinus[c];
      const post = u - nInputs;
      if (post >= 0) {
        for (let r = 0; r < rows; r++) if (mask[r * cols + post] && this.pPlus[r] !== 0) this.z[r * cols + post] += pol[r] * scale * this.pPlus[r];
      }
    }
    for (let m = 0; m < n; m++) {
      const u = idx[off + m];
      this.pPlus[u] += this.aPlus;
      if (u >= nInputs) this.pMinus[u - nInputs] += this.aMinus;
    }
    this.open = true;
  }

  reward(r: number): void {
    if (this.open) this.close(r);
    else if (this.eligibility && this.learning && r !== 0) this.addToWeights(this.gamma * r);
  }

  /** Close [t, t+1) with reward level r. */
  private close(r: number): void {
    if (this.learning && r !== 0) this.addToWeights(this.gamma * r * (this.eligibility ? this.tauZ * (1 - this.decayZ) : 1));
    if (this.eligibility) {
      const z = this.z;
      for (let i = 0; i < z.length; i++) z[i] *= this.decayZ;
    } else this.z.fill(0);
    for (let u = 0; u < this.pPlus.length; u++) this.pPlus[u] *= this.decayPlus;
    for (let c = 0; c < this.pMinus.length; c++) this.pMinus[c] *= this.decayMinus;
    this.open = false;
  }

  private addToWeights(k: number): void {
    const { w, mask, maxWeight } = this.weights;
    const z = this.z;
    for (let i = 0; i < w.length; i++) {
      if (!mask[i] || z[i] === 0) continue;
      const x = w[i] + k * z[i];
      w[i] = !(x > 0) ? 0 : x > maxWeight ? maxWeight : x;
    }
  }

  set(name: string, value: number): boolean {
    if (name !== "learning_rate") return false;
    this.gamma = value;
    return true;
  }

  get(name: string): number | undefined {
    return name === "learning_rate" ? this.gamma : undefined;
  }

  reset(): void {
    this.pPlus.fill(0);
    this.pMinus.fill(0);
    this.z.fill(0);
    this.open = false;
  }
}

const STDP_KEYS = [
  { name: "learning_rate", description: "γ: the learning rate (dw/dt = γ r z, or γ r ξ).", type: "float", min: 0, max: 1e6 },
  { name: "a_plus", description: "A⁺: jump of the pre trace P⁺ at a pre spike (potentiation when post follows).", type: "float", default: 1, min: -1e6, max: 1e6 },
  { name: "a_minus", description: "A⁻: jump of the post trace P⁻ at a post spike (depression when pre follows; negative).", type: "float", default: -1, min: -1e6, max: 1e6 },
  { name: "tau_plus", description: "τ⁺ (steps): decay time of P⁺.", type: "float", default: 20, min: 1e-6, max: 1e9 },
  { name: "tau_minus", description: "τ⁻ (steps): decay time of P⁻.", type: "float", default: 20, min: 1e-6, max: 1e9 },
] as const;

/** `MSTDP`: Florian's modulated STDP without eligibility trace. */
export const MSTDP: SynapsePart = {
  name: "MSTDP",
  description: "Florian 2007 MSTDP: dw/dt = γ r(t) ξ(t), ξ = Φ_post P⁺ + Φ_pre P⁻, exponential windows with separate A± and τ±.",
  keys: STDP_KEYS,
  build: (v, weights) => new FlorianStdp(weights, v, false),
  window: () => 1,
};

/** `MSTDPET`: Florian's modulated STDP with a per-synapse eligibility trace. */
export const MSTDPET: SynapsePart = {
  name: "MSTDPET",
  description: "Florian 2007 MSTDPET: τ_z dz/dt = −z + ξ per synapse, dw/dt = γ r(t) z(t); integrated exactly over each step.",
  keys: [...STDP_KEYS, { name: "tau_z", description: "τ_z (steps): decay time of the eligibility trace.", type: "float", default: 25, min: 1e-6, max: 1e9 }],
  build: (v, weights) => new FlorianStdp(weights, v, true),
  window: () => 1,
};
