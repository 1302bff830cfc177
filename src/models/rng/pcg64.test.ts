/**
 * numpy's SeedSequence + PCG64 + Generator (spec/experiments.md §5 C6): Gymnasium's reset(seed)
 * anchors of §1.5 bitwise, and draws compared with numpy 2.4.6 (`np.random.default_rng(s)`).
 */
import { describe, expect, it } from "vitest";
import { Pcg64 } from "./pcg64";
import { SeedSequence, uint32Words } from "./seed-sequence";

const reset = (seed: number, low = -0.05, high = 0.05) => {
  const g = new Pcg64(seed);
  return [0, 1, 2, 3].map(() => g.uniform(low, high));
};

describe("C6: Gymnasium's reset(seed) draws", () => {
  it("seeds 0, 42 and 123 give the §1.5 anchors bitwise", () => {
    expect(reset(0)).toEqual([0.013696168732145436, -0.02302132862361297, -0.045902647606380534, -0.04834723644714709]);
    expect(reset(42)).toEqual([0.027395604855596334, -0.006112156024794771, 0.03585979199113824, 0.019736802905936393]);
    expect(reset(123)).toEqual([0.018235186324814343, -0.04461789811977773, -0.027964012722738865, -0.03156281893013303]);
  });
  it("seed 7 gives the fixture's s0", () => {
    expect(reset(7)).toEqual([0.012509546660466692, 0.039721380096957554, 0.02756856902451936, -0.027479281000940815]);
  });
  it("Gymnasium's docstring (seed 123, low 0, high 1; float32)", () => {
    reset(123, 0, 1).forEach((v, i) => expect(Math.fround(v)).toBeCloseTo([0.6823519, 0.05382102, 0.22035988, 0.18437181][i], 7));
  });
});

describe("numpy's Generator(PCG64)", () => {
  it("integers(2) as action_space.sample() (numpy: default_rng(0).integers(2) × 20)", () => {
    const g = new Pcg64(0);
    expect(Array.from({ length: 20 }, () => g.integers(2))).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });
  it("integers(7), random(), integers(2**32) interleaved share the 32-bit buffer as numpy's", () => {
    const g = new Pcg64(5);
    expect(Array.from({ length: 10 }, () => g.integers(7))).toEqual([4, 5, 0, 5, 3, 3, 4, 2, 6, 0]);
    expect(g.random()).toBe(0.38336888078551823);
    expect([g.integers(2 ** 32), g.integers(2 ** 32), g.integers(2 ** 32)]).toEqual([2453218244, 1754379058, 562902478]);
    expect(g.random()).toBe(0.04875771072716806);
  });
  it("SeedSequence with entropy beyond the pool (2**70 + 5)", () => {
    expect(uint32Words(2n ** 70n + 5n)).toEqual([5, 0, 64]);
    expect(new SeedSequence(2n ** 70n + 5n).generateState64(4)).toEqual([726263078096862806n, 7809400558599790184n, 11174137857383931066n, 8975618194489585486n]);
  });
  it("rejects negative and fractional seeds", () => {
    expect(() => new Pcg64(-1)).toThrow("seed: must be a non-negative integer");
    expect(() => new Pcg64(0.5)).toThrow("seed: must be a non-negative integer");
  });
});
