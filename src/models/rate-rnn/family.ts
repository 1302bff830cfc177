/**
 * The rate-RNN family on the model seam: a trained (or initial) rate RNN of Kim, Li & Sejnowski
 * (2019) run 5 ms a step by {@link RateRnnModel}, its weights fixed. `create({ state })` takes a
 * rate model (a model file's text or document, or a `RateModel`) or a state saved by `state()`.
 * Training stays the trainer's (`train.ts`, the worker's rate-RNN tab, `sorn rnn train`).
 */
import type { ModelFamily, ModelOptions, SeriesInfo } from "../model";
import { DRIVE_SETTING } from "./drive";
import { createTrialModel } from "./trial-model";
import { RATE_SCHEMA, type RateParams, type RateState } from "./rate-family-types";
import { RateRnnModel } from "./rate-model";

/** What an observer sees after each step. */
export const RATE_SERIES: readonly SeriesInfo[] = [
  { name: "out", title: "output o_t = w_out·r_t + b_out" },
  { name: "target", title: "the trial's target z" },
  { name: "trial", title: "trial index" },
  { name: "accuracy", title: "fraction of finished trials correct (the rate rule)" },
  { name: "rateE", title: "mean rate r of the E units" },
  { name: "rateI", title: "mean rate r of the I units" },
];

/** Build a rate model from the seam's options (see the module doc). */
export function createRate(o: ModelOptions = {}): RateRnnModel {
  return createTrialModel<RateState, RateRnnModel>("rate-rnn", "sorn-lab/rate-rnn-state", o, (params, seed, given, drive) => new RateRnnModel(params, seed, given, drive));
}

/** Rate RNNs with Dale's principle (spec spiking-rnn.md §1), 5 ms steps. */
export const rateRnnFamily: ModelFamily<RateParams, RateState, RateRnnModel> = {
  id: "rate-rnn",
  title: "Rate RNN",
  description: "Continuous rate RNN with Dale's principle and per-unit τ (Kim, Li & Sejnowski 2019), 5 ms steps; train it with 'sorn rnn train'",
  schema: RATE_SCHEMA,
  rules: [],
  settings: [DRIVE_SETTING],
  records: [],
  series: RATE_SERIES,
  create: createRate,
};
