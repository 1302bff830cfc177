/**
 * Hyperparameters of a SORN, with the Python package's names and defaults (spec §1), plus the
 * package's hidden constants made explicit (spec §10.3). One table describes every parameter:
 * the engine validates against it, the command line parses it, the lab renders it.
 */

import { defaultValues, mergeParams } from "../params/codec";
import { SornInputError } from "../params/error";
import type { ParamSpec } from "../params/schema";

export { SornInputError };

/** How a connection matrix is built: sparse with a mean degree λ, or all-to-all. */
export type NetworkType = "Sparse" | "Dense";

/** Every hyperparameter of one run. Nothing persists between runs (a fix, spec §10.2). */
export interface SornParams {
  /** Number of excitatory neurons. The number of inhibitory ones is ni = trunc(0.2·ne). */
  ne: number;
  /** Number of input units; input u_i goes straight into E neuron i for i < nu. */
  nu: number;
  /** How E→E (Wee) is built. */
  network_type_ee: NetworkType;
  /** How I→E (Wei) is built. */
  network_type_ei: NetworkType;
  /** How E→I (Wie) is built. */
  network_type_ie: NetworkType;
  /** Mean in-degree of an E neuron from E (Sparse Wee). */
  lambda_ee: number;
  /** Mean out-degree of an I neuron onto E (Sparse Wei). */
  lambda_ei: number;
  /** Mean in-degree of an I neuron from E (Sparse Wie; the package only builds Dense). */
  lambda_ie: number;
  /** STDP step η_stdp: ΔWee[j,i] = η_stdp·(x_i(t+1)·x_j(t) − x_i(t)·x_j(t+1)). */
  eta_stdp: number;
  /** iSTDP step η_inhib: ΔWei[k,i] = −η_inhib·y_k(t)·(1 − x_i(t+1)·(1 + 1/μ_ip)). */
  eta_inhib: number;
  /** Intrinsic plasticity step η_ip: ΔTe_i = η_ip·(x_i(t+1) − h_ip). */
  eta_ip: number;
  /** Lower bound of the initial E thresholds and of Te after IP. */
  te_min: number;
  /** Upper bound of the initial E thresholds and of Te after IP. */
  te_max: number;
  /** Lower bound of the initial I thresholds (Ti never changes). */
  ti_min: number;
  /** Upper bound of the initial I thresholds. */
  ti_max: number;
  /** μ_ip: enters only iSTDP, as the factor (1 + 1/μ_ip). */
  mu_ip: number;
  /** σ_ip: spread of the per-neuron IP targets, h_i ~ N(h_ip, σ_ip²) (Zheng et al. 2013). 0 = one target. */
  sigma_ip: number;
  /** IP target rate h_ip; null means the package's 2·nu/ne. */
  h_ip: number | null;
  /** Standard deviation of the Gaussian noise added to every E and I drive. */
  noise_sigma: number;
  /** Probability per step that structural plasticity creates one synapse. */
  sp_prob: number;
  /** Weight of a synapse created by structural plasticity. */
  sp_weight: number;
  /** Synapses at or below this weight after STDP/iSTDP are pruned (set to 0). */
  w_min: number;
  /** Weights above this after STDP/iSTDP are clipped to it. */
  w_max: number;
}

/** 'plasticity' runs the rules (minus `freeze`); 'training' runs none. */
export const PHASES = ["plasticity", "training"] as const;
export type Phase = (typeof PHASES)[number];

/** One row of SORN's parameter table: the generic {@link ParamSpec} with SORN's names and groups. */
export interface SornParamSpec extends ParamSpec {
  readonly name: keyof SornParams;
  readonly group: "Network" | "Connectivity" | "Plasticity" | "Thresholds" | "Noise and structure";
}

/** How a connection matrix may be built, for the "choice" parameters network_type_*. */
const NETWORK_TYPES: readonly NetworkType[] = ["Sparse", "Dense"];

