import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { memoryCapacity, memoryCurve } from "./memory";

describe("memoryCurve", () => {
  it("is 1 for the lags a state encodes exactly and chance-level beyond (a shift-register 'network')", () => {
    // State x(t) = one-hot of s(t) and of s(t−1) (2 × A bits): lags 0 and 1 are perfectly readable.
    const A = 4, T = 3000, first = 5;
    const rng = new NumpyRandom(9);
    const s = Uint8Array.from({ length: first + T }, () => rng.randint(A));
    const bits = new Uint8Array(T * 2 * A);
    for (let t = 0; t < T; t++) bits[t * 2 * A + s[first + t]] = 1, bits[t * 2 * A + A + s[first + t - 1]] = 1;
    const perf = memoryCurve({ bits, steps: T, width: 2 * A }, s, first, 2000, 1000, A, 4);
    expect(perf[0]).toBe(1);
    expect(perf[1]).toBe(1);
    for (const p of perf.slice(2)) expect(Math.abs(p - 1 / A)).toBeLessThan(0.06);
  });
  it("memory capacity: chance scores 0, perfect 1 per lag", () => {
    expect(memoryCapacity([1, 1, 0.1, 0.1], 10)).toBeCloseTo(2, 12);
    expect(memoryCapacity([0.55], 10)).toBeCloseTo(0.5, 12);
  });
});
