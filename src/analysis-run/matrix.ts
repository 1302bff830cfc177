/** A dense row-major matrix seen through the engine's read-only `WeightMatrix` interface. */
import type { WeightMatrix } from "../models/sorn/types";

/**
 * W[row, col] = data[row·cols + col]; "non-zero" entries are those ≠ 0 (weights are ≥ 0, so
 * these are the entries > 0), visited row by row, columns ascending.
 */
export function denseWeightMatrix(rows: number, cols: number, data: ArrayLike<number>): WeightMatrix {
  if (data.length !== rows * cols) throw new Error(`denseWeightMatrix: ${data.length} values for ${rows}×${cols}`);
  return {
    rows,
    cols,
    nonZeroCount() {
      let n = 0;
      for (let k = 0; k < data.length; k++) if (data[k] > 0) n++;
      return n;
    },
    get: (row, col) => data[row * cols + col],
    forEachNonZero(fn) {
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const w = data[r * cols + c];
          if (w !== 0) fn(r, c, w);
        }
      }
    },
    toDense: () => Float64Array.from(data),
  };
}
