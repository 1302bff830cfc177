/**
 * Point i of a checked sweep, from the spec and i alone: cell c = ⌊i / R⌋ and repeat r = i mod R
 * (repeats innermost); the cell's axis steps k_a by mixed radix with the last axis fastest
 * (c = Σ_a k_a · Π_{b>a} |axis b|); parameters = base, then each axis's row k_a (a null value
 * leaves the parameter out: the control); seed = repeatSeed(sweep seed, r).
 */
import { SornInputError } from "../../models/params/error";
import type { Json } from "../../pool/registry";
import { repeatSeed } from "./seeds";
import type { CheckedSweep } from "./spec";

/** One point, ready to run. */
export interface SweepPoint {
  readonly index: number;
  readonly cell: number;
  readonly repeat: number;
  readonly seed: number;
  /** The axes' step per axis (k_a). */
  readonly steps: readonly number[];
  /** Every parameter the point sets (base and axes; controls left out). */
  readonly params: Readonly<Record<string, Json>>;
}

/** The axis steps of cell `cell`. */
export function cellSteps(sweep: CheckedSweep, cell: number): number[] {
  const steps = new Array<number>(sweep.axes.length);
  let rest = cell;
  for (let a = sweep.axes.length - 1; a >= 0; a--) {
    const n = sweep.axes[a].rows.length;
    steps[a] = rest % n;
    rest = Math.floor(rest / n);
  }
  return steps;
}

/** Point `index` (an integer in [0, points)). */
export function pointAt(sweep: CheckedSweep, index: number): SweepPoint {
  if (!Number.isSafeInteger(index) || index < 0 || index >= sweep.points) throw new SornInputError("index", `must be an integer in [0, ${sweep.points - 1}], got ${index}`);
  const cell = Math.floor(index / sweep.repeats);
  const repeat = index % sweep.repeats;
  const steps = cellSteps(sweep, cell);
  const params: Record<string, Json> = { ...sweep.base };
  sweep.axes.forEach((axis, a) => axis.params.forEach((p, j) => {
    const v = axis.rows[steps[a]][j];
    if (v === null) delete params[p];
    else params[p] = v;
  }));
  return { index, cell, repeat, seed: repeatSeed(sweep.seed, repeat), steps, params };
}
