/**
 * The lab's whole configuration as one typed object — parameters, rule toggles, phase, noise,
 * input, seed, speed, visible panels, raster selection and a teacher's `hide` flags. It is what
 * the URL carries (see `url.ts`), what a reload restores, and what reproduces a run: the same
 * config gives the same spikes.
 */
import { DEFAULT_PARAMS, type Phase, type SornParams } from "../models/sorn/params";
import { RULES, type Rule } from "../models/sorn/rules";
import { PANEL_IDS, type PanelId } from "../panels";
import type { InputSpec, SimConfig, Speed } from "../worker/protocol";
import { defaultInputSeed } from "../models/params/seed";

/** Version of the URL schema; older links are migrated (see `migrations.ts`). */
export const SCHEMA_VERSION = 1;

/** The input choice as the user makes it (a file's contents live outside the config). */
export type InputChoice =
  | { kind: "none" }
  /** Uniform [0, 1) inputs; `seed` null means the command line's default, the run's seed + 1000. */
  | { kind: "uniform"; seed: number | null }
  /** One value (for every unit) or nu values. */
  | { kind: "constant"; values: number[] }
  | { kind: "sequence"; sequence: string; amplitude: number }
  /** A nu × T matrix from a file; only its name is part of the config. */
  | { kind: "file"; name: string };

/** Control groups a teacher can hide (`hide=` in the URL); parameter names hide single fields. */
export const HIDEABLE = ["rules", "phase", "noise", "seed", "input", "params", "speed", "files", "panels"] as const;

/** The whole configuration. */
export interface LabConfig {
  seed: number;
  params: SornParams;
  rules: Record<Rule, boolean>;
  phase: Phase;
  noise: boolean;
  input: InputChoice;
  speed: Speed;
  panels: Record<PanelId, boolean>;
  /** Raster neuron selection, e.g. "all", "0-99", "0-9, 50-59", "none". */
  rasterE: string;
  rasterI: string;
  /** Steps shown across the raster and population panels. */
  window: number;
  /** Hidden controls: entries of {@link HIDEABLE} or parameter names. */
  hide: string[];
}

/** Speeds offered in the speed control (steps per second). */
export const SPEEDS: readonly Speed[] = [10, 50, 200, 1000, 5000, "max"];
/** Time windows offered for the raster (steps). */
export const WINDOWS: readonly number[] = [200, 500, 1000, 2000, 5000];

/** The configuration a fresh lab starts with: the package's defaults, uniform random input. */
export function defaultConfig(): LabConfig {
  return {
    seed: 42,
    params: { ...DEFAULT_PARAMS },
    rules: Object.fromEntries(RULES.map((r) => [r, true])) as Record<Rule, boolean>,
    phase: "plasticity",
    noise: true,
    input: { kind: "uniform", seed: null },
    speed: 200,
    panels: Object.fromEntries(PANEL_IDS.map((p) => [p, true])) as Record<PanelId, boolean>,
    rasterE: "all",
    rasterI: "all",
    window: 1000,
    hide: [],
  };
}

/** The uniform input's seed when none is given: (seed + 1000) mod 2^32, as `npm run sorn -- simulate`. */
export { defaultInputSeed };

/** A file input's matrix, held next to the config. */
export interface InputMatrixData {
  name: string;
  nu: number;
  T: number;
  data: Float64Array;
}

/** The worker's input spec for a choice (a file choice without its data gives no input). */
export function inputSpec(choice: InputChoice, seed: number, file: InputMatrixData | null): InputSpec {
  switch (choice.kind) {
    case "none":
      return { kind: "none" };
    case "uniform":
      return { kind: "uniform", seed: choice.seed ?? defaultInputSeed(seed) };
    case "constant":
      return { kind: "constant", values: [...choice.values] };
    case "sequence":
      return { kind: "sequence", sequence: choice.sequence, amplitude: choice.amplitude };
    case "file":
      return file && file.name === choice.name ? { kind: "matrix", nu: file.nu, T: file.T, data: file.data, name: file.name } : { kind: "none" };
  }
}

/** What the worker needs to build the run. */
export function simConfig(c: LabConfig, file: InputMatrixData | null): SimConfig {
  return { params: { ...c.params }, seed: c.seed, rules: { ...c.rules }, phase: c.phase, noise: c.noise, input: inputSpec(c.input, c.seed, file) };
}

/** The input choice that describes a worker input spec (used after loading a run file). */
export function inputChoiceOf(spec: InputSpec, seed: number): InputChoice {
  switch (spec.kind) {
    case "none":
      return { kind: "none" };
    case "uniform":
      return { kind: "uniform", seed: spec.seed === defaultInputSeed(seed) ? null : spec.seed };
    case "constant":
      return { kind: "constant", values: [...spec.values] };
    case "sequence":
      return { kind: "sequence", sequence: spec.sequence, amplitude: spec.amplitude };
    case "matrix":
      return { kind: "file", name: spec.name };
  }
}
