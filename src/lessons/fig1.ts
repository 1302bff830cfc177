/**
 * Florian (2007) Fig. 1 as lesson quantities: the weight curve w(t), t = 0…200 ms, of one synapse
 * under reward-modulated STDP, computed by the Spikey models' own rules (`florianFig1`: pre spikes
 * at 5, 80, 115, 135 ms, post at 10, 70, 110, 140; reward +1 before 100 ms, −1 after; γ 0.2,
 * τ_z 25 ms, τ± 20 ms, w0 0.2). MSTDP: Δw = γ·r(t)·ζ(t) with ζ the STDP of the moment; MSTDPET:
 * Δw = γ·r(t)·z(t), the eligibility trace τ_z·dz/dt = −z + ζ. Computed once per rule.
 */
import { FIG1_RULES, florianFig1 } from "../models/spikey/synapses/florian-fig1";

/** What a lesson reads of one rule's curve. */
export const FIG1_FIELDS = ["final", "peak", "peakAt", "flip"] as const;

const cache = new Map<string, Record<(typeof FIG1_FIELDS)[number], number>>();

/** `field` of `rule`'s curve: w(200), the peak weight, the time of the peak (ms), w at the reward's flip (100 ms). */
export function fig1Value(rule: (typeof FIG1_RULES)[number], field: (typeof FIG1_FIELDS)[number]): number {
  let v = cache.get(rule);
  if (!v) {
    const { w } = florianFig1(rule);
    let peakAt = 0;
    for (let t = 1; t < w.length; t++) if (w[t] > w[peakAt]) peakAt = t;
    v = { final: w[w.length - 1], peak: w[peakAt], peakAt, flip: w[100] };
    cache.set(rule, v);
  }
  return v[field];
}

/** The quantity names, `fig1.<rule>.<field>`. */
export const FIG1_QUANTITIES = FIG1_RULES.flatMap((rule) => FIG1_FIELDS.map((field) => ({ name: `fig1.${rule}.${field}`, rule, field })));