/** SORN's parameter schema, in display order (the registry serves it as `family("sorn").schema`). */
export const PARAM_SPECS: readonly SornParamSpec[] = [
  { name: "ne", group: "Network", kind: "int", default: 200, min: 5, max: 100000, structural: true, description: "Excitatory neurons; inhibitory ones are trunc(0.2·ne)." },
  { name: "nu", group: "Network", kind: "int", default: 10, min: 0, structural: true, description: "Input units, each driving one E neuron (0..nu−1)." },
  { name: "network_type_ee", group: "Connectivity", kind: "choice", default: "Sparse", choices: NETWORK_TYPES, structural: true, description: "E→E matrix: Sparse (mean in-degree λ_ee) or Dense." },
  { name: "network_type_ei", group: "Connectivity", kind: "choice", default: "Sparse", choices: NETWORK_TYPES, structural: true, description: "I→E matrix: Sparse (mean out-degree λ_ei) or Dense." },
  { name: "network_type_ie", group: "Connectivity", kind: "choice", default: "Dense", choices: NETWORK_TYPES, structural: true, description: "E→I matrix: Dense (the package) or Sparse (mean in-degree λ_ie)." },
  { name: "lambda_ee", group: "Connectivity", kind: "float", default: 20, min: 0, structural: true, description: "Mean number of E inputs per E neuron." },
  { name: "lambda_ei", group: "Connectivity", kind: "float", default: 40, min: 0, structural: true, description: "Mean number of E targets per I neuron." },
  { name: "lambda_ie", group: "Connectivity", kind: "float", default: 100, min: 0, structural: true, description: "Mean number of E inputs per I neuron (Sparse E→I only)." },
  { name: "eta_stdp", group: "Plasticity", kind: "float", default: 0.004, min: 0, max: 1, structural: false, description: "STDP learning rate on E→E weights." },
  { name: "eta_inhib", group: "Plasticity", kind: "float", default: 0.001, min: 0, max: 1, structural: false, description: "Inhibitory STDP learning rate on I→E weights." },
  { name: "eta_ip", group: "Plasticity", kind: "float", default: 0.01, min: 0, max: 1, structural: false, description: "Intrinsic plasticity rate on E thresholds." },
  { name: "mu_ip", group: "Plasticity", kind: "float", default: 0.1, min: 1e-6, max: 1, structural: false, description: "μ_ip; iSTDP potentiates by η_inhib·(1/μ_ip) when the target fires." },
  { name: "sigma_ip", group: "Plasticity", kind: "float", default: 0, min: 0, max: 1, structural: true, description: "Spread of per-neuron IP targets N(h_ip, σ²); 0 = one shared target." },
  { name: "h_ip", group: "Plasticity", kind: "floatOrAuto", default: null, min: 0, max: 1, structural: true, description: "IP target firing rate; blank = 2·nu/ne as in the package." },
  { name: "te_min", group: "Thresholds", kind: "float", default: 0, min: -10, max: 10, structural: false, description: "Lower bound of E thresholds (initial range and clip)." },
  { name: "te_max", group: "Thresholds", kind: "float", default: 1, min: -10, max: 10, structural: false, description: "Upper bound of E thresholds (initial range and clip)." },
  { name: "ti_min", group: "Thresholds", kind: "float", default: 0, min: -10, max: 10, structural: true, description: "Lower bound of the initial I thresholds." },
  { name: "ti_max", group: "Thresholds", kind: "float", default: 0.5, min: -10, max: 10, structural: true, description: "Upper bound of the initial I thresholds." },
  { name: "noise_sigma", group: "Noise and structure", kind: "float", default: 0.04, min: 0, max: 10, structural: false, description: "Std of the Gaussian noise on every drive (when noise is on)." },
  { name: "sp_prob", group: "Noise and structure", kind: "float", default: 0.1, min: 0, max: 1, structural: false, description: "Chance per step that structural plasticity adds one E→E synapse." },
  { name: "sp_weight", group: "Noise and structure", kind: "float", default: 0.001, min: 1e-12, max: 1, structural: false, description: "Weight of a synapse added by structural plasticity." },
  { name: "w_min", group: "Noise and structure", kind: "float", default: 0, min: 0, max: 1, structural: false, description: "Weights at or below this after STDP/iSTDP are pruned to 0." },
  { name: "w_max", group: "Noise and structure", kind: "float", default: 1, min: 1e-12, max: 1e6, structural: false, description: "Weights above this after STDP/iSTDP are clipped to it." },
];

/** The package's defaults (spec §1 and §10.3). */
export const DEFAULT_PARAMS: Readonly<SornParams> = Object.freeze(
  defaultValues(PARAM_SPECS) as unknown as SornParams,
);

/** ni = trunc(0.2·ne), as the package computes it: the one place SORN's I count is derived. */
export function inhibitoryCount(ne: number): number {
  return Math.trunc(0.2 * ne);
}

/** The IP target: the explicit h_ip, or the package's (2·nu)/ne. */
export function ipTarget(p: SornParams): number {
  return p.h_ip ?? (2 * p.nu) / p.ne;
}

/**
 * Merge `overrides` onto the defaults and validate every value: unknown names, wrong types,
 * non-finite numbers and out-of-range values (the codec's `checkParam`) and inconsistent pairs
 * (SORN's own rules) all throw a SornInputError naming the parameter.
 */
export function resolveParams(overrides: Partial<Record<string, unknown>> = {}): SornParams {
  const p = mergeParams(PARAM_SPECS, DEFAULT_PARAMS, overrides) as unknown as SornParams;
  checkConsistency(p);
  return p;
}

function checkConsistency(p: SornParams): void {
  const ni = inhibitoryCount(p.ne);
  if (p.nu > p.ne) throw new SornInputError("nu", `must be ≤ ne (${p.ne}), got ${p.nu}`);
  if (p.network_type_ee === "Sparse" && p.lambda_ee > p.ne - 1) throw new SornInputError("lambda_ee", `is an in-degree and must be ≤ ne−1 (${p.ne - 1}), got ${p.lambda_ee}`);
  if (p.network_type_ei === "Sparse" && p.lambda_ei > p.ne) throw new SornInputError("lambda_ei", `is an out-degree onto E and must be ≤ ne (${p.ne}), got ${p.lambda_ei}`);
  if (p.network_type_ie === "Sparse" && p.lambda_ie > p.ne) throw new SornInputError("lambda_ie", `is an in-degree from E and must be ≤ ne (${p.ne}), got ${p.lambda_ie}`);
  if (p.te_min > p.te_max) throw new SornInputError("te_min", `must be ≤ te_max (${p.te_max}), got ${p.te_min}`);
  if (p.ti_min > p.ti_max) throw new SornInputError("ti_min", `must be ≤ ti_max (${p.ti_max}), got ${p.ti_min}`);
  if (p.w_min >= p.w_max) throw new SornInputError("w_min", `must be < w_max (${p.w_max}), got ${p.w_min}`);
  if (p.sp_weight <= p.w_min || p.sp_weight > p.w_max) throw new SornInputError("sp_weight", `must lie in (w_min, w_max] = (${p.w_min}, ${p.w_max}], got ${p.sp_weight}`);
  if (ni < 1) throw new SornInputError("ne", `must give at least one inhibitory neuron (ne ≥ 5), got ${p.ne}`);
}
