/**
 * The λ grid of the LIF conversion (spec §3, `lambda_grid_search.m`): the scaling factors s
 * (λ = 1/s) to try, the choice of the best, and whether it sits at an edge of the grid.
 *
 * - A grid is `from:step:to` (MATLAB's colon, the paper's 20:5:75 = 12 values): s_k = from + k·step
 *   for k = 0, 1, … while s_k ≤ to (+1e-9·step), each rounded to 12 significant digits so 0.1 steps
 *   do not drift.
 * - Best: argmax of accuracy over s ascending; ties go to the smaller s (MATLAB's `max` returns the
 *   first maximum).
 * - Edge: the best is the grid's smallest ("low") or largest ("high") s; a one-value grid has none.
 */
import { S_RANGE } from "../../models/lif/network";
import { SornInputError } from "../../models/params/error";

/** A grid `from:step:to`. */
export interface LambdaGrid {
  from: number;
  step: number;
  to: number;
}

/** The paper's grid, 20:5:75. */
export const PAPER_GRID: LambdaGrid = { from: 20, step: 5, to: 75 };

/** At most this many values in a grid (a typo like 1:0.001:75 is refused, not run for hours). */
export const MAX_GRID_VALUES = 1000;

/** v to 12 significant digits (so 0.1 + 2·0.1 is 0.3, and tiny s are kept). */
const round12 = (v: number) => Number(v.toPrecision(12));

/** Check a grid: finite numbers, every s in S_RANGE, step > 0, to ≥ from, ≤ MAX_GRID_VALUES values (SornInputError naming `argument`). */
export function checkGrid(g: LambdaGrid, argument = "grid"): LambdaGrid {
  const text = `${g.from}:${g.step}:${g.to}`;
  if (![g.from, g.step, g.to].every(Number.isFinite)) throw new SornInputError(argument, `from:step:to must be finite numbers, got '${text}'`);
  if (g.from < S_RANGE.min) throw new SornInputError(argument, `every s must be ≥ ${S_RANGE.min} (λ = 1/s), got from = ${g.from} in '${text}'`);
  if (g.to > S_RANGE.max) throw new SornInputError(argument, `every s must be ≤ ${S_RANGE.max} (λ = 1/s), got to = ${g.to} in '${text}'`);
  if (g.step <= 0) throw new SornInputError(argument, `step must be > 0, got ${g.step} in '${text}'`);
  if (g.to < g.from) throw new SornInputError(argument, `empty grid: to (${g.to}) is below from (${g.from}) in '${text}'`);
  const count = Math.floor((g.to - g.from) / g.step + 1e-9) + 1;
  if (count > MAX_GRID_VALUES) throw new SornInputError(argument, `'${text}' has ${count} values, at most ${MAX_GRID_VALUES}`);
  return g;
}

/** Parse "from:step:to" (e.g. "20:5:75") into a checked grid. */
export function parseGrid(text: string, argument = "grid"): LambdaGrid {
  const parts = text.split(":").map((p) => p.trim());
  if (parts.length !== 3 || parts.some((p) => p === "")) throw new SornInputError(argument, `must be from:step:to, e.g. 20:5:75, got '${text}'`);
  const [from, step, to] = parts.map(Number);
  if (![from, step, to].every(Number.isFinite)) throw new SornInputError(argument, `from:step:to must be numbers, got '${text}'`);
  return checkGrid({ from, step, to }, argument);
}

/** The s values of a grid, ascending. */
export function gridValues(g: LambdaGrid): number[] {
  checkGrid(g);
  const out: number[] = [];
  for (let k = 0; ; k++) {
    const s = round12(g.from + k * g.step);
    if (s > g.to + 1e-9 * g.step) break;
    out.push(s);
  }
  return out;
}

/** The next s beyond an edge: s ∓ step (rounded), or null when that would leave S_RANGE. */
export function beyond(s: number, step: number, edge: "low" | "high"): number | null {
  const next = round12(edge === "low" ? s - step : s + step);
  return next >= S_RANGE.min && next <= S_RANGE.max ? next : null;
}

/** Index of the best accuracy (first maximum: with s ascending, ties go to the smaller s). */
export function bestIndex(accuracy: readonly number[]): number {
  let b = 0;
  for (let i = 1; i < accuracy.length; i++) if (accuracy[i] > accuracy[b]) b = i;
  return b;
}

/** Where index `b` sits in a grid of `length` values. */
export function edgeOf(b: number, length: number): "low" | "high" | null {
  if (length < 2) return null;
  return b === 0 ? "low" : b === length - 1 ? "high" : null;
}
