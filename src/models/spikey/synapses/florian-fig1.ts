/**
 * Florian (2007) Fig. 1 on one synapse (spec spikey.md §3 E3): pre spikes at 5, 80, 115, 135 ms,
 * post at 10, 70, 110, 140; reward r = +1 for t < 100 ms and −1 after; γ 0.2, τ_z 25, τ± 20,
 * A± = ±1, w0 = 0.2, 200 ms of 1-ms steps. The network's own synapse parts run it: unit 0 is the
 * input (pre), unit 1 the body neuron (post), reward every step after `update`.
 *
 * Output: t = 0, 1, …, 200 (ms) and w[t] = the weight at time t, i.e. after steps 0…t−1. For the
 * Florian rules the per-step integral is exact, so w(200) = 0.32161 and the peak 0.41960 at
 * t = 140 (the spec's closed-form oracle). `spikey-rlstdp` is Spikey's rule as its notebook runs
 * it (trace_decay 1, η = 10 · 0.2 / 25, W = 20): its one-step lag puts each jump one step after
 * the spike pairing it credits (the first at t = 12; the spec's "t = 11" counts the step index).
 */
import { SornInputError } from "../../params/error";
import { SpikeLog } from "../types";
import { WeightMatrix } from "../parts/weights";
import { MSTDP, MSTDPET } from "./florian";
import { RLSTDP } from "./rlstdp";
import type { SynapseRule } from "./types";

/** The rules `florian-fig1` runs. */
export const FIG1_RULES = ["mstdpet", "mstdp", "spikey-rlstdp"] as const;
export type Fig1Rule = (typeof FIG1_RULES)[number];

/** The figure's protocol. */
export const FIG1 = {
  pre: [5, 80, 115, 135],
  post: [10, 70, 110, 140],
  flipAt: 100,
  duration: 200,
  gamma: 0.2,
  tauZ: 25,
  tau: 20,
  w0: 0.2,
} as const;

/** Reward level in the step [t, t+1): +1 before the flip, −1 from it on. */
export function fig1Reward(t: number): number {
  return t < FIG1.flipAt ? 1 : -1;
}

function ruleFor(name: Fig1Rule, weights: WeightMatrix): SynapseRule {
  const florian = { learning_rate: FIG1.gamma, a_plus: 1, a_minus: -1, tau_plus: FIG1.tau, tau_minus: FIG1.tau, tau_z: FIG1.tauZ };
  if (name === "mstdpet") return MSTDPET.build(florian, weights);
  if (name === "mstdp") return MSTDP.build(florian, weights);
  return RLSTDP.build({ stdp_window: 20, learning_rate: (10 * 0.2) / 25, trace_decay: 1 }, weights);
}

/** The Fig. 1 weight curve under `rule`: { t, w } with 201 points. */
export function florianFig1(rule: string): { rule: Fig1Rule; t: number[]; w: number[] } {
  if (!(FIG1_RULES as readonly string[]).includes(rule)) throw new SornInputError("rule", `must be one of ${FIG1_RULES.join(", ")}, got '${rule}'`);
  const weights = new WeightMatrix(1, 1, 10, Float32Array.of(FIG1.w0, 0));
  const synapse = ruleFor(rule as Fig1Rule, weights);
  const log = new SpikeLog(2, 32);
  const pol = Float32Array.of(1, 1);
  const spikes = new Float32Array(2);
  const t: number[] = [0];
  const w: number[] = [weights.w[0]];
  for (let step = 0; step < FIG1.duration; step++) {
    spikes[0] = (FIG1.pre as readonly number[]).includes(step) ? 1 : 0;
    spikes[1] = (FIG1.post as readonly number[]).includes(step) ? 1 : 0;
    log.push(spikes);
    synapse.update(log, pol);
    synapse.reward(fig1Reward(step));
    t.push(step + 1);
    w.push(weights.w[0]);
  }
  return { rule: rule as Fig1Rule, t, w };
}
