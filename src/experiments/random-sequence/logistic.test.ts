import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { logisticMemoryCurve } from "./logistic";
import { memoryCurve } from "./memory";

describe("logisticMemoryCurve", () => {
  it("reads the encoded lags perfectly and the others at chance (a shift-register state), like least squares", () => {
    const A = 4, T = 3000, first = 5;
    const rng = new NumpyRandom(11);
    const s = Uint8Array.from({ length: first + T }, () => rng.randint(A));
    const bits = new Uint8Array(T * 2 * A);
    for (let t = 0; t < T; t++) bits[t * 2 * A + s[first + t]] = 1, bits[t * 2 * A + A + s[first + t - 1]] = 1;
    const states = { bits, steps: T, width: 2 * A };
    const perf = logisticMemoryCurve(states, s, first, 2000, 1000, A, 4, { iterations: 60 });
    expect(perf.slice(0, 2)).toEqual([1, 1]);
    for (const p of perf.slice(2)) expect(Math.abs(p - 1 / A)).toBeLessThan(0.06);
    expect(perf.slice(0, 2)).toEqual(memoryCurve(states, s, first, 2000, 1000, A, 4).slice(0, 2));
    expect(logisticMemoryCurve(states, s, first, 2000, 1000, A, 4, { iterations: 60 })).toEqual(perf);
  });
});
