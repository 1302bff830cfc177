import type { NumpyRandom } from "../../rng/numpy-random";
import type { PythonRandom } from "../../rng/python-random";
import type { ColumnMatrix } from "../column-matrix";
import type { SornRule } from "./rule";

/**
 * Whether structural plasticity fires this step. The package draws `randint(0, 10)` every step
 * and fires on 0 (p = 0.1). A probability p that is a multiple of 0.1 keeps that draw (fires when
 * randint(0,10) < 10p); any other p uses one `random_sample() < p`.
 */
export function spTriggers(np: NumpyRandom, prob: number): boolean {
  const tenths = Math.round(prob * 10);
  if (Math.abs(prob * 10 - tenths) < 1e-9) return np.randint(10) < tenths;
  return np.random() < prob;
}

/**
 * Structural plasticity (spec §3.6.3): among all off-diagonal (r, c) with Wee[r,c] ≤ 0, listed in
 * row-major order, pick one with Python's `random.choice` and set it to `weight`. The list is
 * never built: its length is ne·(ne−1) − (stored off-diagonal entries), and the chosen position
 * is located by walking row counts, then the gaps of that row. With no empty slot it does
 * nothing (the package raises). Returns the new synapse's (row, col), or null.
 */
export function applySp(Wee: ColumnMatrix, py: PythonRandom, weight: number): [number, number] | null {
  const n = Wee.cols;
  const perRow = n - 1;
  const empty = Wee.rows * perRow - (Wee.nonZeroCount() - Wee.diagonal);
  if (empty <= 0) return null;
  let k = py.choiceIndex(empty);
  let r = 0;
  for (; r < Wee.rows; r++) {
    const rowEmpty = perRow - (Wee.outDegree(r) - (Wee.lists.find(r, r) >= 0 ? 1 : 0));
    if (k < rowEmpty) break;
    k -= rowEmpty;
  }
  // The k-th column c ≠ r of row r with nothing stored (a binary search in each column).
  let c = 0;
  for (; c < n; c++) {
    if (c === r || Wee.lists.find(c, r) >= 0) continue;
    if (k === 0) break;
    k--;
  }
  Wee.set(r, c, weight);
  return [r, c];
}

/**
 * Structural plasticity as a part of the step: draws {@link spTriggers} every step (even at
 * sp_prob = 0, as the package does), and when it fires, {@link applySp}.
 */
export const sp: SornRule<"sp"> = {
  name: "sp",
  title: "Structural plasticity",
  description: "with probability sp_prob, one new E→E synapse of weight sp_weight in an empty slot",
  apply(c) {
    if (spTriggers(c.np, c.params.sp_prob)) applySp(c.net.Wee, c.py, c.params.sp_weight);
  },
};
