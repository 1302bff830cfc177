/**
 * The rate-RNN family on the model seam: a trained (or initial) rate RNN of Kim, Li & Sejnowski
 * (2019) run 5 ms a step by {@link RateRnnModel}, its weights fixed. `create({ state })` takes a
 * rate model (a model file's text or document, or a `RateModel`) or a state saved by `state()`.
 * Training stays the trainer's (`train.ts`, the worker's rate-RNN tab, `sorn rnn train`).
 */
import type { ModelFamily, ModelOptions, SeriesInfo } from "../model";
import { SornInputError } from "../params/error";
import { DRIVE_SETTING, noSuchRule } from "./drive";
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

/** Whether `x` is a state this family saved. */
function isRateState(x: unknown): x is RateState {
  return !!x && typeof x === "object" && (x as { format?: unknown }).format === "sorn-lab/rate-rnn-state";
}

/** Build a rate model from the seam's options (see the module doc). */
export function createRate(o: ModelOptions = {}): RateRnnModel {
  for (const r of o.off ?? []) noSuchRule("rate-rnn", r);
  if (o.records?.length) throw new SornInputError("records", `the rate-rnn family keeps no records (asked for ${o.records.join(", ")})`);
  for (const k of Object.keys(o.settings ?? {})) if (k !== "drive" && o.settings?.[k] !== undefined) throw new SornInputError("setting", `unknown setting '${k}' (the rate-rnn family has: drive)`);
  const drive = o.settings?.drive;
  if (isRateState(o.state)) {
    const s = o.state;
    const m = new RateRnnModel(s.params, s.seed, s.model, s.drive).restore(s);
    if (o.params) m.setParams(o.params as Record<string, unknown>);
    if (drive !== undefined) m.setting("drive", drive);
    return m;
  }
  return new RateRnnModel(o.params as Partial<Record<keyof RateParams, unknown>> | undefined, o.seed ?? 0, o.state, drive ?? "task");
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
