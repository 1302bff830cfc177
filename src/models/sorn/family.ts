/**
 * The SORN family on the model seam: its schema, rules, settings, records and series, and
 * `create`, which builds a {@link SornNetwork} (fresh from a seed, or restored from a state).
 */
import type { ModelFamily, RecordInfo, RuleInfo, SeriesInfo, SettingInfo } from "../model";
import { SornNetwork } from "./network";
import { PARAM_SPECS, PHASES, type SornParams } from "./params";
import { PLASTICITY_RULES } from "./rules";
import type { SornState } from "./types";

/** The plasticity rules, in the order the step runs them: the registered rules' name, title and maths. */
export const SORN_RULES: readonly RuleInfo[] = PLASTICITY_RULES.map(({ name, title, description }) => ({ name, title, description }));

/** The settings of a SORN step beside its parameters. */
export const SORN_SETTINGS: readonly SettingInfo[] = [
  { name: "phase", description: "'plasticity' runs the rules that are on; 'training' runs none", choices: PHASES, default: "plasticity" },
  { name: "noise", description: "Gaussian noise N(0, noise_sigma²) on every E and I drive", choices: [true, false], default: true },
];

/** What an observer sees after each step, in this order (see `SornNetwork.observe`). */
export const SORN_SERIES: readonly SeriesInfo[] = [
  { name: "popE", title: "active E neurons" },
  { name: "popI", title: "active I neurons" },
  { name: "countEE", title: "E→E synapses" },
  { name: "countEI", title: "I→E synapses" },
  { name: "meanTe", title: "mean E threshold" },
];

/** The records (the package's callbacks, plus the ones it promised). */
export const SORN_RECORDS: readonly RecordInfo[] = [
  { name: "ExcitatoryActivation", description: "E spikes x(t), T × ne" },
  { name: "InhibitoryActivation", description: "I spikes y(t), T × ni" },
  { name: "RecurrentActivation", description: "E states without input r(t), T × ne" },
  { name: "WEE", description: "E→E weights, every record-every steps, ne × ne" },
  { name: "WEI", description: "I→E weights, every record-every steps, ni × ne" },
  { name: "WIE", description: "E→I weights, every record-every steps, ne × ni" },
  { name: "TE", description: "E thresholds, T × ne" },
  { name: "TI", description: "I thresholds (constant), T × ni" },
  { name: "EEConnectionCounts", description: "non-zero E→E weights at the start of each step" },
  { name: "EIConnectionCounts", description: "non-zero I→E weights at the start of each step" },
  { name: "IEConnectionCounts", description: "non-zero E→I weights at the start of each step" },
];

/** SORN (Lazar, Pipa & Triesch 2009), bit for bit as the Python package `sorn`. */
export const sornFamily: ModelFamily<SornParams, SornState, SornNetwork> = {
  id: "sorn",
  title: "SORN",
  description: "Self-organizing recurrent network of binary threshold units (Lazar, Pipa & Triesch 2009), bit-exact with the Python package sorn",
  schema: PARAM_SPECS,
  rules: SORN_RULES,
  settings: SORN_SETTINGS,
  records: SORN_RECORDS,
  series: SORN_SERIES,
  create: (o = {}) =>
    new SornNetwork({
      params: o.params as Partial<Record<keyof SornParams, unknown>> | undefined,
      seed: o.seed,
      state: o.state as SornState | undefined,
      freeze: o.off,
      phase: o.settings?.phase as string | undefined,
      noise: o.settings?.noise as boolean | undefined,
      records: o.records,
      recordEvery: o.recordEvery,
    }),
};
