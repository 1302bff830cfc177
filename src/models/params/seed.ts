/**
 * The seed spec, shared by every model and every way a seed arrives (a flag, the URL, a field,
 * a file): an integer in [0, 2^32), as numpy's `RandomState` and Python's `random` take it.
 * One message: `must be an integer in [0, 4294967295], got 'x'`.
 */
import { shown } from "./codec";
import { SornInputError } from "./error";

/** The largest seed, 2^32 − 1. */
export const SEED_MAX = 0xffffffff;

/** How far the default input stream's seed is from the network's. */
export const INPUT_SEED_OFFSET = 1000;

function refuse(argument: string, value: unknown): never {
  throw new SornInputError(argument, `must be an integer in [0, ${SEED_MAX}], got ${shown(value)}`);
}

/** A seed value (from a file or the API) checked and returned; anything else throws naming `argument`. */
export function checkSeed(value: unknown, argument = "seed"): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > SEED_MAX) refuse(argument, value);
  return value;
}

/** A seed from text: decimal digits only (surrounding blanks ignored). */
export function parseSeed(text: string, argument = "seed"): number {
  const t = text.trim();
  const n = Number(t);
  if (!/^\d+$/.test(t) || n > SEED_MAX) refuse(argument, text);
  return n;
}

/** An input seed from text; empty or "auto" is null, meaning {@link defaultInputSeed}. */
export function parseInputSeed(text: string, argument = "input seed"): number | null {
  const t = text.trim();
  return t === "" || t.toLowerCase() === "auto" ? null : parseSeed(text, argument);
}

/**
 * The seed of the default uniform input stream for a run seeded with `seed`:
 * (seed + 1000) mod 2^32, so every valid seed has one (4294967000 gives 704).
 */
export function defaultInputSeed(seed: number): number {
  return (checkSeed(seed) + INPUT_SEED_OFFSET) % (SEED_MAX + 1);
}
