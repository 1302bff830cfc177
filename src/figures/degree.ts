/** Incoming and outgoing connection-count histograms, each with its fitted normal pdf. */
import { format } from "d3";
import { panelGrid } from "./axes";
import { densities, histogram } from "./hist";
import { histPanel, sampleX } from "./histpanel";
import { COLORS } from "./palette";
import { figureSize, svgDocument, type FigureMeta } from "./svg";
import { checkNumbers, checkScalar, extent, type Numbers } from "./validate";

/** Per-neuron connection counts and the normal fit (μ, σ) of one direction. */
export interface DegreeSample {
  /** Connections (weights > 0) per neuron. */
  counts: Numbers;
  /** Fitted normal mean. */
  mu: number;
  /** Fitted normal standard deviation (> 0). */
  sigma: number;
}

/** Input of {@link degreeFigure}: in-degrees (per column) and out-degrees (per row). */
export interface DegreeInput {
  incoming: DegreeSample;
  outgoing: DegreeSample;
  /** Number of bins when the counts span more than 60 values (default 20). */
  bins?: number;
}

const normalPdf = (x: number, mu: number, sigma: number): number =>
  Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));

const f2 = format(".2f");

/** Two panels: density histograms of incoming and outgoing connection counts with N(μ, σ) curves. */
export function degreeFigure(input: DegreeInput, meta: FigureMeta): string {
  const figure = "degreeFigure";
  if (input.bins !== undefined) checkScalar(figure, "bins", input.bins, "count");
  const size = figureSize(meta, 900, 400);
  const { width } = size;
  const { panels, height } = panelGrid(width, size.height, 2, meta.layout?.height !== undefined);
  const body = (["incoming", "outgoing"] as const)
    .map((dir, k) => {
      const d = input[dir];
      if (!d) throw new Error(`${figure}: ${dir} is missing`);
      checkNumbers(figure, `${dir}.counts`, d.counts);
      checkScalar(figure, `${dir}.mu`, d.mu);
      checkScalar(figure, `${dir}.sigma`, d.sigma, "positive");
      const bins = histogram(d.counts, { bins: input.bins, integer: true });
      const [lo, hi] = extent(d.counts);
      const xs = sampleX(Math.min(lo - 0.5, d.mu - 3 * d.sigma), Math.max(hi + 0.5, d.mu + 3 * d.sigma));
      return histPanel({
        panel: panels[k],
        bins,
        heights: densities(bins),
        barLabel: "neurons",
        xLabel: `${dir} connections per neuron (count)`,
        yLabel: "probability density",
        curve: { points: xs.map((x) => [x, normalPdf(x, d.mu, d.sigma)]), label: "normal fit", color: COLORS.fit },
        title: `${dir === "incoming" ? "Incoming" : "Outgoing"}: μ = ${f2(d.mu)}, σ = ${f2(d.sigma)}`,
      });
    })
    .join("\n");
  return svgDocument({ width, height, meta, subtitle: "connections with weight > 0", body });
}
