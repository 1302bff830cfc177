/**
 * Hamming distance between two activity histories, e.g. a run and a perturbed copy of it.
 */
import type { SpikeTrain } from "../sorn/types";
import { checkSpikeTrain, fail } from "./validate";

/**
 * Per-step Hamming distance d(t) = #{i : a_i(t) ≠ b_i(t)}, length T. Both trains must have the
 * same steps and neurons. Same as the package's `hamming_distance(a, b)` (which returns a list).
 */
export function hammingDistance(a: SpikeTrain, b: SpikeTrain): Int32Array {
  const fn = "hammingDistance";
  checkSpikeTrain(fn, a, "a");
  checkSpikeTrain(fn, b, "b");
  if (a.steps !== b.steps || a.neurons !== b.neurons) {
    fail(fn, `a and b must have the same shape (a is ${a.steps}×${a.neurons}, b is ${b.steps}×${b.neurons})`);
  }
  const { steps, neurons } = a;
  const d = new Int32Array(steps);
  for (let t = 0; t < steps; t++) {
    let s = 0;
    const base = t * neurons;
    for (let i = 0; i < neurons; i++) s += a.data[base + i] ^ b.data[base + i];
    d[t] = s;
  }
  return d;
}
