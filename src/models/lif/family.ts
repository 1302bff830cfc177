/**
 * The LIF family on the model seam: a trained rate model's spiking network (Kim, Li & Sejnowski
 * 2019; spec spiking-rnn.md §3), run 0.05 ms a step by {@link LifModel}.
 *
 * `create({ state })` takes a rate model (a model file's text or document, or a `RateModel`) or a
 * state saved by `state()`; without one it builds the untrained network of (task, n, activation,
 * seed) and warns that it is untrained.
 */
import type { ModelFamily, ModelOptions, SeriesInfo } from "../model";
import { DRIVE_SETTING } from "../rate-rnn/drive";
import { createTrialModel } from "../rate-rnn/trial-model";
import { LIF_SCHEMA, type LifParams, type LifState } from "./family-types";
import { LifModel } from "./model";

/** What an observer sees after each LIF step. */
export const LIF_SERIES: readonly SeriesInfo[] = [
  { name: "out", title: "LIF output (w_out/s)·r" },
  { name: "target", title: "the trial's target z" },
  { name: "trial", title: "trial index" },
  { name: "accuracy", title: "fraction of finished trials correct" },
];

/** Build a LIF model from the seam's options (see the module doc). */
export function createLif(o: ModelOptions = {}): LifModel {
  return createTrialModel<LifState, LifModel>("lif", "sorn-lab/lif-state", o, (params, seed, given, drive) => new LifModel(params, seed, given, drive));
}

/** A rate RNN's LIF network (spec §3), the code's constants, 0.05 ms steps. */
export const lifFamily: ModelFamily<LifParams, LifState, LifModel> = {
  id: "lif",
  title: "LIF from a rate RNN",
  description: "Leaky integrate-and-fire network mapped from a trained rate RNN (Kim, Li & Sejnowski 2019): W/s, τ_d copied, double-exponential synapses, 0.05 ms steps",
  schema: LIF_SCHEMA,
  rules: [],
  settings: [DRIVE_SETTING],
  records: [],
  series: LIF_SERIES,
  create: createLif,
};
