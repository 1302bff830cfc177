/**
 * The one parameter codec, generic over any family's {@link ParamSchema}: text → value (the
 * command line's flags, the URL, the lab's fields), value → text, and the checks every value
 * passes wherever it comes from (a file, the API). One rule and one wording per error:
 *
 * - empty or "auto" means null ("auto") for a "floatOrAuto" parameter, and nowhere else;
 * - text that is not a finite number (empty included): `must be a finite number, got 'x'`;
 * - `must be an integer, got 1.5`; `must be ≥ 0, got -1`; `must be ≤ 1, got 5`;
 * - a choice: `must be one of Sparse, Dense, got 'x'`;
 * - a number list: `must be numbers separated by commas, got 'x'`; empty text where some is
 *   needed: `must not be empty`.
 *
 * Errors are {@link SornInputError}s naming the parameter; the command line shows them as
 * `sorn: --name: …`, the URL as `name: …; using the default`, a field shows the message alone.
 * Seeds have their own spec in `seed.ts`.
 */
import { SornInputError } from "./error";
import type { ParamSchema, ParamSpec } from "./schema";

/** The text of a null ("auto") value, and what a "floatOrAuto" field accepts for it. */
export const AUTO = "auto";

/** A parsed or checked parameter value: a number, a choice, or null ("auto"). */
export type ParamValue = number | string | null;

/** How a value appears in an error: text in single quotes, numbers as written, others as JSON. */
export function shown(v: unknown): string {
  if (typeof v === "string") return `'${v}'`;
  if (typeof v === "number" || v === undefined) return String(v);
  return String(JSON.stringify(v));
}

/** The message for a value that is not a finite number. */
export function notANumber(v: unknown): string {
  return `must be a finite number, got ${shown(v)}`;
}

/** A finite number from text (surrounding blanks ignored); anything else throws, naming `argument`. */
export function parseNumber(text: string, argument: string): number {
  const t = text.trim();
  const n = t === "" ? NaN : Number(t);
  if (!Number.isFinite(n)) throw new SornInputError(argument, notANumber(text));
  return n;
}

/** At least one finite number, separated by commas and/or blanks ("1, 0.5 0"). */
export function parseNumberList(text: string, argument: string): number[] {
  const values = text.split(/[,\s]+/).filter((s) => s !== "").map(Number);
  if (values.length === 0 || !values.every(Number.isFinite)) throw new SornInputError(argument, `must be numbers separated by commas, got ${shown(text)}`);
  return values;
}

/** Text with something in it besides blanks (returned trimmed). */
export function parseNonEmpty(text: string, argument: string): string {
  const t = text.trim();
  if (t === "") throw new SornInputError(argument, "must not be empty");
  return t;
}

/**
 * Check a typed value (from a file, the API, or parsed text) against its spec and return it:
 * a choice among `choices`, null or "auto" for a "floatOrAuto", otherwise a finite number,
 * whole for "int", within [min, max].
 */
export function checkParam(spec: ParamSpec, value: unknown): ParamValue {
  const name = spec.name;
  if (spec.kind === "choice") {
    const choices = spec.choices ?? [];
    if (typeof value !== "string" || !choices.includes(value)) throw new SornInputError(name, `must be one of ${choices.join(", ")}, got ${shown(value)}`);
    return value;
  }
  if (spec.kind === "floatOrAuto" && (value === null || value === AUTO)) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new SornInputError(name, notANumber(value));
  if (spec.kind === "int" && !Number.isInteger(value)) throw new SornInputError(name, `must be an integer, got ${value}`);
  if (spec.min !== undefined && value < spec.min) throw new SornInputError(name, `must be ≥ ${spec.min}, got ${value}`);
  if (spec.max !== undefined && value > spec.max) throw new SornInputError(name, `must be ≤ ${spec.max}, got ${value}`);
  return value;
}

/**
 * Parse a parameter's text (a flag, a URL value, a field) and check it. A choice matches its
 * choices ignoring case ("dense" is "Dense"); empty or "auto" is null only for "floatOrAuto".
 */
export function parseParam(spec: ParamSpec, text: string): ParamValue {
  const t = text.trim();
  if (spec.kind === "floatOrAuto" && (t === "" || t.toLowerCase() === AUTO)) return null;
  if (spec.kind === "choice") return checkParam(spec, spec.choices?.find((c) => c.toLowerCase() === t.toLowerCase()) ?? t);
  return checkParam(spec, parseNumber(text, spec.name));
}

/** A value as text, the inverse of {@link parseParam} (null is "auto"). */
export function formatParam(value: unknown): string {
  return value === null ? AUTO : String(value);
}

/** The spec of `name`; an unknown name throws, listing the known ones. */
export function paramSpec(schema: ParamSchema, name: string): ParamSpec {
  const spec = schema.find((s) => s.name === name);
  if (!spec) throw new SornInputError(name, `unknown hyperparameter (known: ${schema.map((s) => s.name).join(", ")})`);
  return spec;
}

/** Every parameter's default, by name. */
export function defaultValues(schema: ParamSchema): Record<string, ParamValue> {
  return Object.fromEntries(schema.map((s) => [s.name, s.default]));
}

/**
 * `base` with `overrides` merged in, each override checked against its spec (undefined ones
 * skipped, unknown names refused). Rules between parameters are the family's to check.
 */
export function mergeParams(schema: ParamSchema, base: Readonly<Record<string, unknown>>, overrides: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(overrides)) {
    if (value !== undefined) out[name] = checkParam(paramSpec(schema, name), value);
  }
  return out;
}

/** Parse texts by name (every flag given, say), each checked against its spec. */
export function parseParams(schema: ParamSchema, texts: Readonly<Record<string, string>>): Record<string, ParamValue> {
  return Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, parseParam(paramSpec(schema, name), text)]));
}

/** The range or choices of a spec in words: "[0, 1]", "≥ 0", "Sparse | Dense", "any". */
export function describeRange(spec: ParamSpec): string {
  if (spec.kind === "choice") return (spec.choices ?? []).join(" | ");
  const auto = spec.kind === "floatOrAuto" ? ` or ${AUTO}` : "";
  if (spec.min !== undefined && spec.max !== undefined) return `[${spec.min}, ${spec.max}]${auto}`;
  if (spec.min !== undefined) return `≥ ${spec.min}${auto}`;
  if (spec.max !== undefined) return `≤ ${spec.max}${auto}`;
  return `any${auto}`;
}
