import { describe, expect, it } from "vitest";
import { activeList, scatterActive } from "./drives";
import { NumpyRandom } from "../rng/numpy-random";
import { SparseRows } from "./sparse";

describe("scatterActive (the E→I drive)", () => {
  it("adds full rows four at a time in exactly the order of a row-by-row sum, with sparse rows between", () => {
    const rng = new NumpyRandom(9);
    for (let trial = 0; trial < 40; trial++) {
      const rows = 30;
      const cols = 1 + Math.floor(rng.random() * 12);
      const dense = new Float64Array(rows * cols);
      for (let r = 0; r < rows; r++) {
        const full = rng.random() < 0.7; // most rows full (dense E→I), some sparse
        for (let c = 0; c < cols; c++) if (full || rng.random() < 0.4) dense[r * cols + c] = rng.random() * 10 ** Math.floor(rng.random() * 6 - 3);
      }
      const W = SparseRows.fromDense(rows, cols, dense);
      const active = Uint8Array.from({ length: rows }, () => (rng.random() < 0.6 ? 1 : 0));
      const list = new Int32Array(rows);
      const count = activeList(active, list);
      const got = new Float64Array(cols).fill(0.125);
      scatterActive(W, list, count, got);
      // The reference: numpy's order, one active row after another.
      const want = new Float64Array(cols).fill(0.125);
      for (let r = 0; r < rows; r++) if (active[r]) for (let c = 0; c < cols; c++) if (dense[r * cols + c] !== 0) want[c] += dense[r * cols + c];
      expect(Array.from(got)).toEqual(Array.from(want));
    }
  });

  it("lists active neurons ascending", () => {
    const list = new Int32Array(6);
    expect(activeList(Uint8Array.of(0, 1, 1, 0, 0, 1), list)).toBe(3);
    expect(Array.from(list.subarray(0, 3))).toEqual([1, 2, 5]);
  });
});
