/** Connection counts over time: one line per connection type with a legend. */
import { lineChart, type Series } from "./line";
import { COLORS } from "./palette";
import type { FigureMeta } from "./svg";
import type { Numbers } from "./validate";

/** Input of {@link connectionCountsFigure}: the number of non-zero weights per step. */
export interface ConnectionCountsInput {
  /** E→E connections per step. */
  ee: Numbers;
  /** E→I connections per step (optional). */
  ei?: Numbers;
  /** I→E connections per step (optional). */
  ie?: Numbers;
  /** Time step of the first sample (default 0). */
  t0?: number;
}

/** Line plot of connection counts over time (the package's network_connection_dynamics). */
export function connectionCountsFigure(input: ConnectionCountsInput, meta: FigureMeta): string {
  const series: Series[] = [{ label: "E→E", values: input.ee, color: COLORS.excitatory }];
  if (input.ei !== undefined) series.push({ label: "E→I", values: input.ei, color: COLORS.third, dashed: true });
  if (input.ie !== undefined) series.push({ label: "I→E", values: input.ie, color: COLORS.inhibitory });
  return lineChart({
    figure: "connectionCountsFigure",
    meta,
    xLabel: "time step",
    yLabel: "connections (count)",
    series,
    t0: input.t0,
    integerY: true,
  });
}
