/**
 * The y axis of one weight-sum panel of the Spikey run (`spikey-weights.ts`): from 0 to the
 * largest sum, rounded out by d3's `nice()` to about {@link SUM_TICKS} ticks, the labels with
 * thousands separators (15,000; 120). Pure (no DOM), so the ticks are tested in node.
 */
import { scaleLinear } from "d3";

/** About how many intervals the y axis is cut into. */
export const SUM_TICKS = 4;

/** One panel's y axis: the domain [0, hi] and its tick values and labels. */
export interface SumAxis {
  hi: number;
  ticks: number[];
  labels: string[];
}

/**
 * The axis for the sums `ys`: [0, max(ys)] made nice (max ≤ 0 or none finite: [0, 1]). A
 * non-finite sum is an error (the weights went NaN), not a silent gap.
 */
export function sumAxis(ys: ArrayLike<number>): SumAxis {
  let max = 0;
  for (let i = 0; i < ys.length; i++) {
    if (!Number.isFinite(ys[i])) throw new Error(`weight sum ${i} is ${ys[i]}, not a finite number`);
    if (ys[i] > max) max = ys[i];
  }
  const y = scaleLinear().domain([0, max > 0 ? max : 1]).nice(SUM_TICKS);
  const ticks = y.ticks(SUM_TICKS);
  const f = y.tickFormat(SUM_TICKS, ",f");
  return { hi: y.domain()[1], ticks, labels: ticks.map(f) };
}
