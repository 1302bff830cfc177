/**
 * Weight distribution with its lognormal fit: density histograms of the weights ≥ a threshold
 * with the lognormal pdf, on a linear and a log x axis, and the fit's mode, mean and median.
 */
import { format } from "d3";
import { panelGrid } from "./axes";
import { densities, histogram } from "./hist";
import { histPanel, sampleX } from "./histpanel";
import { COLORS } from "./palette";
import { figureSize, svgDocument, type FigureMeta } from "./svg";
import { checkNumbers, checkScalar, extent, type Numbers } from "./validate";
import { lognormalPdf } from "../models/analysis/weights";

/** Input of {@link weightDistributionFigure}. */
export interface WeightDistributionInput {
  /** Weights (e.g. the non-zero entries of Wee); those below `threshold` are left out. */
  weights: Numbers;
  /** Lognormal fit: mean of ln w. */
  mu: number;
  /** Lognormal fit: standard deviation of ln w (> 0). */
  sigma: number;
  /** Smallest weight kept (default 0.01, as in the package). */
  threshold?: number;
  /** Number of bins per panel (default 30). */
  bins?: number;
}

/** The lognormal pdf with shape σ and scale e^μ (the analysis module's definition). */
export { lognormalPdf };

const f3 = format(".3~g");

/** Two panels (linear and log x) of the weight histogram with the lognormal pdf and mode/mean/median. */
export function weightDistributionFigure(input: WeightDistributionInput, meta: FigureMeta): string {
  const figure = "weightDistributionFigure";
  checkNumbers(figure, "weights", input.weights);
  checkScalar(figure, "mu", input.mu);
  checkScalar(figure, "sigma", input.sigma, "positive");
  const threshold = input.threshold ?? 0.01;
  checkScalar(figure, "threshold", threshold, "positive");
  const bins = input.bins ?? 30;
  checkScalar(figure, "bins", bins, "count");
  const kept = Array.from(input.weights).filter((w) => w >= threshold);
  if (kept.length === 0) throw new Error(`${figure}: no weight is ≥ ${threshold}; nothing to histogram`);

  const { mu, sigma } = input;
  const stats = [
    { x: Math.exp(mu - sigma * sigma), label: "mode", color: COLORS.mode },
    { x: Math.exp(mu + (sigma * sigma) / 2), label: "mean", color: COLORS.mean, dashed: true },
    { x: Math.exp(mu), label: "median", color: COLORS.median },
  ];
  const labelled = stats.map((s) => ({ ...s, label: `${s.label} = ${f3(s.x)}` }));
  const [lo, hi] = extent(kept);
  const size = figureSize(meta, 960, 420);
  const { width } = size;
  const { panels, height } = panelGrid(width, size.height, 2, meta.layout?.height !== undefined);
  const body = [false, true]
    .map((log, k) => {
      const hbins = histogram(kept, { bins, log });
      const xlo = Math.min(lo, ...stats.map((s) => s.x));
      const xhi = Math.max(hi, ...stats.map((s) => s.x));
      const xs = sampleX(log ? xlo : Math.max(xlo, 1e-9), xhi, 200, log);
      return histPanel({
        panel: panels[k],
        bins: hbins,
        heights: densities(hbins),
        barLabel: `weights ≥ ${threshold}`,
        xLabel: log ? "weight (log scale)" : "weight",
        yLabel: "probability density",
        xLog: log,
        curve: { points: xs.map((x) => [x, lognormalPdf(x, mu, sigma)]), label: "lognormal pdf", color: COLORS.fit },
        vlines: labelled,
        title: log ? "log x axis" : "linear x axis",
      });
    })
    .join("\n");
  const subtitle =
    `lognormal fit μ = ${f3(mu)}, σ = ${f3(sigma)}; ` +
    `${kept.length} of ${input.weights.length} weights ≥ ${threshold}`;
  return svgDocument({ width, height, meta, subtitle, body });
}
