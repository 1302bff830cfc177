/**
 * The analysis worker's facade: heavy, on-demand work that must never stall the simulation or
 * the page — the correlation matrix, the correlation-network figure, the dashboard, SVG → PNG
 * and SVG → PDF.
 * It holds no run state, so the page cancels a computation by terminating the worker (squoosh's
 * worker bridge) and starting a fresh one.
 */
import { transfer } from "comlink";
import { pairwiseCorrelation } from "../models/analysis/correlation";
import { dashboardFigure, networkFigure, type FigureMeta } from "../figures/index";
import { MAX_EDGES } from "../figures/network-layout";
import type { NodeColoring } from "../figures/network-color";
import type { PrintSize } from "../figures/print-size";
import type { SpikeWindow } from "./protocol";

/** Options of a PNG: its width in pixels (default: 2 pixels per SVG px). */
export interface PngRequest {
  width?: number;
}

/** Renders an SVG as PNG bytes. */
export type ToPng = (svg: string, options?: PngRequest) => Promise<Uint8Array>;
/** Renders an SVG as PDF bytes at a print size (default: its px at 96 per inch). */
export type ToPdf = (svg: string, size?: PrintSize) => Promise<Uint8Array>;

/** A correlation matrix of E neurons over a window of steps. */
export interface CorrelationResult {
  n: number;
  /** n × n Pearson coefficients (0 wherever a silent or always-on neuron is involved). */
  matrix: Float64Array;
  /** Mean over distinct pairs of non-constant neurons, or null. */
  mean: number | null;
  /** Neurons left out because their train is constant. */
  constant: number;
  /** Steps the matrix was computed over. */
  steps: number;
}

/** Analyses and figure rendering off the main thread. */
export class AnalysisService {
  constructor(
    private readonly toPng: ToPng,
    private readonly toPdf: ToPdf = () => Promise.reject(new Error("PDF is not available here")),
  ) {}

  /** Pearson correlation between every pair of neurons of `w`. */
  correlation(w: SpikeWindow): CorrelationResult {
    if (w.steps < 2) throw new Error("run at least 2 steps before computing correlations");
    const c = pairwiseCorrelation({ steps: w.steps, neurons: w.neurons, data: w.data });
    const out: CorrelationResult = { n: c.neurons, matrix: c.matrix, mean: c.meanCorrelation, constant: c.constantNeurons.length, steps: w.steps };
    return transfer(out, [c.matrix.buffer as ArrayBuffer]);
  }

  /**
   * The correlation-network figure: the live panel's edges (the strongest {@link MAX_EDGES}
   * pairs with r > threshold) under the live panel's forces, its nodes coloured as the panel's
   * (`color`; by rate only with the window's `rates`, else by type, as the panel falls back).
   */
  networkSvg(matrix: Float64Array, n: number, threshold: number, meta: FigureMeta, nodes: { rates?: Float64Array | null; color?: NodeColoring } = {}): string {
    const rates = nodes.rates?.length === n ? nodes.rates : undefined;
    const color = nodes.color === "rate" && !rates ? "type" : nodes.color;
    return networkFigure({ matrix, n, threshold, excitatory: n, maxEdges: MAX_EDGES, rates, color }, meta);
  }

  /** Several figures as one dashboard SVG. */
  dashboardSvg(figures: string[], meta: FigureMeta): string {
    return dashboardFigure(figures, meta, { columns: 2 });
  }

  /** An SVG figure as PNG bytes (with the figure's metadata in an iTXt chunk). */
  async png(svg: string, options?: PngRequest): Promise<Uint8Array> {
    const bytes = await this.toPng(svg, options);
    return transfer(bytes, [bytes.buffer as ArrayBuffer]);
  }

  /** An SVG figure as a vector PDF, one page at `size`, the fonts embedded, the metadata in its info. */
  async pdf(svg: string, size?: PrintSize): Promise<Uint8Array> {
    const bytes = await this.toPdf(svg, size);
    return transfer(bytes, [bytes.buffer as ArrayBuffer]);
  }
}
