/**
 * Distribution of firing rates across neurons (E and I side by side): how many neurons fire at
 * each rate, with each pool's mean rate marked.
 */
import { format } from "d3";
import { mean } from "../models/analysis/moments";
import { panelGrid } from "./axes";
import { histogram } from "./hist";
import { histPanel } from "./histpanel";
import { COLORS } from "./palette";
import { figureSize, svgDocument, type FigureMeta } from "./svg";

/** Input of {@link neuronRateFigure}. */
export interface NeuronRateInput {
  /** Spikes per step of each E neuron. */
  rates: ArrayLike<number>;
  /** Spikes per step of each I neuron. */
  inhibitory: ArrayLike<number>;
  /** Steps the rates were counted over. */
  window: number;
}

const f3 = format(".3~f");

/** Two histograms: how many E (left) and I (right) neurons fire at each rate. */
export function neuronRateFigure(input: NeuronRateInput, meta: FigureMeta): string {
  if (input.rates.length === 0) throw new Error("neuronRateFigure: no neurons");
  const size = figureSize(meta, 960, 400);
  const { width } = size;
  const { panels, height } = panelGrid(width, size.height, 2, meta.layout?.height !== undefined);
  const pools = [
    { name: "excitatory", values: input.rates, color: COLORS.excitatory },
    { name: "inhibitory", values: input.inhibitory, color: COLORS.inhibitory },
  ];
  const body = pools
    .filter((p) => p.values.length > 0)
    .map((p, k) => {
      const bins = histogram(p.values, { bins: 20 });
      const m = mean(p.values);
      return histPanel({
        panel: panels[k],
        bins,
        heights: bins.map((b) => b.count),
        barLabel: `${p.name} neurons`,
        xLabel: "firing rate (spikes per step)",
        yLabel: "neurons (count)",
        integerY: true,
        vlines: [{ x: m, label: `mean = ${f3(m)}`, color: p.color, dashed: true }],
        title: `${p.name} (${p.values.length} neurons)`,
      });
    })
    .join("\n");
  const meanI = input.inhibitory.length ? `, mean I ${f3(mean(input.inhibitory))}` : "";
  const subtitle = `rates over ${input.window} steps; mean E ${f3(mean(input.rates))}${meanI}`;
  return svgDocument({ width, height, meta, subtitle, body });
}
