/**
 * Spike raster: a dot for every spike at (time step, row), excitatory and inhibitory pools in
 * different colours, optionally only a subset of the neurons. The rows are the live panel's
 * (`./raster-rows.ts`): one per shown neuron, top to bottom, E first, labelled by neuron number.
 */
import { scaleLinear } from "d3";
import { BELOW_LEGEND, MARGIN, axes, integerAxis, legend, plotArea, type AxisSpec, type LegendItem } from "./axes";
import { COLORS } from "./palette";
import { rasterRows, rasterTickRows } from "./raster-rows";
import { el, figureSize, num, svgDocument, type FigureMeta } from "./svg";
import { checkIndices, checkRaster, checkScalar, type Numbers, type SpikeRaster } from "./validate";

/** Input of {@link rasterFigure}. */
export interface RasterInput {
  /** Excitatory spikes, steps × ne; neuron i is numbered i. */
  excitatory: SpikeRaster;
  /** Inhibitory spikes, steps × ni (same steps); neuron i is numbered ne + i, drawn below the E rows. */
  inhibitory?: SpikeRaster;
  /** Excitatory neurons to show (default all). */
  excitatorySubset?: Numbers;
  /** Inhibitory neurons to show (default all; indices within the inhibitory pool). */
  inhibitorySubset?: Numbers;
  /** Time step of the first row (default 0). */
  t0?: number;
}

const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Raster plot of spikes (the package's raster_plot / scatter_plot dots). */
export function rasterFigure(input: RasterInput, meta: FigureMeta): string {
  const figure = "rasterFigure";
  const E = input.excitatory;
  const I = input.inhibitory;
  checkRaster(figure, "excitatory", E);
  if (I) {
    checkRaster(figure, "inhibitory", I);
    if (I.steps !== E.steps) {
      throw new Error(`${figure}: inhibitory has ${I.steps} steps but excitatory has ${E.steps}`);
    }
  }
  if (input.inhibitorySubset !== undefined && !I) throw new Error(`${figure}: inhibitorySubset without inhibitory`);
  const eIdx = input.excitatorySubset ?? all(E.neurons);
  checkIndices(figure, "excitatorySubset", eIdx, E.neurons);
  const iIdx = I ? (input.inhibitorySubset ?? all(I.neurons)) : [];
  if (I) checkIndices(figure, "inhibitorySubset", iIdx, I.neurons);
  const t0 = input.t0 ?? 0;
  checkScalar(figure, "t0", t0);

  const ne = E.neurons;
  const total = ne + (I ? I.neurons : 0);
  const shown = eIdx.length + iIdx.length;
  const steps = E.steps;
  const { width, height } = figureSize(meta, 720, 420);
  // Narrow, the legend goes under the axis title instead of right of the panel.
  const narrow = width < 560;
  const p = plotArea(width, height, narrow ? { ...MARGIN, bottom: MARGIN.bottom + BELOW_LEGEND } : { ...MARGIN, right: 170 });
  const x = scaleLinear()
    .domain([t0 - 0.5, t0 + steps - 0.5])
    .range([p.x, p.x + p.width]);
  const rows = rasterRows(eIdx, iIdx, ne);
  // Row r spans [r, r + 1] from the top, as on the live canvas.
  const y = scaleLinear()
    .domain([0, Math.max(1, shown)])
    .range([p.y, p.y + p.height]);
  const size = Math.max(1, Math.min(4, p.width / steps, p.height / Math.max(1, shown)));

  const dots = (r: SpikeRaster, idx: Numbers, firstRow: number): { d: string; count: number } => {
    let d = "";
    let count = 0;
    for (let t = 0; t < r.steps; t++) {
      for (let k = 0; k < idx.length; k++) {
        if (r.data[t * r.neurons + idx[k]] !== 1) continue;
        count++;
        d += `M${num(x(t0 + t) - size / 2)},${num(y(firstRow + k + 0.5) - size / 2)}h${num(size)}v${num(size)}h${num(-size)}z`;
      }
    }
    return { d, count };
  };
  const e = dots(E, eIdx, 0);
  const i = I ? dots(I, iIdx, eIdx.length) : { d: "", count: 0 };
  const xAxis = integerAxis(x, "time step");
  const yAxis: AxisSpec = { pos: (r) => y(r + 0.5), ticks: rasterTickRows(shown), format: (r) => String(rows[r]), label: "neuron index" };
  const ax = axes(p, xAxis, yAxis);
  const sep =
    eIdx.length > 0 && iIdx.length > 0
      ? el("line", {
          x1: p.x,
          x2: p.x + p.width,
          y1: y(eIdx.length),
          y2: y(eIdx.length),
          stroke: "#999999",
          "stroke-dasharray": "4 3",
          class: "pool-separator",
        })
      : "";
  const items: LegendItem[] = [{ label: `excitatory (0–${ne - 1})`, color: COLORS.excitatory, kind: "swatch" }];
  if (I) items.push({ label: `inhibitory (${ne}–${total - 1})`, color: COLORS.inhibitory, kind: "swatch" });
  const body = [
    ax.under,
    sep,
    e.d ? el("path", { d: e.d, fill: COLORS.excitatory, class: "spikes excitatory" }) : "",
    i.d ? el("path", { d: i.d, fill: COLORS.inhibitory, class: "spikes inhibitory" }) : "",
    ax.over,
    legend(p, items, narrow ? "below" : "outside"),
  ].join("\n");
  const subtitle = `showing ${shown} of ${total} neurons, ${steps} steps, ${e.count + i.count} spikes`;
  return svgDocument({ width, height, meta, subtitle, body });
}
