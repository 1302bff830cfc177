/** Population activity: the number of active neurons at each time step, as a line. */
import { lineChart } from "./line";
import { COLORS } from "./palette";
import type { FigureMeta } from "./svg";
import { checkScalar, type Numbers } from "./validate";

/** Input of {@link populationActivityFigure}. */
export interface PopulationActivityInput {
  /** Active (spiking) neurons per step. */
  counts: Numbers;
  /** Pool size, shown in the subtitle when given. */
  neurons?: number;
  /** Time step of the first sample (default 0). */
  t0?: number;
}

/** Line plot of active neurons per time step (the package's scatter_plot upper trace). */
export function populationActivityFigure(input: PopulationActivityInput, meta: FigureMeta): string {
  const figure = "populationActivityFigure";
  if (input.neurons !== undefined) checkScalar(figure, "neurons", input.neurons, "count");
  return lineChart({
    figure,
    meta,
    subtitle: input.neurons !== undefined ? `population of ${input.neurons} neurons` : undefined,
    xLabel: "time step",
    yLabel: "active neurons (count)",
    series: [{ label: "counts", values: input.counts, color: COLORS.excitatory }],
    t0: input.t0,
    integerY: true,
  });
}
