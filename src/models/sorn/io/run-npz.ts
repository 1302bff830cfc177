import { SornInputError } from "../params";
import { RECORD_NAMES, type RecordName, type SornState } from "../types";
import { NpyFormatError, toFloat64, type NdArray } from "../../io/npy";
import { readNpz, writeNpz } from "../../io/npz";
import { checkConfig, ENGINE_VERSION, RUN_FORMAT, RUN_FORMAT_VERSION, type RunFile } from "./run-file";
import type { RecordArray } from "./run-records";

/**
 * A run as NumPy `.npz`, with the package's key names and shapes: Wee (ne,ne) [pre, post],
 * Wei (ni,ne), Wie (ne,ni), Te (ne,1), Ti (ni,1), X (ne,2), Y (ni,2) as float64, so that
 * `Simulator.run(state=dict(np.load("run.npz")), ...)` resumes it in Python (extra keys are
 * ignored there). Also: Hip (ne,1), step (), the generators (rng_numpy (624,) uint32,
 * rng_numpy_pos (), rng_numpy_gauss (2,) = [has, value], rng_python, rng_python_pos), the
 * configuration as JSON in the string `sornlab_config`, and each record under its name
 * (weight records (S, rows, cols) with `NAME_steps`).
 */
export function runToNpz(run: RunFile, compress = false): Uint8Array {
  const a: Record<string, NdArray> = {};
  const f64 = (shape: number[], data: ArrayLike<number>): NdArray => ({ dtype: "float64", shape, data: Float64Array.from(data) });
  for (const k of ["Wee", "Wei", "Wie", "Te", "Ti", "X", "Y", "Hip"] as const) {
    const s = run.state[k];
    if (s) a[k] = f64(s.shape, s.data);
  }
  a.step = { dtype: "int64", shape: [], data: Float64Array.of(run.state.step ?? 0) };
  const rng = run.state.rng;
  if (rng) {
    a.rng_numpy = { dtype: "uint32", shape: [624], data: Uint32Array.from(rng.numpy.key) } as NdArray;
    a.rng_numpy_pos = { dtype: "int64", shape: [], data: Float64Array.of(rng.numpy.pos) };
    a.rng_numpy_gauss = f64([2], [rng.numpy.hasGauss ? 1 : 0, rng.numpy.gauss]);
    a.rng_python = { dtype: "uint32", shape: [624], data: Uint32Array.from(rng.python.key) } as NdArray;
    a.rng_python_pos = { dtype: "int64", shape: [], data: Float64Array.of(rng.python.pos) };
  }
  const { params, seed, phase, freeze, noise, input, engine } = run;
  const config = JSON.stringify({ format: RUN_FORMAT, version: RUN_FORMAT_VERSION, engine, params, seed, phase, freeze, noise, input });
  a.sornlab_config = { dtype: "unicode", shape: [], data: [config] };
  for (const [name, r] of Object.entries(run.records)) {
    if (!r) continue;
    a[name] = r.dtype === "uint8" ? { dtype: "uint8", shape: r.shape, data: r.data } : r.dtype === "int32" ? { dtype: "int64", shape: r.shape, data: Float64Array.from(r.data) } : f64(r.shape, r.data);
    if ("steps" in r && r.steps) a[`${name}_steps`] = { dtype: "int64", shape: [r.steps.length], data: Float64Array.from(r.steps) };
  }
  return writeNpz(a, { compress });
}

/**
 * Read a `.npz` run written by `runToNpz`, or a state saved from Python with
 * `np.savez("s.npz", **state_dict)` (then the configuration is the defaults with ne taken
 * from Wee; pass your hyperparameters separately). Errors name the bad key.
 */
export function runFromNpz(bytes: Uint8Array, name = "run.npz"): RunFile {
  let a: Record<string, NdArray>;
  try {
    a = readNpz(bytes, name);
  } catch (e) {
    if (e instanceof NpyFormatError) throw new SornInputError("file", e.message);
    throw e;
  }
  const num = (k: string): { shape: number[]; data: Float64Array } => {
    const v = a[k];
    if (!v) throw new SornInputError(`file.${k}`, `is missing from ${name}`);
    if (v.dtype === "unicode") throw new SornInputError(`file.${k}`, "must be numeric");
    return { shape: v.shape, data: toFloat64(v) };
  };
  const state = {} as SornState;
  for (const k of ["Wee", "Wei", "Wie", "Te", "Ti", "X", "Y"] as const) state[k] = num(k);
  if (a.Hip) state.Hip = num("Hip");
  if (a.step) state.step = num("step").data[0];
  if (a.rng_numpy && a.rng_python) {
    const g = num("rng_numpy_gauss").data;
    state.rng = {
      numpy: { key: Array.from(num("rng_numpy").data), pos: num("rng_numpy_pos").data[0], hasGauss: g[0] === 1, gauss: g[1] },
      python: { key: Array.from(num("rng_python").data), pos: num("rng_python_pos").data[0] },
    };
  }
  let raw: Record<string, unknown> = { params: { ne: state.Wee.shape[0] } };
  if (a.sornlab_config) {
    const text = a.sornlab_config.dtype === "unicode" ? a.sornlab_config.data[0] : "";
    try {
      raw = JSON.parse(text);
    } catch {
      throw new SornInputError("file.sornlab_config", "is not valid JSON");
    }
  }
  const records: RunFile["records"] = {};
  for (const r of RECORD_NAMES) if (a[r]) records[r] = recordFromNpz(r, num(r), a[`${r}_steps`] ? Array.from(num(`${r}_steps`).data) : undefined);
  return { ...checkConfig(raw, "file.sornlab_config"), engine: typeof raw.engine === "string" ? raw.engine : ENGINE_VERSION, state, records };
}

function recordFromNpz(name: RecordName, v: { shape: number[]; data: Float64Array }, steps?: number[]): RecordArray {
  if (name.endsWith("Activation")) return { dtype: "uint8", shape: v.shape, data: Uint8Array.from(v.data) };
  if (name.endsWith("ConnectionCounts")) return { dtype: "int32", shape: v.shape, data: Int32Array.from(v.data) };
  return { dtype: "float64", shape: v.shape, data: v.data, ...(steps ? { steps } : {}) };
}
