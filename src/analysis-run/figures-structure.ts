/**
 * Figure definitions drawn from the final state's E→E weights (weight distribution with its
 * lognormal fit, connections per neuron) and from the per-step records (connection counts,
 * thresholds).
 */
import { inDegrees, outDegrees } from "../models/analysis";
import { connectionCountsFigure, degreeFigure, thresholdsFigure, weightDistributionFigure } from "../figures";
import type { AnalysisContext } from "./context";
import type { FigureSpec } from "./figure-spec";
import { summarize } from "./json";

const range = (ctx: AnalysisContext) => `steps ${ctx.sel.from}–${ctx.sel.to - 1}`;

export const STRUCTURE_FIGURES: FigureSpec[] = [
  {
    name: "weight-distribution",
    build(ctx, meta) {
      const { weights, fit } = ctx.lognormal();
      if (!(fit.sigma > 0)) throw new Error(`the ${weights.length} E→E weights ≥ ${ctx.options.weightThreshold} are all equal (lognormal σ = 0)`);
      const title = `E→E weights, final state (step ${ctx.sel.finalStep})`;
      return { title, svg: weightDistributionFigure({ weights, mu: fit.mu, sigma: fit.sigma, threshold: ctx.options.weightThreshold }, meta(title, { lognormalFit: fit })) };
    },
  },
  {
    name: "connections-per-neuron",
    build(ctx, meta) {
      const W = ctx.sel.weights.Wee;
      const sample = (dir: "incoming" | "outgoing") => {
        const counts = dir === "incoming" ? inDegrees(W) : outDegrees(W);
        const s = summarize(counts)!;
        if (!(s.sd > 0)) throw new Error(`every E neuron has ${s.mean} ${dir} E→E connections (σ = 0, no normal fit)`);
        return { counts, mu: s.mean, sigma: s.sd };
      };
      const title = `E→E connections per neuron, final state (step ${ctx.sel.finalStep})`;
      return { title, svg: degreeFigure({ incoming: sample("incoming"), outgoing: sample("outgoing") }, meta(title)) };
    },
  },
  {
    name: "connection-counts",
    build(ctx, meta) {
      const { EEConnectionCounts: ee, EIConnectionCounts: ei, IEConnectionCounts: ie } = ctx.sel.counts;
      if (!ee) throw new Error("no EEConnectionCounts record");
      const title = `Connections over time, ${range(ctx)}`;
      return { title, svg: connectionCountsFigure({ ee, ei, ie, t0: ctx.sel.from }, meta(title)) };
    },
  },
  {
    name: "thresholds",
    build(ctx, meta) {
      const te = ctx.sel.thresholds.TE;
      if (!te) throw new Error("no TE record");
      const { steps, neurons, data } = te;
      const stat = (f: (row: Float64Array) => number) => Float64Array.from({ length: steps }, (_, k) => f(data.subarray(k * neurons, (k + 1) * neurons)));
      // Three neurons across the pool: 0 (an input neuron when nu > 0), the middle one and the last.
      const picks = [...new Set([0, Math.floor(neurons / 2), neurons - 1])];
      const traces = picks.map((i) => ({ neuron: i, values: Float64Array.from({ length: steps }, (_, k) => data[k * neurons + i]) }));
      const title = `Excitatory thresholds, ${range(ctx)}`;
      return {
        title,
        svg: thresholdsFigure(
          {
            mean: stat((r) => summarize(r)!.mean),
            min: stat((r) => summarize(r)!.min),
            max: stat((r) => summarize(r)!.max),
            traces,
            pool: "E",
            t0: ctx.sel.from,
          },
          meta(title),
        ),
      };
    },
  },
];
