/**
 * Reads an input file into a nu × T matrix (row i = input unit i, column t = step t), the
 * package's `inputs` array. Accepted: JSON (a list of nu rows, or `{"inputs": rows}`), CSV (one
 * row per line, values separated by commas, semicolons, tabs or spaces) and NumPy `.npy`
 * (a 2-D numeric array). Every problem is a SornInputError naming the file and the spot.
 */
import { readNpy, toFloat64 } from "../models/io/npy";
import { SornInputError } from "../models/sorn/params";

/** A parsed input matrix, row-major. */
export interface InputMatrix {
  nu: number;
  T: number;
  data: Float64Array;
}

/** Parse `bytes` by the file's extension (.json, .csv/.txt, .npy). */
export function parseInputFile(name: string, bytes: Uint8Array): InputMatrix {
  const lower = name.toLowerCase();
  if (lower.endsWith(".npy")) return fromNpy(name, bytes);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (lower.endsWith(".json")) return fromJson(name, text);
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return fromCsv(name, text);
  throw new SornInputError("input file", `'${name}': use a .json, .csv or .npy file`);
}

function fromNpy(name: string, bytes: Uint8Array): InputMatrix {
  let arr;
  try {
    arr = readNpy(bytes, name);
  } catch (e) {
    throw new SornInputError("input file", (e as Error).message);
  }
  if (arr.dtype === "unicode") throw new SornInputError("input file", `'${name}' holds text, not numbers`);
  if (arr.shape.length !== 2) throw new SornInputError("input file", `'${name}' must be a 2-D array (nu × T), got shape (${arr.shape.join(", ")})`);
  return checked(name, arr.shape[0], arr.shape[1], toFloat64(arr));
}

function fromJson(name: string, text: string): InputMatrix {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new SornInputError("input file", `'${name}' is not valid JSON (${(e as Error).message})`);
  }
  if (value && typeof value === "object" && !Array.isArray(value) && "inputs" in value) value = (value as { inputs: unknown }).inputs;
  if (!Array.isArray(value)) throw new SornInputError("input file", `'${name}' must hold a list of nu rows (or {"inputs": rows})`);
  const rows = value.map((row, i) => {
    if (!Array.isArray(row)) throw new SornInputError("input file", `'${name}': row ${i} is not a list of numbers`);
    return row.map((v, t) => {
      if (typeof v !== "number") throw new SornInputError("input file", `'${name}': entry [${i}][${t}] is not a number (${JSON.stringify(v)})`);
      return v;
    });
  });
  return fromRows(name, rows);
}

function fromCsv(name: string, text: string): InputMatrix {
  const rows: number[][] = [];
  text.split(/\r?\n/).forEach((line, lineNo) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    rows.push(
      trimmed.split(/[,;\t ]+/).map((tok, col) => {
        const v = Number(tok);
        if (tok === "" || !Number.isFinite(v)) throw new SornInputError("input file", `'${name}' line ${lineNo + 1}, value ${col + 1} is not a number ('${tok}')`);
        return v;
      }),
    );
  });
  return fromRows(name, rows);
}

function fromRows(name: string, rows: number[][]): InputMatrix {
  if (rows.length === 0) throw new SornInputError("input file", `'${name}' holds no rows`);
  const T = rows[0].length;
  const data = new Float64Array(rows.length * T);
  rows.forEach((row, i) => {
    if (row.length !== T) throw new SornInputError("input file", `'${name}': every row must have the same length; row 0 has ${T}, row ${i} has ${row.length}`);
    data.set(row, i * T);
  });
  return checked(name, rows.length, T, data);
}

function checked(name: string, nu: number, T: number, data: Float64Array): InputMatrix {
  if (nu < 1 || T < 1) throw new SornInputError("input file", `'${name}' is empty (${nu} × ${T})`);
  for (let k = 0; k < data.length; k++) {
    if (!Number.isFinite(data[k])) throw new SornInputError("input file", `'${name}': entry [${Math.floor(k / T)}][${k % T}] is not a finite number`);
  }
  return { nu, T, data };
}
