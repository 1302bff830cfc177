import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../rng/numpy-random";
import { eigenvalues } from "./eigen";

const sorted = (re: Float64Array, im: Float64Array) =>
  [...re].map((r, k) => [r, im[k]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe("eigenvalues (Hessenberg + shifted QR)", () => {
  it("diagonal and triangular matrices give their diagonals", () => {
    const { re, im } = eigenvalues([3, 1, 2, 0, -1, 5, 0, 0, 2], 3);
    expect(sorted(re, im).map(([r]) => r)).toEqual([-1, 2, 3].map((v) => expect.closeTo(v, 12)));
    expect([...im]).toEqual([0, 0, 0]);
  });
  it("a rotation gives e^{±iθ}", () => {
    const th = 0.7;
    const { re, im } = eigenvalues([Math.cos(th), -Math.sin(th), Math.sin(th), Math.cos(th)], 2);
    expect(sorted(re, im)).toEqual([
      [expect.closeTo(Math.cos(th), 12), expect.closeTo(-Math.sin(th), 12)],
      [expect.closeTo(Math.cos(th), 12), expect.closeTo(Math.sin(th), 12)],
    ]);
  });
  it("a companion matrix gives its polynomial's roots: (x−1)(x−2)(x−3)(x²+1)", () => {
    // x^5 − 6x^4 + 12x^3 − 12x^2 + 11x − 6
    const c = [-6, 12, -12, 11, -6];
    const n = 5;
    const m = new Float64Array(n * n);
    for (let j = 0; j < n; j++) m[j] = -c[j];
    for (let i = 1; i < n; i++) m[i * n + i - 1] = 1;
    const got = sorted(...Object.values(eigenvalues(m, n)) as [Float64Array, Float64Array]);
    const want = [[0, -1], [0, 1], [1, 0], [2, 0], [3, 0]];
    got.forEach((g, k) => { expect(g[0]).toBeCloseTo(want[k][0], 9); expect(g[1]).toBeCloseTo(want[k][1], 9); });
  });
  it("a random 60×60 matrix: Σλ = trace, Σλ² = trace(A²), conjugate pairs", () => {
    const n = 60;
    const a = new NumpyRandom(4).normalFill(new Float64Array(n * n), 0, 1);
    const { re, im } = eigenvalues(a, n);
    let tr = 0, tr2 = 0, s = 0, s2 = 0, si = 0;
    for (let i = 0; i < n; i++) {
      tr += a[i * n + i];
      for (let k = 0; k < n; k++) tr2 += a[i * n + k] * a[k * n + i];
      s += re[i];
      si += im[i];
      s2 += re[i] * re[i] - im[i] * im[i];
    }
    expect(s).toBeCloseTo(tr, 8);
    expect(si).toBeCloseTo(0, 10);
    expect(s2).toBeCloseTo(tr2, 7);
    // Circular law: the spectral radius of a Gaussian n×n matrix is about √n.
    const radius = Math.max(...[...re].map((r, k) => Math.hypot(r, im[k])));
    expect(radius).toBeGreaterThan(0.8 * Math.sqrt(n));
    expect(radius).toBeLessThan(1.25 * Math.sqrt(n));
  });
  it("rejects a wrong size", () => {
    expect(() => eigenvalues([1, 2, 3], 2)).toThrow(/expected 4/);
  });
});
