/**
 * The rate-RNN family's parameters, schema and saved state (the family is `family.ts`, the model
 * `rate-model.ts`).
 */
import type { ParamSpec } from "../params/schema";
import type { NumpyState } from "../rng/numpy-state";
import type { Drive } from "./drive";
import type { RateModel } from "./model-file";
import { RATE_SOURCE_SCHEMA, type RateSourceParams } from "./source";

/** The rate family's parameters: the network's source and the noise scale. */
export interface RateParams extends RateSourceParams {
  /** Multiplies both noise terms of the dynamics (1 = the code; 0 = none). */
  noise_scale: number;
}

export const RATE_DEFAULTS: RateParams = { task: "go-nogo", n: 200, activation: "sigmoid", noise_scale: 1 };

export const RATE_SCHEMA: readonly ParamSpec[] = [
  ...RATE_SOURCE_SCHEMA,
  { name: "noise_scale", group: "Dynamics", kind: "float", default: 1, min: 0, max: 100, structural: false, description: "multiplies the dynamics' noise (ξ/100 at t = 0, ξ/10 per step; 0 = none)" },
];

/** `state()`: the rate model, where the run stands, and the running trial (null between trials). */
export interface RateState {
  format: "sorn-lab/rate-rnn-state";
  model: RateModel;
  params: RateParams;
  seed: number;
  drive: Drive;
  t: number;
  score: { trial: number; finished: number; correct: number };
  running: {
    /** The next step within the trial (≥ 1). */
    tt: number;
    rng: NumpyState;
    /** x, r and a, two rows of N (the current row is (tt − 1) mod 2). */
    x: Float64Array;
    r: Float64Array;
    a: Float64Array;
    /** The trial's outputs o_1 … so far. */
    o: Float64Array;
  } | null;
}
