/**
 * The Hamming distance of the perturbation experiment (spec experiments.md §4.3, criterion C22):
 * for two activity histories a, b (rows = steps, entries 0/1),
 *
 *   d(t) = #{i : a_i(t) ≠ b_i(t)},
 *
 * one entry per row — the package's `Statistics.hamming_distance(a, b)` (spec sorn.md §6: "a list,
 * one entry per row t, of #(a[t] ≠ b[t])"). `hammingStep` is one row's distance, the quantity the
 * experiment records after every step of the two copies.
 */

/** #{i : a_i ≠ b_i} for two equal-length 0/1 vectors. */
export function hammingStep(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`hamming: rows of different lengths (${a.length} and ${b.length})`);
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d;
}

/** d(t) for every row t of two histories of the same shape (the package's list). */
export function hamming(a: readonly ArrayLike<number>[], b: readonly ArrayLike<number>[]): number[] {
  if (a.length !== b.length) throw new RangeError(`hamming: ${a.length} rows and ${b.length} rows`);
  return a.map((row, t) => hammingStep(row, b[t]));
}
