/**
 * Figure definitions drawn from the spike trains of the selected steps (raster, population
 * activity, firing-rate histogram, correlation heat-map and network, ISIs) and from the
 * perturbation experiment (Hamming distance).
 */
import { fitExponential, networkFiringRate, neuronMeanRates, pairwiseCorrelation } from "../models/analysis";
import type { SpikeTrain } from "../models/sorn/types";
import {
  correlationFigure,
  firingRateFigure,
  hammingDistanceFigure,
  isiFigure,
  networkFigure,
  neuronRateFigure,
  populationActivityFigure,
  rasterFigure,
} from "../figures";
import { binEdges } from "../figures/hist";
import { DEFAULT_THRESHOLD, MAX_EDGES } from "../figures/network-layout";
import type { AnalysisContext } from "./context";
import type { FigureSpec } from "./figure-spec";

const range = (ctx: AnalysisContext) => `steps ${ctx.sel.from}–${ctx.sel.to - 1}`;
const rate = (ctx: AnalysisContext) => ctx.memo("rate:excitatory", () => networkFiringRate(ctx.train("excitatory")));

/** Rows [a, b) of a train. */
function rows(t: SpikeTrain, a: number, b: number): SpikeTrain {
  return { steps: b - a, neurons: t.neurons, data: t.data.subarray(a * t.neurons, b * t.neurons) };
}

/** E and I side by side: (T, ne + ni), E neurons first. */
function combined(e: SpikeTrain, i: SpikeTrain): SpikeTrain {
  const n = e.neurons + i.neurons;
  const data = new Uint8Array(e.steps * n);
  for (let t = 0; t < e.steps; t++) {
    data.set(e.data.subarray(t * e.neurons, (t + 1) * e.neurons), t * n);
    data.set(i.data.subarray(t * i.neurons, (t + 1) * i.neurons), t * n + e.neurons);
  }
  return { steps: e.steps, neurons: n, data };
}

export const ACTIVITY_FIGURES: FigureSpec[] = [
  {
    name: "raster",
    build(ctx, meta) {
      const E = ctx.train("excitatory");
      const I = ctx.sel.trains.inhibitory;
      const shown = Math.min(ctx.options.rasterSteps, E.steps);
      const a = E.steps - shown;
      const t0 = ctx.sel.from + a;
      const title = `Spike raster, steps ${t0}–${ctx.sel.to - 1}`;
      return { title, svg: rasterFigure({ excitatory: rows(E, a, E.steps), inhibitory: I && rows(I, a, I.steps), t0 }, meta(title, { rasterSteps: shown })) };
    },
  },
  {
    name: "population-activity",
    build(ctx, meta) {
      const title = `Population activity (E), ${range(ctx)}`;
      return { title, svg: populationActivityFigure({ counts: rate(ctx), neurons: ctx.train("excitatory").neurons, t0: ctx.sel.from }, meta(title)) };
    },
  },
  {
    name: "firing-rate",
    build(ctx, meta) {
      const title = `Network firing rate (E), ${range(ctx)}`;
      return { title, svg: firingRateFigure({ activeCounts: rate(ctx), neurons: ctx.train("excitatory").neurons }, meta(title)) };
    },
  },
  {
    name: "neuron-rates",
    build(ctx, meta) {
      const E = ctx.train("excitatory");
      const I = ctx.sel.trains.inhibitory;
      const title = `Firing rates across neurons, ${range(ctx)}`;
      const input = { rates: neuronMeanRates(E), inhibitory: I ? neuronMeanRates(I) : new Float64Array(0), window: E.steps };
      return { title, svg: neuronRateFigure(input, meta(title)) };
    },
  },
  {
    name: "correlation",
    build(ctx, meta) {
      const c = ctx.correlation("excitatory");
      if (c.neurons - c.constantNeurons.length < 2) throw new Error(`fewer than 2 E neurons vary (spike at some steps but not all) in ${range(ctx)}`);
      const title = `Pairwise correlation (E), ${range(ctx)}`;
      return { title, svg: correlationFigure({ matrix: c.matrix, n: c.neurons }, meta(title)) };
    },
  },
  {
    name: "correlation-network",
    build(ctx, meta) {
      const E = ctx.train("excitatory");
      const I = ctx.sel.trains.inhibitory;
      const c = ctx.memo("corr:combined", () => (I ? pairwiseCorrelation(combined(E, I)) : ctx.correlation("excitatory")));
      if (c.neurons - c.constantNeurons.length < 2) throw new Error(`fewer than 2 neurons vary (spike at some steps but not all) in ${range(ctx)}`);
      // The live panel's rule: r > 0.1, then the strongest MAX_EDGES pairs.
      const threshold = ctx.options.correlationThreshold ?? DEFAULT_THRESHOLD;
      const title = `Correlation network (${I ? "E and I" : "E"}), ${range(ctx)}`;
      const rates = I ? Float64Array.from([...neuronMeanRates(E), ...neuronMeanRates(I)]) : neuronMeanRates(E);
      return { title, svg: networkFigure({ matrix: c.matrix, n: c.neurons, threshold, maxEdges: MAX_EDGES, excitatory: E.neurons, rates }, meta(title, { correlationThreshold: threshold, maxEdges: MAX_EDGES })) };
    },
  },
  {
    name: "isi",
    build(ctx, meta) {
      const E = ctx.train("excitatory");
      const intervals: number[] = [];
      const last = new Int32Array(E.neurons).fill(-1);
      for (let t = 0; t < E.steps; t++) {
        for (let i = 0; i < E.neurons; i++) {
          if (!E.data[t * E.neurons + i]) continue;
          if (last[i] >= 0) intervals.push(t - last[i]);
          last[i] = t;
        }
      }
      if (intervals.length === 0) throw new Error(`no E neuron spikes twice in ${range(ctx)}`);
      // Fit the counts of the figure's own bins at their left edges, where it draws its dots.
      const bins = ctx.options.bins;
      const edges = binEdges(intervals, { bins, integerWidth: true });
      const width = edges[1] - edges[0];
      const counts = new Float64Array(edges.length - 1);
      for (const v of intervals) counts[Math.min(counts.length - 1, Math.floor((v - edges[0]) / width))]++;
      if (counts.length < 3) throw new Error(`the E inter-spike intervals fill fewer than 3 bins, too few to fit a·e^(−b·x) − c`);
      const fit = fitExponential(edges.slice(0, -1), counts);
      const title = `Inter-spike intervals (E, pooled), ${range(ctx)}`;
      return { title, svg: isiFigure({ intervals, fit, bins }, meta(title, { fit })) };
    },
  },
  {
    name: "hamming-distance",
    build(ctx, meta) {
      const p = ctx.perturbation();
      const title = `Hamming distance: neuron ${p.neuron} flipped in the final state (step ${p.startStep})`;
      const { distances: _d, reference: _r, perturbed: _p, ...about } = p;
      return { title, svg: hammingDistanceFigure({ distances: p.distances, t0: p.startStep }, meta(title, { perturbation: about })) };
    },
  },
];
