/**
 * The counting task's scores (spec experiments.md §3.3 step 6, criterion C17). Given the target
 * letters y_t and the readout's predictions ŷ_t on the test stretch,
 *
 *   perf_all     = #{t : ŷ_t = y_t} / T                                  (every step)
 *   perf_reduced = #{t : ŷ_t = y_t, y_t ∈ {B, C, E, F}} / #{t : y_t ∈ {B, C, E, F}}
 *   perf_last    = #{t : ŷ_t = y_t, y_t ∈ {C, F}} / #{t : y_t ∈ {C, F}}   (the counting decision)
 *
 * A / D (the first letter of a word) is a coin flip, so no predictor beats ½ on it; `reduced`
 * drops it (Del Papa 2017's "reduced performance"); `last` keeps only the word ends, which only a
 * predictor that counts the n middle letters gets right. A score with no qualifying step is NaN.
 *
 * Reference lines, per word of L = n + 2 targets (n middle letters, the end letter, the next
 * word's first letter, guessed right half the time):
 *   optimal (knows the count):       all 1 − 1/(2(n+2)),  reduced 1,        last 1
 *   cannot count (knows the letter): all 1 − 1.5/(n+2),   reduced n/(n+1),  last 0
 * (the latter always predicts B after B: it misses C, and E → F likewise).
 */
import { A, B, C, D, E, F, checkCount } from "./source";

/** The three scores of one test stretch. */
export interface CountingScores {
  perf_all: number;
  perf_reduced: number;
  perf_last: number;
}

/** Scores of `predicted` against `target` (same length, letters 0…5). */
export function countingScores(target: ArrayLike<number>, predicted: ArrayLike<number>): CountingScores {
  if (target.length !== predicted.length) throw new RangeError(`counting scores: ${target.length} targets but ${predicted.length} predictions`);
  let all = 0, reduced = 0, reducedN = 0, last = 0, lastN = 0;
  for (let t = 0; t < target.length; t++) {
    const y = target[t];
    const hit = predicted[t] === y ? 1 : 0;
    all += hit;
    if (y !== A && y !== D) {
      reduced += hit;
      reducedN++;
      if (y === C || y === F) {
        last += hit;
        lastN++;
      }
    }
  }
  return { perf_all: all / target.length, perf_reduced: reduced / reducedN, perf_last: last / lastN };
}

/** The reference lines of §3.3 step 6 for middle length n. */
export function referenceScores(n: number): { optimal: CountingScores; cannotCount: CountingScores } {
  checkCount(n);
  return {
    optimal: { perf_all: 1 - 1 / (2 * (n + 2)), perf_reduced: 1, perf_last: 1 },
    cannotCount: { perf_all: 1 - 1.5 / (n + 2), perf_reduced: n / (n + 1), perf_last: 0 },
  };
}

/**
 * An oracle's prediction of letter(t+1) after seeing letters(0…t) of a stream of middle length n
 * that starts at a word's first letter. `counting` knows the position in the word; `letter` knows
 * only the current letter (after A or B it says B, after D or E it says E). After a word's end
 * both guess A.
 */
export function oraclePredictions(letters: ArrayLike<number>, n: number, kind: "counting" | "letter"): Uint8Array {
  checkCount(n);
  const out = new Uint8Array(letters.length);
  let pos = -1;
  for (let t = 0; t < letters.length; t++) {
    const y = letters[t];
    pos = y === A || y === D ? 0 : pos + 1;
    const first = y < D ? A : D;
    if (y === C || y === F) out[t] = A;
    else if (kind === "letter") out[t] = first === A ? B : E;
    else out[t] = pos + 1 === n + 1 ? first + 2 : first + 1;
  }
  return out;
}
