/** Hamming distance between two runs' states over time, as a line. */
import { lineChart } from "./line";
import { COLORS } from "./palette";
import type { FigureMeta } from "./svg";
import type { Numbers } from "./validate";

/** Input of {@link hammingDistanceFigure}. */
export interface HammingDistanceInput {
  /** Hamming distance (number of differing neurons) at each step. */
  distances: Numbers;
  /** Time step of the first sample (default 0). */
  t0?: number;
}

/** Line plot of the Hamming distance per time step (the package's hamming_distance). */
export function hammingDistanceFigure(input: HammingDistanceInput, meta: FigureMeta): string {
  return lineChart({
    figure: "hammingDistanceFigure",
    meta,
    xLabel: "time step",
    yLabel: "Hamming distance (neurons)",
    series: [{ label: "distances", values: input.distances, color: COLORS.excitatory }],
    t0: input.t0,
    integerY: true,
  });
}
