/**
 * The LIF network made from a trained rate model (spec §3; `spiking/LIF_network_fnc.m`).
 *
 * With scaling factor s (the paper's λ = 1/s):
 *
 *   W_spk = W_eff / s            W_eff = [w]₊ · D ⊙ M (rate-rnn `effectiveMatrix`), row = post i
 *   w_out,spk = w_out / s        b_out is dropped (the spiking readout has no bias)
 *   W_in,spk = W_in              the input weights are NOT scaled
 *   τ_d,i = τ_i[steps] · 5 ms    copied per unit from the rate model
 *
 * `useInitialWeights` swaps in w0 (the weights before training), the code's control option.
 *
 * W_spk is stored pre-major (`wPre[j·N + i] = W_spk[i, j]`) so that the current a spike of unit j
 * delivers, the column W_spk[:, j], is contiguous.
 */
import type { RateModel } from "../rate-rnn/model-file";
import { DT_MS, effectiveMatrix, taus, type RateNetwork } from "../rate-rnn/network";

/** SI Table S1 (the code's constants). Times in seconds, voltages in mV. */
export const LIF = {
  /** Integration step: 0.05 ms, i.e. 100 LIF steps per 5 ms rate step. */
  dt: 0.00005,
  stepsPerRateStep: 100,
  /** Membrane time constant τ_m. */
  tm: 0.01,
  /** Absolute refractory period: 2 ms = 40 steps. */
  tref: 0.002,
  refSteps: 40,
  vPeak: -40,
  vReset: -65,
  /** Value v is set to at a spike for the recorded trace (then reset). */
  vSpike: 30,
  /** Constant bias current (= v_peak, so units rest near threshold). */
  bias: -40,
  /** Membrane noise SD per step (mV). */
  noiseSd: 0.1,
  /** Synaptic rise time τ_r. */
  tr: 0.002,
  /** Rates count spikes from this LIF step on (1-based), as the code's spk(:, 10:end). */
  rateFromStep: 10,
} as const;

/**
 * The scaling factors s a LIF network may have (λ = 1/s): W/s stays within a factor 100 above the
 * rate weights and 10⁴ below (the paper's grids are 4:2:26 and 20:5:75). Outside it the output
 * is finite but meaningless (s = 1e-300 still "scores"), so the CLI, the page and the family
 * refuse it with one message.
 */
export const S_RANGE = { min: 0.01, max: 10_000 } as const;

export class LifInputError extends Error {
  override name = "LifInputError";
}

/** A LIF network ready to simulate (see the module doc). */
export interface LifNetwork {
  n: number;
  nIn: number;
  /** The scaling factor s. */
  s: number;
  inh: Uint8Array;
  /** W_spk, pre-major: wPre[j·N + i] = W_eff[i, j] / s. */
  wPre: Float64Array;
  /** W_in (N × nIn, row-major), unscaled. */
  wIn: Float64Array;
  /** w_out / s. */
  wOut: Float64Array;
  /** τ_d per unit, in seconds. */
  tauD: Float64Array;
}

/** The LIF network of `net` at scaling factor `s` (in {@link S_RANGE}). */
export function lifNetworkOf(net: RateNetwork, s: number): LifNetwork {
  if (!(Number.isFinite(s) && s >= S_RANGE.min && s <= S_RANGE.max)) throw new LifInputError(`scaling factor s must be a number in [${S_RANGE.min}, ${S_RANGE.max}] (λ = 1/s), got ${s}`);
  const { n, nIn } = net.settings;
  const wEff = effectiveMatrix(net);
  const wPre = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) wPre[j * n + i] = wEff[i * n + j] / s;
  const tauD = Float64Array.from(taus(net), (t) => (t * DT_MS) / 1000);
  return { n, nIn, s, inh: net.inh.slice(), wPre, wIn: net.wIn.slice(), wOut: Float64Array.from(net.wOut, (w) => w / s), tauD };
}

/** The LIF network of a model file's network (or of its w0 with `useInitialWeights`). */
export function lifNetworkOfModel(model: RateModel, s: number, useInitialWeights = false): LifNetwork {
  const net = useInitialWeights ? { ...model.net, w: model.w0 } : model.net;
  return lifNetworkOf(net, s);
}
