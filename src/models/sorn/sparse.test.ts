import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../rng/numpy-random";
import { SparseRows } from "./sparse";
import { ColumnMatrix } from "./column-matrix";

describe("the slab of sorted lists", () => {
  it.each([1, 2, 3])("agrees with a dense matrix under random sets, removals and prunes (seed %i)", (seed) => {
    const rng = new NumpyRandom(seed);
    const rows = 9;
    const cols = 13;
    const m = new SparseRows(rows, cols, 1); // tiny lists: every few inserts relocate or compact
    const dense = new Float64Array(rows * cols);
    for (let op = 0; op < 3000; op++) {
      const r = rng.randint(rows);
      const c = rng.randint(cols);
      const kind = rng.randint(10);
      if (kind < 7) {
        const w = rng.random() < 0.2 ? 0 : 0.001 + rng.random();
        m.set(r, c, w);
        dense[r * cols + c] = w;
      } else {
        m.pruneRow(r, 0.3);
        for (let k = 0; k < cols; k++) if (dense[r * cols + k] <= 0.3) dense[r * cols + k] = 0;
      }
    }
    expect(Array.from(m.toDense())).toEqual(Array.from(dense));
    expect(m.nonZeroCount()).toBe(dense.filter((w) => w !== 0).length);
    for (let c = 0; c < cols; c++) expect(m.colCount[c]).toBe(Array.from({ length: rows }, (_, r) => dense[r * cols + c]).filter((w) => w !== 0).length);
    let diagonal = 0;
    for (let r = 0; r < rows; r++) if (r < cols && dense[r * cols + r] !== 0) diagonal++;
    expect(m.diagonal).toBe(diagonal);
  });
  it.each([4, 5])("a column matrix keeps its row index's positions right through moves and compactions (seed %i)", (seed) => {
    const rng = new NumpyRandom(seed);
    const m = new ColumnMatrix(8, 6, 1);
    const dense = new Float64Array(48);
    const before = m.lists.compactions;
    for (let op = 0; op < 2000; op++) {
      const r = rng.randint(8);
      const c = rng.randint(6);
      if (rng.randint(5) === 0) {
        m.pruneColumn(c, 0.4);
        for (let k = 0; k < 8; k++) if (dense[k * 6 + c] <= 0.4) dense[k * 6 + c] = 0;
      } else {
        const w = rng.random() < 0.2 ? 0 : 0.001 + rng.random();
        m.set(r, c, w);
        dense[r * 6 + c] = w;
      }
      // Following the row index must land on each synapse's weight.
      m.rowIndex.forEachNonZero((pre, post, at) => {
        if (m.lists.val[at - 1] !== dense[pre * 6 + post] || m.lists.idx[at - 1] !== pre) expect.fail(`op ${op}: (${pre}, ${post}) points to slot ${at - 1}`);
      });
      expect(m.rowIndex.nonZeroCount()).toBe(m.nonZeroCount());
    }
    expect(Array.from(m.toDense())).toEqual(Array.from(dense));
    expect(m.lists.compactions).toBeGreaterThan(before);
  });
  it("a column matrix round-trips through dense form and visits entries row-major", () => {
    const data = [0, 0.5, 0, 0.2, 0, 0.3, 0.1, 0, 0];
    const m = ColumnMatrix.fromDense(3, 3, data);
    expect(Array.from(m.toDense())).toEqual(data);
    const seen: [number, number][] = [];
    m.forEachNonZero((r, c) => seen.push([r, c]));
    expect(seen).toEqual([[0, 1], [1, 0], [1, 2], [2, 0]]);
    expect([m.outDegree(0), m.outDegree(1), m.outDegree(2)]).toEqual([1, 2, 1]);
  });
});
