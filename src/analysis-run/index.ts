/**
 * From a saved run to its statistics and figures, for the command line (`sorn analyze`,
 * `sorn figures`). The lab does not use it: its worker draws the live run's figures from the same
 * figure definitions (`src/figures/`, through `src/worker/sorn/figures.ts`). Pure: no DOM, no
 * Node APIs (PNG export is `svgToPng` in `src/figures/png`).
 *
 * ```ts
 * const analysis = analyzeRun(run, { from: 1000, to: 2000 });
 * const stats = analysis.statistics();          // JSON-safe document, keys named after the functions
 * const { figures, skipped } = analysis.figures(); // [{ name: "raster", title, svg }, …], [{ name, reason }]
 * ```
 * Steps are absolute step numbers and the range [from, to) is half-open. Spike-train statistics
 * and time-series figures use the selected steps; degrees, weights and the perturbation
 * experiment use the run's final state (whatever the range), and say so.
 */
import type { RunFile } from "../models/sorn/io/run-file";
import { AnalysisContext, resolveOptions, type AnalysisOptions } from "./context";
import { makeFigures, type FigureSet } from "./figures";
import { RunAnalysisError, selectRun, type RunSelection } from "./select";
import { makeStatistics, type StatsDocument } from "./stats";

export { RunAnalysisError, selectRun, POPULATION_RECORDS, type Population, type RunSelection, type StepRange, type StepSeries, type Snapshots } from "./select";
export { resolveOptions, type AnalysisOptions, type ResolvedOptions } from "./context";
export { FIGURE_NAMES, DASHBOARD_PANELS, figureConfig, type FigureDefinition, type FigureSet, type SkippedFigure } from "./figures";
export { STATS_FORMAT, STATS_FORMAT_VERSION, type StatsDocument } from "./stats";
export { TRAIN_STAT_NAMES } from "./stats-trains";
export { compactJson, isSkipped, summarize, type Skipped, type Summary } from "./json";
export { continuedInput, runPerturbation, DEFAULT_PERTURBATION_STEPS, type RunPerturbation, type PerturbationSettings } from "./perturb";
export { denseWeightMatrix } from "./matrix";

/** An analysis of one run: the selection, and both outputs (computed on demand, sharing work). */
export interface RunAnalysis {
  selection: RunSelection;
  /**
   * The statistics document (the same object on every call); with `only`, a new document of the
   * header and just the statistics named (e.g. `["spikeSourceEntropy"]`), for callers that need
   * one figure of many (a sweep point): the rest is never computed.
   */
  statistics(only?: Iterable<string>): StatsDocument;
  /** The figures that can be drawn and the skipped ones with reasons (the same object on every call). */
  figures(): FigureSet;
}

/**
 * Select steps [from, to) of `run` and prepare its analysis. Throws a RunAnalysisError (with
 * the option to blame) on a bad range or setting, or records that do not fit together.
 */
export function analyzeRun(run: RunFile, options: AnalysisOptions = {}): RunAnalysis {
  const resolved = resolveOptions(options);
  const selection = selectRun(run, { from: options.from, to: options.to });
  const ne = selection.weights.Wee.rows;
  if (resolved.perturbationNeuron >= ne) throw new RunAnalysisError("perturbationNeuron", `must be an E neuron in [0, ${ne - 1}], got ${resolved.perturbationNeuron}`);
  const ctx = new AnalysisContext(selection, resolved);
  let stats: StatsDocument | undefined;
  let figs: FigureSet | undefined;
  return {
    selection,
    statistics: (only) => (only ? makeStatistics(ctx, new Set(only)) : (stats ??= makeStatistics(ctx))),
    figures: () => (figs ??= makeFigures(ctx)),
  };
}

/** The statistics document of a run (see {@link StatsDocument}). */
export function runStatistics(run: RunFile, options: AnalysisOptions = {}): StatsDocument {
  return analyzeRun(run, options).statistics();
}

/** Every figure the run's records allow, and the skipped ones with the reason. */
export function runFigures(run: RunFile, options: AnalysisOptions = {}): FigureSet {
  return analyzeRun(run, options).figures();
}
