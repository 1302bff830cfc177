/**
 * Save and load runs with the engine's run-file codec (`src/models/sorn/io/run-file.ts`, `run-npz.ts`):
 * the configuration, the state with both generators' positions, and the recorded history, as
 * JSON or NumPy `.npz`. The lab's input choice travels in the file's free-form `input` field.
 * Loading builds the whole new Simulation, its history preloaded from the file's records, before
 * anything else happens, so a bad file throws and changes nothing.
 */
import { SornInputError } from "../../models/sorn/params";
import { RULES, type Rule } from "../../models/sorn/rules";
import { ENGINE_VERSION, runFromJson, runToJson, type RunFile } from "../../models/sorn/io/run-file";
import { runFromNpz, runToNpz } from "../../models/sorn/io/run-npz";
import type { InputSpec, SimConfig } from "../protocol";
import { historyFromRecords, historyRecords } from "./records";
import { Simulation } from "../simulation";
import { sornOf } from "./adapter";
import { checkSeed } from "../../models/params/seed";

/** What the page learns about a loaded run. */
export interface LoadedRun {
  config: SimConfig;
  t: number;
  /** Things the user should know (e.g. "the file had no input; kept the current one"). */
  notes: string[];
}

/** The run as a run file: JSON text or .npz bytes; without records it is just config + state. */
export function saveRunFile(sim: Simulation, format: "json" | "npz", withRecords = true): string | Uint8Array {
  const net = sornOf(sim.model);
  const run: RunFile = {
    engine: ENGINE_VERSION,
    params: { ...net.params },
    seed: sim.config.seed,
    phase: net.phase(),
    freeze: net.frozenRules(),
    noise: net.noise(),
    input: inputToJson(sim.config.input),
    state: net.state(),
    records: withRecords ? historyRecords(sim) : {},
  };
  return format === "json" ? runToJson(run) : runToNpz(run, true);
}

/** Parse a run file (by extension: .npz, else JSON) and build its Simulation; throws on any problem. */
export function loadRunFile(name: string, bytes: Uint8Array, fallbackInput: InputSpec): { simulation: Simulation; info: LoadedRun } {
  const run = name.toLowerCase().endsWith(".npz") ? runFromNpz(bytes, name) : runFromJson(decodeText(name, bytes));
  const notes: string[] = [];
  let input = inputFromJson(run.input);
  if (!input) {
    input = fallbackInput;
    notes.push(run.input === undefined ? "The file names no input; the current input choice is kept." : "The file's input could not be read; the current input choice is kept.");
  }
  const rules = Object.fromEntries(RULES.map((r) => [r, !run.freeze.includes(r)])) as Record<Rule, boolean>;
  const config: SimConfig = { params: run.params, seed: run.seed, rules, phase: run.phase, noise: run.noise, input };
  let simulation: Simulation;
  try {
    simulation = new Simulation(config, run.state);
  } catch (e) {
    if (e instanceof SornInputError && /^input/.test(e.argument) && input !== fallbackInput) {
      notes.push(`The file's input does not fit (${e.message}); input set to none.`);
      simulation = new Simulation({ ...config, input: { kind: "none" } }, run.state);
    } else throw e;
  }
  const net = sornOf(simulation.model);
  const { history, note } = historyFromRecords(run, net.ne, net.ni);
  if (history) simulation.preload(history);
  if (note) notes.push(note);
  return { simulation, info: { config: simulation.config, t: simulation.t, notes } };
}

function decodeText(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SornInputError("file", `'${name}' is neither a .npz archive nor UTF-8 JSON text`);
  }
}

/** The input spec in JSON-safe form (matrix data as a plain list). */
export function inputToJson(spec: InputSpec): unknown {
  return spec.kind === "matrix" ? { ...spec, data: Array.from(spec.data) } : spec;
}

/** Whether `v` passes the codec's seed spec (an integer in [0, 2^32)). */
function isSeed(v: unknown): v is number {
  try {
    checkSeed(v);
    return true;
  } catch {
    return false;
  }
}

/** An input spec read back from a file, or null when it is missing or malformed. */
export function inputFromJson(raw: unknown): InputSpec | null {
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  const num = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  switch (r.kind) {
    case "none":
      return { kind: "none" };
    case "uniform":
      return isSeed(r.seed) ? { kind: "uniform", seed: r.seed } : null;
    case "constant": {
      // The command line writes the pattern as `pattern`, the lab as `values`.
      const values = r.values ?? r.pattern;
      return Array.isArray(values) && values.length > 0 && values.every(num) ? { kind: "constant", values: values as number[] } : null;
    }
    case "sequence":
      return typeof r.sequence === "string" && r.sequence.length > 0 && num(r.amplitude) ? { kind: "sequence", sequence: r.sequence, amplitude: r.amplitude } : null;
    case "matrix": {
      const { nu, T, data, name } = r as { nu: unknown; T: unknown; data: unknown; name: unknown };
      if (!Number.isInteger(nu) || !Number.isInteger(T) || !Array.isArray(data) || data.length !== (nu as number) * (T as number) || !data.every(num)) return null;
      return { kind: "matrix", nu: nu as number, T: T as number, data: Float64Array.from(data as number[]), name: typeof name === "string" ? name : "input" };
    }
    default:
      return null;
  }
}
