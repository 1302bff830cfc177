/**
 * Figures of the running simulation, built in the worker from its history with the shared figure
 * definitions of `src/figures/` (so the lab and the command line draw the same figures). Each
 * carries the lab configuration and seed in its metadata.
 */
import { lognormalFit, weightsAtLeast } from "../../models/analysis/weights";
import {
  COMPOSE_MARGIN,
  connectionCountsFigure,
  dashboardFigure,
  neuronRateFigure,
  populationActivityFigure,
  rasterFigure,
  thresholdsFigure,
  weightDistributionFigure,
  type FigureMeta,
} from "../../figures/index";
import { panelLayout } from "../../figures/print-size";
import type { FigureKind, FigureOptions } from "../protocol";
import type { Simulation } from "../simulation";
import { sornOf } from "./adapter";

/** Default steps of a raster figure. */
export const RASTER_FIGURE_STEPS = 1000;
/** Default steps of the "over time" figures. */
export const SERIES_FIGURE_STEPS = 20_000;

/** Index of the first of the trailing finite values of `v` (0 when none is finite: the figure says what is wrong). */
function knownFrom(v: Float64Array): number {
  let k = v.length;
  while (k > 0 && Number.isFinite(v[k - 1])) k--;
  return k === v.length ? 0 : k;
}

/** Title of the mean-threshold figure (also a part of the connections figure). */
const THRESHOLDS_TITLE = "Mean E threshold";

/**
 * Build the SVG of one figure of `sim`, titled `o.meta.title` (the panel's title, from its
 * registration); throws a clear Error when there is nothing to draw yet.
 */
export function buildFigure(sim: Simulation, kind: Exclude<FigureKind, "correlation" | "dashboard">, o: FigureOptions): string {
  const layout = o.meta.layout;
  const meta = (title: string, at = layout): FigureMeta => ({ title, config: o.meta.config, seed: o.meta.seed, ...(at ? { layout: at } : {}) });
  const need = (held: number) => {
    if (held < 1) throw new Error("nothing to draw yet: run at least one step");
  };
  switch (kind) {
    case "raster": {
      const steps = Math.min(o.steps ?? RASTER_FIGURE_STEPS, sim.spikes.held);
      need(steps);
      const e = sim.spikes.train("E", steps);
      const i = sim.spikes.train("I", steps);
      const withI = o.iNeurons === undefined || o.iNeurons.length > 0;
      return rasterFigure(
        {
          excitatory: e,
          inhibitory: withI ? i : undefined,
          excitatorySubset: o.eNeurons,
          inhibitorySubset: withI ? o.iNeurons : undefined,
          t0: e.t0,
        },
        meta(o.meta.title),
      );
    }
    case "population": {
      const s = sim.series.latest(Math.min(o.steps ?? SERIES_FIGURE_STEPS, sim.series.held));
      need(s.steps);
      return populationActivityFigure({ counts: s.series.popE, neurons: sornOf(sim.model).ne, t0: s.t0 }, meta(o.meta.title));
    }
    case "weights": {
      const Wee = sornOf(sim.model).net.Wee;
      const all: number[] = [];
      Wee.forEachNonZero((_r, _c, w) => all.push(w));
      const fit = lognormalFit(weightsAtLeast(Wee));
      if (!(fit.sigma > 0)) throw new Error("the weights ≥ 0.01 are all equal; no lognormal fit");
      return weightDistributionFigure({ weights: all, mu: fit.mu, sigma: fit.sigma }, meta(o.meta.title));
    }
    case "rates": {
      const { rates, window } = sim.spikes.rates();
      need(window);
      const { ne } = sornOf(sim.model);
      return neuronRateFigure({ rates: rates.subarray(0, ne), inhibitory: rates.subarray(ne), window }, meta(o.meta.title));
    }
    case "thresholds":
    case "connections": {
      const s = sim.series.latest(Math.min(o.steps ?? SERIES_FIGURE_STEPS, sim.series.held));
      need(s.steps);
      const { meanTe, countEE, countEI } = s.series;
      // A run loaded from a file knows its mean threshold (and a count it lacks) from its last step on: draw what is known.
      const k = knownFrom(meanTe);
      // The connections figure is two side by side: at a layout width, each gets half of it.
      const half = kind === "connections" && layout?.width !== undefined ? panelLayout(layout, 2, COMPOSE_MARGIN).panel : layout;
      const te = thresholdsFigure({ mean: meanTe.subarray(k), t0: s.t0 + k }, meta(kind === "thresholds" ? o.meta.title : THRESHOLDS_TITLE, half));
      if (kind === "thresholds") return te;
      const c = Math.max(knownFrom(countEE), knownFrom(countEI));
      const counts = connectionCountsFigure({ ee: countEE.subarray(c), ie: countEI.subarray(c), t0: s.t0 + c }, meta("Connection counts", half));
      return dashboardFigure([counts, te], meta(o.meta.title), { columns: 2, ...(layout?.width !== undefined ? { width: layout.width } : {}) });
    }
  }
}
