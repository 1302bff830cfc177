/** Inter-spike-interval histogram of one neuron with the exponential fit a·e^(−b·x) − c. */
import { format } from "d3";
import { plotArea } from "./axes";
import { histogram } from "./hist";
import { histPanel, sampleX } from "./histpanel";
import { COLORS } from "./palette";
import { figureSize, svgDocument, type FigureMeta } from "./svg";
import { checkNumbers, checkScalar, type Numbers } from "./validate";

/** The fitted curve's parameters: f(x) = a·e^(−b·x) − c. */
export interface ExponentialFit {
  a: number;
  b: number;
  c: number;
}

/** Input of {@link isiFigure}. */
export interface IsiInput {
  /** Inter-spike intervals (time steps between consecutive spikes). */
  intervals: Numbers;
  /** Fitted parameters (the fit itself is done elsewhere, e.g. by curve fitting). */
  fit: ExponentialFit;
  /** About this many bins, of whole-number width when the intervals are integers (default 10). */
  bins?: number;
  /** The neuron the intervals belong to, shown in the subtitle. */
  neuron?: number;
}

/** The fitted curve a·e^(−b·x) − c. */
export const exponentialCurve = (f: ExponentialFit, x: number): number => f.a * Math.exp(-f.b * x) - f.c;

const f3 = format(".3~g");

/** ISI count histogram, the counts as dots at the bins' left edges, and the exponential fit. */
export function isiFigure(input: IsiInput, meta: FigureMeta): string {
  const figure = "isiFigure";
  checkNumbers(figure, "intervals", input.intervals);
  for (let i = 0; i < input.intervals.length; i++) {
    if (input.intervals[i] < 0) throw new Error(`${figure}: intervals[${i}] is negative`);
  }
  if (!input.fit) throw new Error(`${figure}: fit is missing`);
  for (const k of ["a", "b", "c"] as const) checkScalar(figure, `fit.${k}`, input.fit[k]);
  const nb = input.bins ?? 10;
  checkScalar(figure, "bins", nb, "count");
  if (input.neuron !== undefined) checkScalar(figure, "neuron", input.neuron);

  const bins = histogram(input.intervals, { bins: nb, integerWidth: true });
  const counts = bins.map((b) => b.count);
  const xs = sampleX(bins[0].x0, bins[bins.length - 1].x1);
  const { width, height } = figureSize(meta, 640, 380);
  const { a, b, c } = input.fit;
  const body = histPanel({
    panel: plotArea(width, height),
    bins,
    heights: counts,
    barLabel: "intervals",
    xLabel: "inter-spike interval (time steps)",
    yLabel: "count",
    integerY: true,
    dots: { points: bins.map((bn, i) => [bn.x0, counts[i]]), label: "count at bin edge", color: COLORS.excitatory },
    curve: {
      points: xs.map((x) => [x, exponentialCurve(input.fit, x)]),
      label: `fit ${f3(a)}·e^(${b < 0 ? "" : "−"}${f3(Math.abs(b))}·x) ${c < 0 ? "+" : "−"} ${f3(Math.abs(c))}`,
      color: COLORS.fit,
    },
  });
  const who = input.neuron !== undefined ? `neuron ${input.neuron}: ` : "";
  const subtitle = `${who}${input.intervals.length} intervals, exponential fit a·e^(−b·x) − c`;
  return svgDocument({ width, height, meta, subtitle, body });
}
