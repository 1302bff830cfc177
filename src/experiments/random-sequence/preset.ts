/**
 * The random-sequence preset (spec experiments.md §4.1, after Del Papa's RandomSequenceTask,
 * `delpapa/SORN_V2` RandomSequenceTask/param.py): a SORN driven by i.i.d. uniform symbols, read
 * out for the symbols of the past (fading memory).
 *
 * Network: ne 200 (ni 40), λ_ee 10, dense I↔E (network_type_ei and _ie Dense), η_stdp 0.001,
 * η_ip 0.001, h_ip 0.1 explicit, te_max 0.5, ti_max 0.5, noise off; nu = A · N_U input channels
 * with disjoint pools (symbol k on channels N_U·k … N_U·k + N_U − 1, which feed E neurons with
 * the same indices), or nu = ne with overlapping pools (each symbol's N_U neurons drawn
 * independently, so two pools may share neurons; spec §6 Q8).
 * Conditions as the counting task's (`CONDITION_FREEZE`): sorn (STDP + IP + SS), static (nothing
 * learns), ip (IP only). Phases: plastic 100,000, readout train 15,000, test 5,000 steps.
 */
import type { SornParams } from "../../models/sorn/params";

/** How the symbols' input pools are laid out. */
export const POOL_LAYOUTS = ["disjoint", "overlapping"] as const;
export type PoolLayout = (typeof POOL_LAYOUTS)[number];

/** Defaults of §4.1. */
export const RANDOM_SEQUENCE_DEFAULTS = {
  alphabet: 10,
  poolSize: 10,
  pools: "disjoint" as PoolLayout,
  stepsPlastic: 100_000,
  stepsTrain: 15_000,
  stepsTest: 5_000,
  /** Lags k = 0 … lags − 1. */
  lags: 20,
};

/** The network of the module comment with `nu` input channels. */
export function randomSequenceParams(nu: number): Partial<SornParams> {
  return {
    ne: 200,
    nu,
    lambda_ee: 10,
    network_type_ee: "Sparse",
    network_type_ei: "Dense",
    network_type_ie: "Dense",
    eta_stdp: 0.001,
    eta_ip: 0.001,
    h_ip: 0.1,
    te_max: 0.5,
    ti_max: 0.5,
  };
}
