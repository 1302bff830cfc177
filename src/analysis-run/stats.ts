/**
 * The statistics document: every statistic the run's records allow, keyed by the name of the
 * function that computes it, as plain JSON-safe data.
 */
import type { RecordName } from "../models/sorn/types";
import type { AnalysisContext } from "./context";
import { jsonSafe } from "./json";
import { perturbationStatistics, pick, recordStatistics, structureStatistics } from "./stats-structure";
import { trainStatistics } from "./stats-trains";

export const STATS_FORMAT = "sorn-lab-stats";
export const STATS_FORMAT_VERSION = 1;

/**
 * The statistics of one run, JSON-safe (typed arrays are arrays; ±Infinity is the string
 * "Infinity"/"-Infinity"; NaN is null). Keys, besides `format`, `version`, `run`, `selection`
 * and `settings`:
 * - spike-train statistics, each `{ excitatory, inhibitory[, recurrent] }` on the selected steps:
 *   networkFiringRate, neuronMeanRates, scaleDependentSmoothness, scaleIndependentSmoothness,
 *   autocorrelation, pairwiseCorrelation, fanoFactor, spikeSourceEntropy, spikeTimes,
 *   interSpikeIntervals, isiCoefficientOfVariation, isiExponentialFit, populationActivity,
 *   networkRateHistogram, neuronRateHistogram;
 * - of the final state's Wee: inDegrees, outDegrees, degreeDistribution, weightsAtLeast,
 *   weightHistogram, lognormalFit;
 * - from the other records: connectionCounts, thresholds, weightSnapshots;
 * - perturbationExperiment, on the final state.
 * Anything that cannot be computed is `{ skipped: "why" }`.
 */
export type StatsDocument = Record<string, unknown>;

/**
 * Build the statistics document of an analysis; with `only`, the header and just the statistics
 * it names (each the same value as in the whole document: statistics never depend on each other).
 */
export function makeStatistics(ctx: AnalysisContext, only?: ReadonlySet<string>): StatsDocument {
  const { run, from, to, recorded, finalStep } = ctx.sel;
  const records: Record<string, unknown> = {};
  for (const [name, r] of Object.entries(run.records)) {
    if (r) records[name as RecordName] = "steps" in r && r.steps ? { shape: r.shape, steps: r.steps } : { shape: r.shape };
  }
  const { perturbationInput: _i, figures: _f, ...settings } = ctx.options;
  const doc = {
    format: STATS_FORMAT,
    version: STATS_FORMAT_VERSION,
    run: { engine: run.engine, seed: run.seed, params: run.params, phase: run.phase, freeze: run.freeze, noise: run.noise, input: run.input, finalStep, records },
    selection: { from, to, steps: to - from, recorded },
    settings,
    ...trainStatistics(ctx, only),
    ...structureStatistics(ctx, only),
    ...recordStatistics(ctx, only),
    ...pick({ perturbationExperiment: () => perturbationStatistics(ctx) }, only),
  };
  return jsonSafe(doc) as StatsDocument;
}
