/**
 * The counting task's input (Lazar, Pipa & Triesch 2009; spec experiments.md §3.1, §3.3 step 2,
 * criterion C16): a random alternation of two words of length L = n + 2,
 *
 *   word 1 = A B^n C,   word 2 = D E^n F,
 *
 * over the alphabet A…F = letters 0…5. At every word boundary the next word is word 1 with
 * probability ½ (one uniform draw u from the task's own generator: word 1 iff u < ½), so the
 * letter after C or F is A or D with p = ½ and nothing else is random. The stream starts at the
 * first letter of a word. Letter k drives input channels 10k…10k+9 with 1.0 and every other
 * channel with 0 (`LETTER_POOL` channels per letter, 6 · 10 = 60 = nu).
 */
import type { InputSource } from "../../models/inputs";

/** The letters, in channel-pool order: letter k is `LETTERS[k]`. */
export const LETTERS = ["A", "B", "C", "D", "E", "F"] as const;
/** Number of letters (6). */
export const LETTER_COUNT = LETTERS.length;
/** Input channels per letter (10). */
export const LETTER_POOL = 10;
/** Input channels of the task: 6 letters × 10 (the network's nu). */
export const TASK_CHANNELS = LETTER_COUNT * LETTER_POOL;

/** Letter indices: A = 0 … F = 5. */
export const A = 0, B = 1, C = 2, D = 3, E = 4, F = 5;

/** A generator of uniform [0, 1) doubles (e.g. `NumpyRandom`); the task's only randomness. */
export interface Uniform01 {
  random(): number;
}

/** Checks the middle length n: a positive integer. */
export function checkCount(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`counting task: n must be a positive integer, got ${n}`);
  return n;
}

/**
 * The first `length` letters of the stream (as indices 0…5), drawing one uniform from `rng` at the
 * start of each word: word 1 (A B^n C) iff u < ½, else word 2 (D E^n F).
 */
export function countingLetters(n: number, length: number, rng: Uniform01): Uint8Array {
  checkCount(n);
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`counting task: length must be a non-negative integer, got ${length}`);
  const out = new Uint8Array(length);
  const L = n + 2;
  for (let t = 0; t < length; t += L) {
    const first = rng.random() < 0.5 ? A : D;
    const end = Math.min(length, t + L);
    out[t] = first;
    for (let s = t + 1; s < end; s++) out[s] = s === t + L - 1 ? first + 2 : first + 1;
  }
  return out;
}

/** Writes the input of letter k into `out`: 1.0 on channels 10k…10k+9, 0 elsewhere. */
export function letterPattern(k: number, out: Float64Array): Float64Array {
  out.fill(0);
  const lo = k * LETTER_POOL;
  for (let i = lo; i < lo + LETTER_POOL; i++) out[i] = 1;
  return out;
}

/**
 * An engine input that presents `letters[t − firstStep]` at network step t (`InputSource.fill`);
 * a step outside the stream is an error.
 */
export function letterInput(letters: Uint8Array, firstStep = 0): InputSource {
  return {
    nu: TASK_CHANNELS,
    fill(t, out) {
      const i = t - firstStep;
      if (i < 0 || i >= letters.length) throw new RangeError(`counting task: the letter stream has ${letters.length} letters, step ${t} needs letter ${i}`);
      letterPattern(letters[i], out);
    },
  };
}

/** The letters as text ("ABBCDEEF…"), for messages and tests. */
export function lettersText(letters: ArrayLike<number>): string {
  let s = "";
  for (let i = 0; i < letters.length; i++) s += LETTERS[letters[i]];
  return s;
}
