/**
 * The lognormal preset's network (spec experiments.md §4.2, Zheng, Dimitrakakis & Triesch 2013,
 * after `chrhartm/SORN` examples/zheng2013/param_noinput.py): the "zheng2013" SORN preset with
 * every value pinned here, so a change of the package's defaults cannot move it —
 *
 *   ne 200 (ni 40), no input (nu 0), E→E sparse λ_ee 20 (10 %), I→E 20 % (λ_ei 40 out-degree),
 *   η_stdp 0.004, η_inhib 0.001, η_ip 0.01, h_ip 0.1 (explicit: 2·nu/ne would be 0), SP p 0.1 per
 *   step with new weight 0.001, te_max 1, ti_max 0.5, all five rules on, noise on E and I with
 *   σ = √0.05 ≈ 0.2236 (the source file's `noise_sig`; **the package's default is 0.04**, spec
 *   §6 Q5 — `noiseSigma` changes it).
 *
 * Seed S is the engine seed (`np.random.seed(S); random.seed(S)`); nothing else is random.
 */
import { presetNamed } from "../../models/sorn/presets";
import type { SornParams } from "../../models/sorn/params";

/** The source's noise: σ = √0.05 (standard deviation). */
export const ZHENG_NOISE_SIGMA = Math.sqrt(0.05);

/** Defaults of a lognormal job. */
export const LOGNORMAL_DEFAULTS = {
  steps: 200_000,
  /** Connection fraction recorded every K steps. */
  every: 1_000,
  /** Weight snapshots besides the last step (those < steps are taken). */
  checkpoints: [10_000, 100_000] as readonly number[],
  /** Bins of log₁₀ w over [−2, 0]. */
  bins: 20,
} as const;

/** The network of the module comment, with noise σ = `noiseSigma`. */
export function lognormalParams(noiseSigma = ZHENG_NOISE_SIGMA): Partial<SornParams> {
  return {
    ...presetNamed("zheng2013").params,
    ne: 200,
    nu: 0,
    network_type_ee: "Sparse",
    network_type_ei: "Sparse",
    network_type_ie: "Dense",
    lambda_ee: 20,
    lambda_ei: 40,
    eta_stdp: 0.004,
    eta_inhib: 0.001,
    eta_ip: 0.01,
    h_ip: 0.1,
    sp_prob: 0.1,
    sp_weight: 0.001,
    te_max: 1,
    ti_max: 0.5,
    noise_sigma: noiseSigma,
  };
}
