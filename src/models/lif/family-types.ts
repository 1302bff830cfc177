/**
 * The LIF family's parameters, schema and saved state (the family is `family.ts`, the model
 * `model.ts`).
 */
import type { ParamSpec } from "../params/schema";
import type { NumpyState } from "../rng/numpy-state";
import type { RateModel } from "../rate-rnn/model-file";
import { RATE_SOURCE_SCHEMA, type RateSourceParams } from "../rate-rnn/source";
import type { Drive } from "../rate-rnn/drive";
import { S_RANGE } from "./network";
import type { LifStepperState } from "./stepper";

/** The LIF family's parameters: the network's source, s and the noise scale. */
export interface LifParams extends RateSourceParams {
  /** The scaling factor s (λ = 1/s): W_spk = W_eff/s, w_out,spk = w_out/s. */
  s: number;
  /** Multiplies the membrane noise SD of 0.1 mV (1 = the code). */
  noise_scale: number;
}

/** Every parameter's default. s = 25 is inside the paper's grid 20:5:75 (a choice: convert a model to find its best s). */
export const LIF_DEFAULTS: LifParams = { task: "go-nogo", n: 200, activation: "sigmoid", s: 25, noise_scale: 1 };

/** The schema: the rate source's rows, then s and the noise scale (both live). */
export const LIF_SCHEMA: readonly ParamSpec[] = [
  ...RATE_SOURCE_SCHEMA,
  { name: "s", group: "LIF mapping", kind: "float", default: LIF_DEFAULTS.s, min: S_RANGE.min, max: S_RANGE.max, structural: false, description: "scaling factor s = 1/λ: W/s and w_out/s (W_in unscaled); find the best with 'sorn rnn convert'" },
  { name: "noise_scale", group: "LIF mapping", kind: "float", default: 1, min: 0, max: 100, structural: false, description: "multiplies the membrane noise SD (0.1 mV per 0.05 ms step; 0 = none)" },
];

/** `state()`: the rate model, where the run stands, and the running trial's state (null between trials). */
export interface LifState {
  format: "sorn-lab/lif-state";
  model: RateModel;
  params: LifParams;
  seed: number;
  drive: Drive;
  t: number;
  score: { trial: number; finished: number; correct: number };
  running: {
    stepper: LifStepperState;
    /** The trial generator. */
    rng: NumpyState;
    /** The Ziggurat noise source's four words. */
    noise: [number, number, number, number];
    /** The trial's outputs so far. */
    out: Float64Array;
  } | null;
}
