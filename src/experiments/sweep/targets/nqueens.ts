/**
 * `nqueens`: Spikey's MetaNQueens (spec spikey.md §2.2) as a target, the genetic search's
 * self-test. Genes ax…hx and ay…hy ∈ {0…7}: queen k stands at (kx, ky). Each row, column and
 * diagonal line L holds c_L queens; clashes = Σ_L max(0, c_L − 1) over the 8 rows, 8 columns,
 * 15 diagonals x + y and 15 anti-diagonals 7 − x + y; fitness = 28 − clashes (28 = C(8, 2)), so
 * 28 means no two queens share a line (Spikey's "done").
 */
import { SornInputError } from "../../../models/params/error";
import type { Json } from "../../../pool/registry";
import { defineTarget, metricFromList } from "./registry";

/** The queens' letters and the gene names, Spikey's order: ax…hx, then ay…hy. */
export const QUEEN_LETTERS = ["a", "b", "c", "d", "e", "f", "g", "h"] as const;
export const NQUEENS_GENES: readonly string[] = [...QUEEN_LETTERS.map((l) => `${l}x`), ...QUEEN_LETTERS.map((l) => `${l}y`)];

/** The clashes of queens at (xs[k], ys[k]) on an 8 × 8 board (see the module comment). */
export function queenClashes(xs: readonly number[], ys: readonly number[]): number {
  const rows = new Array(8).fill(0), cols = new Array(8).fill(0), diag = new Array(15).fill(0), anti = new Array(15).fill(0);
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k], y = ys[k];
    rows[x]++;
    cols[y]++;
    diag[x + y]++;
    anti[7 - x + y]++;
  }
  let clashes = 0;
  for (const line of [rows, cols, diag, anti]) for (const c of line) if (c > 1) clashes += c - 1;
  return clashes;
}

function coordinate(params: Readonly<Record<string, Json>>, key: string): number {
  const v = params[key];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 7) throw new SornInputError(key, `must be an integer in 0…7, got ${JSON.stringify(v ?? null)}`);
  return v;
}

export const nqueensTarget = defineTarget({
  id: "nqueens",
  description: "Spikey's MetaNQueens: 8 queens at (ax, ay) … (hx, hy); fitness = 28 − clashes",
  params: NQUEENS_GENES,
  metricExamples: ["fitness", "clashes"],
  checkMetric: metricFromList(["fitness", "clashes"]),
  evaluate(params) {
    const xs = QUEEN_LETTERS.map((l) => coordinate(params, `${l}x`));
    const ys = QUEEN_LETTERS.map((l) => coordinate(params, `${l}y`));
    const clashes = queenClashes(xs, ys);
    return { fitness: 28 - clashes, clashes };
  },
});
