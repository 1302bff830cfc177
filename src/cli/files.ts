import { readFileSync, writeFileSync } from "node:fs";
import { readNpy, toFloat64, NpyFormatError } from "../models/io/npy";
import { runFromJson, runToJson, type RunFile } from "../models/sorn/io/run-file";
import { runFromNpz, runToNpz } from "../models/sorn/io/run-npz";
import { fromNested } from "../models/io/nested";
import { CliError } from "./args";

function readBytes(path: string, option: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CliError(`--${option}: cannot read '${path}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** A nu × T input matrix from JSON (a list of nu rows) or .npy (shape (nu, T)). */
export function readInputs(path: string): number[][] {
  let shape: number[];
  let data: Float64Array;
  if (path.endsWith(".npy")) {
    try {
      const a = readNpy(readBytes(path, "inputs"), path);
      shape = a.shape;
      data = toFloat64(a);
    } catch (e) {
      throw new CliError(`--inputs: ${(e as Error).message}`);
    }
  } else if (path.endsWith(".json")) {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(readBytes(path, "inputs")));
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(`--inputs: '${path}' is not valid JSON`);
    }
    ({ shape, data } = fromNested(raw, "inputs"));
  } else throw new CliError(`--inputs: '${path}' must end in .json or .npy`);
  if (shape.length !== 2) throw new CliError(`--inputs: must be a nu × T array, got shape (${shape.join(", ")})`);
  const [nu, T] = shape;
  for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i])) throw new CliError(`--inputs: entry [${Math.floor(i / T)}][${i % T}] is not a finite number`);
  return Array.from({ length: nu }, (_, i) => Array.from(data.subarray(i * T, (i + 1) * T)));
}

/** A run or bare state from .json or .npz (the package's key names). */
export function readRun(path: string, option: string): RunFile {
  const bytes = readBytes(path, option);
  try {
    if (path.endsWith(".npz")) return runFromNpz(bytes, path);
    if (path.endsWith(".json")) return runFromJson(new TextDecoder().decode(bytes));
  } catch (e) {
    if (e instanceof NpyFormatError) throw new CliError(`--${option}: ${e.message}`);
    throw new CliError(`--${option}: '${path}': ${(e as Error).message}`);
  }
  throw new CliError(`--${option}: '${path}' must end in .json or .npz`);
}

/** Write a run as .json or .npz, by the file's extension. */
export function writeRun(path: string, run: RunFile): void {
  const bytes = path.endsWith(".npz") ? runToNpz(run) : path.endsWith(".json") ? new TextEncoder().encode(runToJson(run)) : null;
  if (!bytes) throw new CliError(`--out: '${path}' must end in .json or .npz`);
  try {
    writeFileSync(path, bytes);
  } catch (e) {
    throw new CliError(`--out: cannot write '${path}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
