/**
 * The spike-train statistics of the statistics document: for each recorded population
 * (excitatory, inhibitory, and recurrent when recorded), every `Statistics` function of the
 * package and the additions, computed on the selected steps. Summaries by default; the full
 * per-step and per-neuron arrays with `full`.
 */
import {
  autocorrelation,
  fanoFactor,
  interSpikeIntervals,
  isiCoefficientOfVariation,
  isiExponentialFit,
  networkFiringRate,
  networkRateHistogram,
  neuronMeanRates,
  neuronRateHistogram,
  populationActivity,
  scaleDependentSmoothness,
  scaleIndependentSmoothness,
  spikeSourceEntropy,
  spikeTimes,
  type Histogram,
} from "../models/analysis";
import type { SpikeTrain } from "../models/sorn/types";
import type { AnalysisContext } from "./context";
import { attempt, summarize, type Skipped } from "./json";
import { POPULATION_RECORDS, type Population } from "./select";

/** A histogram as plain data (numpy's `np.histogram` edges and counts, and the density). */
export function histogramJson(h: Histogram): Record<string, unknown> {
  return { edges: h.edges, counts: h.counts, density: h.density, total: h.total };
}

type TrainStat = (train: SpikeTrain, ctx: AnalysisContext, pop: Population) => unknown;

const rate = (ctx: AnalysisContext, pop: Population) => ctx.memo(`rate:${pop}`, () => networkFiringRate(ctx.train(pop)));
const withFull = (ctx: AnalysisContext, summary: object, full: Record<string, unknown>) => (ctx.options.full ? { ...summary, ...full } : summary);

/** Each statistic by the name of the function that computes it. */
const TRAIN_STATS: [string, TrainStat][] = [
  ["networkFiringRate", (_t, ctx, pop) => withFull(ctx, { activeNeurons: summarize(rate(ctx, pop)) }, { values: rate(ctx, pop) })],
  [
    "neuronMeanRates",
    (t, ctx) => {
      const r = neuronMeanRates(t);
      return withFull(ctx, { ratePerStep: summarize(r), silentNeurons: r.filter((v) => v === 0).length }, { values: r });
    },
  ],
  ["scaleDependentSmoothness", (_t, ctx, pop) => scaleDependentSmoothness(rate(ctx, pop))],
  ["scaleIndependentSmoothness", (_t, ctx, pop) => scaleIndependentSmoothness(rate(ctx, pop))],
  ["autocorrelation", (_t, ctx, pop) => ({ lag: ctx.options.autocorrelationLag, ...autocorrelation(rate(ctx, pop), ctx.options.autocorrelationLag) })],
  [
    "pairwiseCorrelation",
    (t, ctx, pop) => {
      const c = ctx.correlation(pop);
      const N = c.neurons;
      const rows = () => Array.from({ length: N }, (_, i) => c.matrix.subarray(i * N, (i + 1) * N));
      return withFull(ctx, { neurons: N, meanCorrelation: c.meanCorrelation, pairs: c.pairs, constantNeurons: c.constantNeurons }, { matrix: rows() });
    },
  ],
  [
    "fanoFactor",
    (t, ctx) => {
      const per = Array.from({ length: t.neurons }, (_, i) => fanoFactor(t, i, ctx.options.fanoWindow));
      const { windowLength, windows, droppedSteps } = per[0];
      const fano = per.map((f) => f.fano);
      return withFull(ctx, { windowLength, windows, droppedSteps, fano: summarize(fano), silentNeurons: fano.filter((f) => f === null).length }, { values: fano });
    },
  ],
  ["spikeSourceEntropy", (t) => spikeSourceEntropy(t)],
  [
    "spikeTimes",
    (t, ctx) => {
      const times = spikeTimes(t);
      return withFull(ctx, { spikes: times.reduce((s, a) => s + a.length, 0) }, { values: times });
    },
  ],
  [
    "interSpikeIntervals",
    (t, ctx) => {
      const isi = interSpikeIntervals(t);
      const pooled = isi.flatMap((a) => Array.from(a));
      return withFull(ctx, { pooled: summarize(pooled), neuronsWithIntervals: isi.filter((a) => a.length > 0).length }, { values: isi });
    },
  ],
  [
    "isiCoefficientOfVariation",
    (t, ctx) => {
      const cv = isiCoefficientOfVariation(t);
      return withFull(ctx, { cv: summarize(cv), undefinedNeurons: cv.filter((v) => v === null).length }, { values: cv });
    },
  ],
  [
    "isiExponentialFit",
    (t, ctx) => {
      const f = isiExponentialFit(t, ctx.options.bins);
      return { pooled: true, bins: ctx.options.bins, points: "centres", fit: f.fit, histogram: histogramJson(f.histogram) };
    },
  ],
  [
    "populationActivity",
    (t, ctx) => {
      const { bursts, ...rest } = populationActivity(t);
      return withFull(ctx, { ...rest, burstCount: bursts.length }, { bursts });
    },
  ],
  [
    "networkRateHistogram",
    (t, ctx) => {
      const h = networkRateHistogram(t, ctx.options.bins);
      return { bins: ctx.options.bins, ...histogramJson(h), excludedSilentSteps: h.excludedSilentSteps };
    },
  ],
  ["neuronRateHistogram", (t, ctx) => ({ bins: ctx.options.bins, ...histogramJson(neuronRateHistogram(t, ctx.options.bins)) })],
];

/** The names of the spike-train statistics, in document order. */
export const TRAIN_STAT_NAMES = TRAIN_STATS.map(([name]) => name);

/**
 * { name: { excitatory, inhibitory[, recurrent] } } for every train statistic; a population
 * without its record, or one where the function throws (e.g. a silent train), gets
 * `{ skipped: why }`. With `only`, just the statistics it names.
 */
export function trainStatistics(ctx: AnalysisContext, only?: ReadonlySet<string>): Record<string, Record<string, unknown>> {
  const pops: Population[] = ["excitatory", "inhibitory"];
  if (ctx.sel.trains.recurrent) pops.push("recurrent");
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, f] of TRAIN_STATS) {
    if (only && !only.has(name)) continue;
    const byPop: Record<string, unknown> = {};
    for (const pop of pops) {
      const t = ctx.sel.trains[pop];
      byPop[pop] = t ? attempt(() => f(t, ctx, pop)) : ({ skipped: `no ${POPULATION_RECORDS[pop]} record` } satisfies Skipped);
    }
    out[name] = byPop;
  }
  return out;
}
