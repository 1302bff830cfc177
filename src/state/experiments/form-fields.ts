/**
 * What the Experiments view's settings forms share: collecting one refusal per field while a form
 * is parsed, the seed count (seeds 0…K−1) and a list of ticked choices, each refused in the
 * words `sorn preset …` uses.
 */
/** The largest seed count the page takes (the CLI takes more). */
export const PAGE_MAX_SEEDS = 100;

/** A form being parsed: `take(field, f)` runs f, keeping its error under `field`. */
export function formParser<K extends string>(): { errors: Partial<Record<K, string>>; take<T>(field: K, f: () => T): T | undefined } {
  const errors: Partial<Record<K, string>> = {};
  return {
    errors,
    take(field, f) {
      try {
        return f();
      } catch (e) {
        errors[field] = (e as Error).message;
        return undefined;
      }
    },
  };
}

/** "K" → K, a whole number in [1, max] (seeds 0…K−1). */
export function parseSeedCount(text: string, max = PAGE_MAX_SEEDS): number {
  const t = text.trim();
  if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > max) throw new Error(`seeds: a whole number from 1 to ${max} (seeds 0…K−1), got '${text}'`);
  return Number(t);
}

/** The ticked items of `known` in `known`'s order (at least one; refused as `field: …`). */
export function tickedChoices<T extends string>(ticked: readonly T[], known: readonly T[], what: string, field: string): T[] {
  const picked = known.filter((k) => ticked.includes(k));
  if (!picked.length) throw new Error(`${field}: needs at least one ${what} (${known.join(", ")})`);
  return picked;
}
