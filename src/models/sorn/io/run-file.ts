import { PHASES, SornInputError, resolveParams, type Phase, type SornParams } from "../params";
import { RULES, type Rule } from "../rules";
import { RECORD_NAMES, type DenseArray, type RecordName, type SornState } from "../types";
import { fromNested, toNested } from "../../io/nested";
import { checkSeed } from "../../params/seed";
import type { RecordArray } from "./run-records";

/** The engine's version, written into every file. */
export const ENGINE_VERSION = "sorn-lab 0.1.0";
export const RUN_FORMAT = "sorn-lab-run";
export const RUN_FORMAT_VERSION = 1;

/** How a run was configured: enough, with the state, to continue it exactly. */
export interface RunConfig {
  params: SornParams;
  seed: number;
  phase: Phase;
  freeze: Rule[];
  noise: boolean;
  /** A description of the input (free-form; e.g. {kind: "uniform", seed: 1042}). */
  input?: unknown;
}

/** A saved run: configuration, state and records. */
export interface RunFile extends RunConfig {
  engine: string;
  state: SornState;
  records: Partial<Record<RecordName, RecordArray>>;
}

const STATE_KEYS = ["Wee", "Wei", "Wie", "Te", "Ti", "X", "Y"] as const;

/** Check and complete a configuration read from a file (clear errors naming the field). */
export function checkConfig(raw: Record<string, unknown>, where: string): RunConfig {
  const params = resolveParams((raw.params ?? {}) as Record<string, unknown>);
  const seed = checkSeed(raw.seed ?? 0, `${where}.seed`);
  const phase = raw.phase ?? "plasticity";
  if (!PHASES.includes(phase as Phase)) throw new SornInputError(`${where}.phase`, `must be 'plasticity' or 'training', got ${JSON.stringify(phase)}`);
  const freeze = raw.freeze ?? [];
  if (!Array.isArray(freeze) || freeze.some((r) => !RULES.includes(r as Rule))) throw new SornInputError(`${where}.freeze`, `must list rules among ${RULES.join(", ")}, got ${JSON.stringify(freeze)}`);
  const noise = raw.noise ?? true;
  if (typeof noise !== "boolean") throw new SornInputError(`${where}.noise`, `must be true or false, got ${JSON.stringify(noise)}`);
  return { params, seed, phase: phase as Phase, freeze: freeze as Rule[], noise, input: raw.input };
}

/** A run as JSON: arrays as nested lists with the package's shapes ((ne, 1) for Te, …). */
export function runToJson(run: RunFile): string {
  const state: Record<string, unknown> = {};
  for (const k of [...STATE_KEYS, "Hip"] as const) {
    const a = run.state[k];
    if (a) state[k] = toNested(a.shape, a.data);
  }
  state.step = run.state.step ?? 0;
  if (run.state.rng) state.rng = run.state.rng;
  const records: Record<string, unknown> = {};
  for (const [name, r] of Object.entries(run.records)) {
    if (!r) continue;
    const nested = toNested(r.shape, r.data);
    records[name] = "steps" in r && r.steps ? { steps: r.steps, data: nested } : nested;
  }
  const { params, seed, phase, freeze, noise, input } = run;
  return JSON.stringify({ format: RUN_FORMAT, version: RUN_FORMAT_VERSION, engine: run.engine, params, seed, phase, freeze, noise, input, state, records });
}

/**
 * Read a run saved by `runToJson`, or a bare state dict (the package's seven arrays as nested
 * lists at the top level). Anything else — not JSON, another format, wrong shapes, NaN —
 * throws a SornInputError; nothing is half-loaded.
 */
export function runFromJson(text: string): RunFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SornInputError("file", `is not valid JSON (${(e as Error).message})`);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new SornInputError("file", "must hold a JSON object");
  const obj = raw as Record<string, unknown>;
  const bare = obj.format === undefined && obj.Wee !== undefined;
  if (!bare && obj.format !== RUN_FORMAT) throw new SornInputError("file", `is not a SORN Lab run (format ${JSON.stringify(obj.format)}); expected "${RUN_FORMAT}" or a state with Wee, Wei, Wie, Te, Ti, X, Y`);
  if (!bare && obj.version !== RUN_FORMAT_VERSION) throw new SornInputError("file.version", `${JSON.stringify(obj.version)} is not supported (this engine reads version ${RUN_FORMAT_VERSION})`);
  const stateObj = (bare ? obj : obj.state) as Record<string, unknown> | undefined;
  if (!stateObj || typeof stateObj !== "object") throw new SornInputError("file.state", "is missing");
  const state = stateFromArrays(stateObj, "state");
  if (stateObj.step !== undefined) state.step = stateObj.step as number;
  if (stateObj.rng !== undefined) state.rng = stateObj.rng as SornState["rng"];
  const config = checkConfig(bare ? { params: { ne: state.Wee.shape[0] } } : obj, "file");
  const records: RunFile["records"] = {};
  for (const [name, value] of Object.entries((obj.records ?? {}) as Record<string, unknown>)) {
    if (!RECORD_NAMES.includes(name as RecordName)) throw new SornInputError(`file.records.${name}`, "is not a known record");
    records[name as RecordName] = recordFromJson(name as RecordName, value);
  }
  return { ...config, engine: typeof obj.engine === "string" ? obj.engine : "unknown", state, records };
}

/** The package's seven arrays (and optional Hip) from nested lists or {shape, data} arrays. */
export function stateFromArrays(obj: Record<string, unknown>, where: string): SornState {
  const out: Partial<Record<string, DenseArray>> = {};
  for (const k of [...STATE_KEYS, "Hip"] as const) {
    const v = obj[k];
    if (v === undefined) {
      if (k === "Hip") continue;
      throw new SornInputError(`${where}.${k}`, "is missing");
    }
    out[k] = fromNested(v, `${where}.${k}`);
  }
  return out as unknown as SornState;
}

function recordFromJson(name: RecordName, value: unknown): RecordArray {
  const where = `file.records.${name}`;
  if (name === "WEE" || name === "WEI" || name === "WIE") {
    const v = value as { steps?: unknown; data?: unknown };
    if (!v || !Array.isArray(v.steps)) throw new SornInputError(where, "must be {steps, data}");
    const { shape, data } = fromNested(v.data, where);
    if (shape.length !== 3 || shape[0] !== v.steps.length) throw new SornInputError(where, `needs one (rows, cols) snapshot per listed step`);
    return { dtype: "float64", shape, data, steps: v.steps as number[] };
  }
  const parsed = fromNested(value, where);
  // An empty record ([] in JSON) has no neurons axis to read back: it is (0, 0).
  const shape = parsed.data.length === 0 && !name.endsWith("ConnectionCounts") ? [0, 0] : parsed.shape;
  const data = parsed.data;
  if (name.endsWith("ConnectionCounts")) {
    if (shape.length !== 1) throw new SornInputError(where, `must be a list of counts, got shape (${shape})`);
    return { dtype: "int32", shape, data: Int32Array.from(data) };
  }
  if (shape.length !== 2) throw new SornInputError(where, `must be a (steps, neurons) array, got shape (${shape})`);
  if (name.endsWith("Activation")) {
    if (data.some((x) => x !== 0 && x !== 1)) throw new SornInputError(where, "must hold only 0 and 1");
    return { dtype: "uint8", shape, data: Uint8Array.from(data) };
  }
  return { dtype: "float64", shape, data };
}
