import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { argmaxRows, fitReadout, predict } from "./linear";
import { lstsq, matrix, multiply, type Matrix } from "./qr";

interface Fixture {
  rows: number;
  cols: number;
  classes: number;
  X: number[][];
  Y: number[][];
  labels: number[];
  W: number[][];
  rank: number;
  residual_norms: number[];
  argmax: number[];
}

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../test/fixtures/lstsq/lstsq-500x61.json"), "utf8")) as Fixture;

/** Row-major rows → a column-major matrix. */
function fromRows(rows: number[][]): Matrix {
  const m = rows.length, n = rows[0].length;
  const M = matrix(m, n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) M.data[j * m + i] = rows[i][j];
  return M;
}

function residualNorms(X: Matrix, Y: Matrix, W: Matrix): number[] {
  const F = multiply(X, W);
  return Array.from({ length: Y.cols }, (_, c) => {
    let s = 0;
    for (let i = 0; i < Y.rows; i++) s += (Y.data[c * Y.rows + i] - F.data[c * Y.rows + i]) ** 2;
    return Math.sqrt(s);
  });
}

describe("lstsq against numpy (C18: 500 × 61 binary design, rank-deficient, one-hot targets)", () => {
  const X = fromRows(fixture.X);
  const Y = fromRows(fixture.Y);
  const { W, rank } = lstsq(X, Y);

  it("finds numpy's rank (61 columns, 4 dependencies: two silent, a copy, a complement)", () => {
    expect(rank).toBe(fixture.rank);
    expect(rank).toBe(57);
  });

  it("gives numpy's argmax prediction on every row", () => {
    const pred = Array.from(argmaxRows(multiply(X, W)));
    expect(pred).toEqual(fixture.argmax);
  });

  it("gives numpy's residual norms to 1e-9 relative", () => {
    const norms = residualNorms(X, Y, W);
    norms.forEach((v, c) => expect(Math.abs(v - fixture.residual_norms[c]) / fixture.residual_norms[c]).toBeLessThan(1e-9));
  });

  it("gives numpy's minimum-norm weights (1e-9 absolute)", () => {
    const ref = fromRows(fixture.W);
    let worst = 0;
    for (let i = 0; i < ref.data.length; i++) worst = Math.max(worst, Math.abs(ref.data[i] - W.data[i]));
    expect(worst).toBeLessThan(1e-9);
  });

  it("the readout (states + bias) predicts as numpy on the same rows", () => {
    const d = fixture.cols - 1;
    const bits = new Uint8Array(fixture.rows * d);
    fixture.X.forEach((row, t) => row.slice(0, d).forEach((v, i) => (bits[t * d + i] = v)));
    const states = { bits, steps: fixture.rows, width: d };
    const readout = fitReadout(states, fixture.labels, fixture.classes);
    expect(Array.from(predict(readout, states))).toEqual(fixture.argmax);
  });
});

describe("lstsq on small systems", () => {
  it("solves a full-rank overdetermined system like the normal equations", () => {
    const rng = new NumpyRandom(3);
    const m = 40, n = 5;
    const X = matrix(m, n, Float64Array.from({ length: m * n }, () => rng.random()));
    const Y = matrix(m, 1, Float64Array.from({ length: m }, () => rng.random()));
    const { W, rank } = lstsq(X, Y);
    expect(rank).toBe(n);
    // Residual orthogonal to the columns: Xᵀ (Y − X W) = 0.
    const F = multiply(X, W);
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += X.data[j * m + i] * (Y.data[i] - F.data[i]);
      expect(Math.abs(s)).toBeLessThan(1e-12);
    }
  });

  it("gives the minimum-norm solution of an underdetermined system: x1 + x2 = 2 → (1, 1)", () => {
    const { W, rank } = lstsq(matrix(1, 2, Float64Array.of(1, 1)), matrix(1, 1, Float64Array.of(2)));
    expect(rank).toBe(1);
    expect(W.data[0]).toBeCloseTo(1, 14);
    expect(W.data[1]).toBeCloseTo(1, 14);
  });

  it("handles duplicate and zero columns: [a, a, 0] w = y → w = (½, ½, 0) · coefficient", () => {
    const a = [1, 0, 1, 1];
    const X = matrix(4, 3, Float64Array.from([...a, ...a, 0, 0, 0, 0]));
    const Y = matrix(4, 1, Float64Array.from(a.map((v) => 3 * v)));
    const { W, rank } = lstsq(X, Y);
    expect(rank).toBe(1);
    expect(Array.from(W.data).map((v) => +v.toFixed(12))).toEqual([1.5, 1.5, 0]);
  });

  it("an all-zero design gives zero weights and rank 0", () => {
    const { W, rank } = lstsq(matrix(3, 2), matrix(3, 1, Float64Array.of(1, 2, 3)));
    expect(rank).toBe(0);
    expect(Array.from(W.data)).toEqual([0, 0]);
  });

  it("ridge shrinks the state weights and leaves a bias-only fit alone", () => {
    // One bit that is on exactly when the class is 1: unpenalised weight 1 on it; with μ it shrinks.
    const bits = Uint8Array.of(1, 0, 1, 0, 0, 1);
    const labels = [1, 0, 1, 0, 0, 1];
    const states = { bits, steps: 6, width: 1 };
    const plain = fitReadout(states, labels, 2);
    const ridge = fitReadout(states, labels, 2, 1);
    const w1 = (r: typeof plain) => r.W.data[1 * 2 + 0]; // class 1, the bit's row
    expect(w1(plain)).toBeCloseTo(1, 12);
    // Closed form: with centred data the bit's slope is Sxy / (Sxx + μ) = 1.5 / 2.5 = 0.6.
    expect(w1(ridge)).toBeCloseTo(0.6, 12);
    expect(Array.from(predict(ridge, states))).toEqual(labels);
  });
});
