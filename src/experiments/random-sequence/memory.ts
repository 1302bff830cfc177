/**
 * The fading-memory curve (spec experiments.md §4.1, "FadingMemory"): for every lag k = 0…K−1 a
 * linear winner-take-all readout of the state x(t) (features [x(t), 1]) is trained for the target
 * s(t − k) on the training stretch and scored on the test stretch,
 *
 *   perf(k) = #{t ∈ test : argmax_c ([x(t), 1] W_k)_c = s(t − k)} / T_te,
 *
 * W_k the least-squares weights (`lstsq`, minimum norm, no ridge), as the counting readout. All K
 * readouts share the design, so one QR of [X, 1] solves them at once: Y = [Y_0 | … | Y_{K−1}],
 * Y_k the one-hot targets of lag k. Memory capacity MC = Σ_k (perf(k) − 1/A) / (1 − 1/A)
 * (chance 1/A scores 0, a perfect readout 1 per lag).
 */
import { design, type StateRows } from "../readout/linear";
import { lstsq, matrix, multiply } from "../readout/qr";

/** perf(k) for k = 0…lags−1 from states x(t) at steps first…first+train+test−1 (rows in order). */
export function memoryCurve(states: StateRows, symbols: Uint8Array, first: number, train: number, test: number, alphabet: number, lags: number): number[] {
  if (states.steps !== train + test) throw new RangeError(`memory curve: ${states.steps} states for ${train} + ${test} steps`);
  if (first < lags - 1) throw new RangeError(`memory curve: lag ${lags - 1} needs ${lags - 1} symbols before the first recorded step, there are ${first}`);
  const d = states.width;
  const rows = (from: number, count: number): StateRows => ({ bits: states.bits.subarray(from * d, (from + count) * d), steps: count, width: d });
  const Y = matrix(train, alphabet * lags);
  for (let k = 0; k < lags; k++)
    for (let t = 0; t < train; t++) Y.data[(k * alphabet + symbols[first + t - k]) * train + t] = 1;
  const { W } = lstsq(design(rows(0, train)), Y);
  const scores = multiply(design(rows(train, test)), W);
  const perf: number[] = [];
  for (let k = 0; k < lags; k++) {
    let hits = 0;
    for (let t = 0; t < test; t++) {
      let best = 0;
      for (let c = 1; c < alphabet; c++) if (scores.data[(k * alphabet + c) * test + t] > scores.data[(k * alphabet + best) * test + t]) best = c;
      if (best === symbols[first + train + t - k]) hits++;
    }
    perf.push(hits / test);
  }
  return perf;
}

/** MC = Σ_k (perf(k) − 1/A) / (1 − 1/A). */
export function memoryCapacity(perf: readonly number[], alphabet: number): number {
  const chance = 1 / alphabet;
  return perf.reduce((s, p) => s + (p - chance) / (1 - chance), 0);
}
