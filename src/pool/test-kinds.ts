/**
 * Built-in job kinds for the pool's own tests (and a quick smoke test of a deployment): a seeded
 * computation that reports progress, one that throws, and one that spins for a while.
 */
import { NumpyRandom } from "../models/rng/numpy-random";
import { defineKind } from "./registry";

/** Spec of `test.sum`: n uniform draws of numpy's RandomState(seed). */
export interface SumSpec {
  seed: number;
  n: number;
}

/** Result of `test.sum`: the sum of the draws and the first four (as a typed array). */
export interface SumResult {
  seed: number;
  n: number;
  sum: number;
  head: Float64Array;
}

/**
 * `test.sum`: the sum of n draws of `np.random.RandomState(seed).rand(n)` (the repo's MT19937,
 * so a worker loads the WebAssembly kernel as a real kind would), progress every tenth.
 */
export const testSum = defineKind<SumSpec, SumResult>("test.sum", ({ seed, n }, ctx) => {
  const rng = new NumpyRandom(seed);
  const head = new Float64Array(Math.min(4, n));
  const chunk = Math.max(1, Math.ceil(n / 10));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = rng.random();
    if (i < head.length) head[i] = x;
    sum += x;
    if ((i + 1) % chunk === 0) {
      ctx.progress((i + 1) / n);
      if (ctx.cancelled()) break;
    }
  }
  return { seed, n, sum, head };
});

/** `test.fail`: throws an Error with `message`. */
export const testFail = defineKind<{ message: string }, never>("test.fail", ({ message }) => {
  throw new Error(message);
});

/** `test.spin`: busy for `ms` milliseconds (reporting progress), then returns `ms`. */
export const testSpin = defineKind<{ ms: number }, number>("test.spin", ({ ms }, ctx) => {
  const t0 = Date.now();
  let last = t0;
  for (;;) {
    const now = Date.now();
    if (now - t0 >= ms || ctx.cancelled()) break;
    if (now - last >= 20) {
      ctx.progress((now - t0) / ms);
      last = now;
    }
  }
  return ms;
});
