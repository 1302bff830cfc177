/**
 * The STDP-kernel explorer's data (issue 17 §3, spec spikey.md §6 "stdp_viz"): ΔW against
 * Δt = t_post − t_pre for one synapse, input unit 0 → body neuron 1, under each synapse part, run
 * by the part itself: w(0) = 1 (max_weight 10, so no clipping), a pre spike at step 60 and a post
 * spike at 60 + Δt, reward r = +1 after every step for 200 steps, learning rate 1. Florian's
 * MSTDP then gives ΔW = A⁺e^{−Δt/τ⁺} for Δt > 0 and A⁻e^{Δt/τ⁻} for Δt < 0 (0 at Δt = 0: same-step
 * spikes do not pair); MSTDPET the same shape, scaled by the part of its eligibility trace the
 * remaining reward integrates. Spikey's RLSTDP / LTP use their window W (stdp_window) and one-step
 * lag. An inhibitory pre unit (polarity −1) flips the sign of what its polarity multiplies.
 */
import { WeightMatrix } from "../../models/spikey/parts/weights";
import { MSTDP, MSTDPET } from "../../models/spikey/synapses/florian";
import { LTP, RLSTDP } from "../../models/spikey/synapses/rlstdp";
import type { SynapsePart } from "../../models/spikey/synapses/types";
import { SpikeLog } from "../../models/spikey/types";

/** The rules the explorer runs, by part name. */
export const KERNEL_RULES = ["RLSTDP", "LTP", "MSTDP", "MSTDPET"] as const;
export type KernelRule = (typeof KERNEL_RULES)[number];

const PARTS: Record<KernelRule, SynapsePart> = { RLSTDP, LTP, MSTDP, MSTDPET };
const PRE_AT = 60;
const STEPS = 200;

/** The explorer's settings: Spikey's window W, Florian's τ± (steps), the pre unit's sign, the Δt range. */
export interface KernelOptions {
  readonly window: number;
  readonly tau: number;
  readonly inhibitory: boolean;
  readonly span: number;
}

export const DEFAULT_KERNEL: KernelOptions = { window: 20, tau: 20, inhibitory: false, span: 30 };

function values(rule: KernelRule, o: KernelOptions): Record<string, unknown> {
  if (rule === "RLSTDP" || rule === "LTP") return { stdp_window: o.window, learning_rate: 1, trace_decay: 1 };
  return { learning_rate: 1, a_plus: 1, a_minus: -1, tau_plus: o.tau, tau_minus: o.tau, tau_z: 25 };
}

/** ΔW after one pre/post pair Δt apart under `rule`. */
export function pairDeltaW(rule: KernelRule, dt: number, o: KernelOptions = DEFAULT_KERNEL): number {
  const weights = new WeightMatrix(1, 1, 10, Float32Array.of(1, 0));
  const part = PARTS[rule];
  const v = values(rule, o);
  const synapse = part.build(v, weights);
  const log = new SpikeLog(2, part.window(v) + 2);
  const pol = Float32Array.of(o.inhibitory ? -1 : 1, 1);
  const spikes = new Float32Array(2);
  for (let t = 0; t < STEPS; t++) {
    spikes[0] = t === PRE_AT ? pol[0] : 0;
    spikes[1] = t === PRE_AT + dt ? 1 : 0;
    log.push(spikes);
    synapse.update(log, pol);
    synapse.reward(1);
  }
  return weights.w[0] - 1;
}

/** The kernel of `rule`: ΔW for Δt = −span … span. */
export function stdpKernel(rule: KernelRule, o: KernelOptions = DEFAULT_KERNEL): { dt: number[]; dw: number[] } {
  const dt = Array.from({ length: 2 * o.span + 1 }, (_, i) => i - o.span);
  return { dt, dw: dt.map((d) => pairDeltaW(rule, d, o)) };
}
