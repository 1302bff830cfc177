/**
 * The LIF family on the model seam: a trained rate model's spiking network (Kim, Li & Sejnowski
 * 2019; spec spiking-rnn.md §3), run 0.05 ms a step by {@link LifModel}.
 *
 * `create({ state })` takes a rate model (a model file's text or document, or a `RateModel`) or a
 * state saved by `state()`; without one it builds the untrained network of (task, n, activation,
 * seed) and warns that it is untrained.
 */
import type { ModelFamily, ModelOptions, SeriesInfo } from "../model";
import { SornInputError } from "../params/error";
import { DRIVE_SETTING, noSuchRule } from "../rate-rnn/drive";
import { LIF_SCHEMA, type LifParams, type LifState } from "./family-types";
import { LifModel } from "./model";

/** What an observer sees after each LIF step. */
export const LIF_SERIES: readonly SeriesInfo[] = [
  { name: "out", title: "LIF output (w_out/s)·r" },
  { name: "target", title: "the trial's target z" },
  { name: "trial", title: "trial index" },
  { name: "accuracy", title: "fraction of finished trials correct" },
];

/** Whether `x` is a state this family saved. */
function isLifState(x: unknown): x is LifState {
  return !!x && typeof x === "object" && (x as { format?: unknown }).format === "sorn-lab/lif-state";
}

/** Build a LIF model from the seam's options (see the module doc). */
export function createLif(o: ModelOptions = {}): LifModel {
  for (const r of o.off ?? []) noSuchRule("lif", r);
  if (o.records?.length) throw new SornInputError("records", `the lif family keeps no records (asked for ${o.records.join(", ")})`);
  for (const k of Object.keys(o.settings ?? {})) if (k !== "drive" && o.settings?.[k] !== undefined) throw new SornInputError("setting", `unknown setting '${k}' (the lif family has: drive)`);
  const drive = o.settings?.drive;
  if (isLifState(o.state)) {
    const s = o.state;
    const m = new LifModel(s.params, s.seed, s.model, s.drive).restore(s);
    if (o.params) m.setParams(o.params as Record<string, unknown>);
    if (drive !== undefined) m.setting("drive", drive);
    return m;
  }
  return new LifModel(o.params as Partial<Record<keyof LifParams, unknown>> | undefined, o.seed ?? 0, o.state, drive ?? "task");
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
