/** Network firing-rate histogram: how many steps had k active neurons. */
import { plotArea } from "./axes";
import { histogram } from "./hist";
import { histPanel } from "./histpanel";
import { figureSize, svgDocument, type FigureMeta } from "./svg";
import { checkNumbers, checkScalar, type Numbers } from "./validate";

/** Input of {@link firingRateFigure}. */
export interface FiringRateInput {
  /** Active neurons at each step (steps with 0 active are left out, as in the package). */
  activeCounts: Numbers;
  /** Number of bins when the counts span more than 60 values (default 20). */
  bins?: number;
  /** Pool size, shown in the subtitle when given. */
  neurons?: number;
}

/** Histogram of active neurons per step, leaving out silent steps (hist_firing_rate_network). */
export function firingRateFigure(input: FiringRateInput, meta: FigureMeta): string {
  const figure = "firingRateFigure";
  checkNumbers(figure, "activeCounts", input.activeCounts);
  if (input.bins !== undefined) checkScalar(figure, "bins", input.bins, "count");
  if (input.neurons !== undefined) checkScalar(figure, "neurons", input.neurons, "count");
  const active = Array.from(input.activeCounts).filter((c) => c !== 0);
  if (active.length === 0) throw new Error(`${figure}: every step has 0 active neurons; nothing to histogram`);
  const bins = histogram(active, { bins: input.bins, integer: true });
  const { width, height } = figureSize(meta, 640, 380);
  const silent = input.activeCounts.length - active.length;
  const pool = input.neurons !== undefined ? ` of ${input.neurons} neurons` : "";
  const body = histPanel({
    panel: plotArea(width, height),
    bins,
    heights: bins.map((b) => b.count),
    barLabel: "steps",
    xLabel: `active neurons per step (count${pool})`,
    yLabel: "steps (count)",
    integerY: true,
  });
  const subtitle = `${active.length} steps with activity; ${silent} silent steps left out`;
  return svgDocument({ width, height, meta, subtitle, body });
}
