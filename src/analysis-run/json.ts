/**
 * Plain-JSON helpers for the statistics document: summaries of per-neuron or per-step values,
 * conversion of typed arrays and non-finite numbers, and a compact, readable serialisation.
 */
import { RunAnalysisError } from "./select";

/** A statistic that could not be computed, with the reason. */
export interface Skipped {
  skipped: string;
}

/** Summary of n values: count n, mean x̄ = Σx/n, population sd √(Σ(x − x̄)²/n), min and max. */
export interface Summary {
  count: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
}

/** {@link Summary} of the finite values among `values` (null entries are left out); null when none. */
export function summarize(values: ArrayLike<number | null>): Summary | null {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && Number.isFinite(v)) xs.push(v);
  }
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  const mean = s / xs.length;
  let ss = 0;
  for (const x of xs) ss += (x - mean) * (x - mean);
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { count: xs.length, mean, sd: Math.sqrt(ss / xs.length), min, max };
}

/**
 * Runs `f`; an Error becomes `{ skipped: message }` (the analysis functions name themselves),
 * except a RunAnalysisError (bad settings or records), which is the caller's to report.
 */
export function attempt<T>(f: () => T): T | Skipped {
  try {
    return f();
  } catch (e) {
    if (e instanceof Error && !(e instanceof RunAnalysisError)) return { skipped: e.message };
    throw e;
  }
}

/** True for a `{ skipped }` placeholder. */
export function isSkipped(v: unknown): v is Skipped {
  return typeof v === "object" && v !== null && typeof (v as Skipped).skipped === "string";
}

/**
 * A deep copy that JSON can represent exactly: typed arrays become arrays, ±Infinity the strings
 * "Infinity"/"-Infinity", NaN null, −0 becomes 0, undefined members are dropped.
 */
export function jsonSafe(value: unknown): unknown {
  if (typeof value === "number") return Number.isNaN(value) ? null : value === Infinity ? "Infinity" : value === -Infinity ? "-Infinity" : value === 0 ? 0 : value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>, jsonSafe);
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = jsonSafe(v);
    return out;
  }
  return value;
}

/** JSON with objects indented by two spaces and arrays of numbers, strings or null on one line. */
export function compactJson(value: unknown, indent = ""): string {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
    const inner = indent + "  ";
    return value.length ? `[\n${value.map((v) => inner + compactJson(v, inner)).join(",\n")}\n${indent}]` : "[]";
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    const inner = indent + "  ";
    return entries.length ? `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`).join(",\n")}\n${indent}}` : "{}";
  }
  return JSON.stringify(value) ?? "null";
}
