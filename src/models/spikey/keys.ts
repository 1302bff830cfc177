/**
 * Typed parameter keys of the Spikey-style parts (spec spikey.md §1.1, §6): every part declares
 * the keys it reads from the one flat parameter dict, each with a name, a description, a type,
 * an optional default and a range. `resolveKeys` takes a part's keys out of the dict, fills the
 * defaults and checks types and ranges, so a bad value fails with one message naming the key
 * (a {@link SornInputError}) instead of a crash or a silent NaN.
 */
import { shown } from "../params/codec";
import { SornInputError } from "../params/error";

/** How a key's value is written: a number, a whole number, a flag, a string choice or JSON data. */
export type KeyType = "int" | "float" | "bool" | "choice" | "json";

/** One key a part reads from the flat dict. */
export interface PartKey {
  readonly name: string;
  readonly description: string;
  readonly type: KeyType;
  /** The value when the dict has none; absent = required. `null` is allowed for "json" keys. */
  readonly default?: number | boolean | string | null | readonly unknown[] | Readonly<Record<string, unknown>>;
  /** Inclusive range of a number. */
  readonly min?: number;
  readonly max?: number;
  /** The allowed strings of a "choice". */
  readonly choices?: readonly string[];
}

/** The flat parameter dict every part of one network reads (spec §1.1). */
export type FlatParams = Readonly<Record<string, unknown>>;

/** Check one value against its key and return it; a wrong type or a value out of range throws naming the key. */
export function checkKey(key: PartKey, value: unknown): unknown {
  const name = key.name;
  switch (key.type) {
    case "bool":
      if (typeof value !== "boolean") throw new SornInputError(name, `must be true or false, got ${shown(value)}`);
      return value;
    case "choice": {
      const choices = key.choices ?? [];
      if (typeof value !== "string" || !choices.includes(value)) throw new SornInputError(name, `must be one of ${choices.join(", ")}, got ${shown(value)}`);
      return value;
    }
    case "json":
      if (value === undefined) throw new SornInputError(name, "must be given");
      return value;
    default: {
      if (typeof value !== "number" || !Number.isFinite(value)) throw new SornInputError(name, `must be a finite number, got ${shown(value)}`);
      if (key.type === "int" && !Number.isInteger(value)) throw new SornInputError(name, `must be an integer, got ${value}`);
      if (key.min !== undefined && value < key.min) throw new SornInputError(name, `must be ≥ ${key.min}, got ${value}`);
      if (key.max !== undefined && value > key.max) throw new SornInputError(name, `must be ≤ ${key.max}, got ${value}`);
      return value;
    }
  }
}

/**
 * A part's resolved values: for each of its keys, the dict's value or else the default, checked.
 * A required key the dict lacks throws `<key>: required by <part>`.
 */
export function resolveKeys(part: string, keys: readonly PartKey[], params: FlatParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const given = Object.prototype.hasOwnProperty.call(params, key.name) ? params[key.name] : undefined;
    if (given === undefined && !("default" in key)) throw new SornInputError(key.name, `required by ${part} (${key.description})`);
    const value = given === undefined ? key.default : given;
    out[key.name] = key.type === "json" && value === null ? null : checkKey(key, value);
  }
  return out;
}

/** A number from resolved values (the key was declared as int/float). */
export function num(values: Readonly<Record<string, unknown>>, name: string): number {
  return values[name] as number;
}

/** Merge key lists, the first declaration of a name winning (parts share keys by name). */
export function unionKeys(lists: readonly (readonly PartKey[])[]): PartKey[] {
  const seen = new Map<string, PartKey>();
  for (const list of lists) for (const k of list) if (!seen.has(k.name)) seen.set(k.name, k);
  return [...seen.values()];
}
