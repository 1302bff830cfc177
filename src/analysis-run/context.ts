/**
 * Settings of a run analysis and the computations shared by the statistics and the figures
 * (each done once per analysis, errors included).
 */
import { lognormalFit, pairwiseCorrelation, weightsAtLeast, WEIGHT_THRESHOLD, type LognormalFit, type PairwiseCorrelation } from "../models/analysis";
import type { Phase } from "../models/sorn/params";
import type { FigureLayout } from "../figures/svg";
import type { InputSource } from "../models/inputs";
import type { SpikeTrain } from "../models/sorn/types";
import { DEFAULT_PERTURBATION_STEPS, runPerturbation, type RunPerturbation } from "./perturb";
import { POPULATION_RECORDS, RunAnalysisError, type Population, type RunSelection } from "./select";

/** Settings of {@link analyzeRun}; every one is optional. */
export interface AnalysisOptions {
  /** First step to analyse (absolute step number; default the first recorded step). */
  from?: number;
  /** End of the range, exclusive (default one past the last recorded step). */
  to?: number;
  /** Put full per-step / per-neuron arrays and the N×N correlation matrix in the statistics (default false: summaries). */
  full?: boolean;
  /** Bins of the histograms in the statistics (default 20). */
  bins?: number;
  /** Window length L of the Fano factor in steps (default 10). */
  fanoWindow?: number;
  /** Lag of the autocorrelation of the network rate (default 2, the package's). */
  autocorrelationLag?: number;
  /** Smallest weight in the weight distribution and its lognormal fit (default 0.01, the package's). */
  weightThreshold?: number;
  /** Steps after the flip (default 100; 0: no perturbation experiment). */
  perturbationSteps?: number;
  /** E neuron to flip (default 0). */
  perturbationNeuron?: number;
  /** Phase of the two copies (default 'training': frozen weights). */
  perturbationPhase?: Phase;
  /** Input of the two copies (default: the run's input continued). */
  perturbationInput?: InputSource;
  /** Steps shown by the raster (the last ones of the range; default 500). */
  rasterSteps?: number;
  /** Edge threshold of the correlation network (default 0.1, the lab panel's: the strongest 1,500 pairs above it are drawn). */
  correlationThreshold?: number;
  /** Names of the figures to make (default all; see FIGURE_NAMES). */
  figures?: readonly string[];
  /** Where the figures are laid out (size in user units, style); default each figure's own, screen style. */
  layout?: FigureLayout;
}

/** {@link AnalysisOptions} with the defaults filled in. */
export type ResolvedOptions = Required<Omit<AnalysisOptions, "from" | "to" | "perturbationInput" | "correlationThreshold" | "figures" | "layout">> &
  Pick<AnalysisOptions, "perturbationInput" | "correlationThreshold" | "figures" | "layout">;

function positiveInt(name: string, v: number | undefined, dflt: number, min = 1): number {
  if (v === undefined) return dflt;
  if (!Number.isInteger(v) || v < min) throw new RunAnalysisError(name, `must be an integer ≥ ${min}, got ${v}`);
  return v;
}

/** Fill in and check the settings (a RunAnalysisError names a bad one). */
export function resolveOptions(o: AnalysisOptions): ResolvedOptions {
  if (o.weightThreshold !== undefined && !(o.weightThreshold > 0 && Number.isFinite(o.weightThreshold))) throw new RunAnalysisError("weightThreshold", `must be a positive number, got ${o.weightThreshold}`);
  if (o.correlationThreshold !== undefined && !Number.isFinite(o.correlationThreshold)) throw new RunAnalysisError("correlationThreshold", `must be a finite number, got ${o.correlationThreshold}`);
  const phase = o.perturbationPhase ?? "training";
  if (phase !== "training" && phase !== "plasticity") throw new RunAnalysisError("perturbationPhase", `must be 'training' or 'plasticity', got '${String(phase)}'`);
  return {
    full: o.full ?? false,
    bins: positiveInt("bins", o.bins, 20),
    fanoWindow: positiveInt("fanoWindow", o.fanoWindow, 10),
    autocorrelationLag: positiveInt("autocorrelationLag", o.autocorrelationLag, 2),
    weightThreshold: o.weightThreshold ?? WEIGHT_THRESHOLD,
    perturbationSteps: positiveInt("perturbationSteps", o.perturbationSteps, DEFAULT_PERTURBATION_STEPS, 0),
    perturbationNeuron: positiveInt("perturbationNeuron", o.perturbationNeuron, 0, 0),
    perturbationPhase: phase,
    perturbationInput: o.perturbationInput,
    rasterSteps: positiveInt("rasterSteps", o.rasterSteps, 500),
    correlationThreshold: o.correlationThreshold,
    figures: o.figures,
    layout: o.layout,
  };
}

/** A selection, its settings, and the memoised computations both outputs use. */
export class AnalysisContext {
  private readonly cache = new Map<string, { value?: unknown; error?: unknown }>();

  constructor(
    readonly sel: RunSelection,
    readonly options: ResolvedOptions,
  ) {}

  /** `f()` once per key; a thrown error is remembered and thrown again. */
  memo<T>(key: string, f: () => T): T {
    let c = this.cache.get(key);
    if (!c) {
      try {
        c = { value: f() };
      } catch (error) {
        c = { error };
      }
      this.cache.set(key, c);
    }
    if ("error" in c) throw c.error;
    return c.value as T;
  }

  /** The population's spike train in the range; throws (naming the record) when it was not recorded. */
  train(pop: Population): SpikeTrain {
    const t = this.sel.trains[pop];
    if (!t) throw new Error(`no ${POPULATION_RECORDS[pop]} record`);
    return t;
  }

  correlation(pop: Population): PairwiseCorrelation {
    return this.memo(`corr:${pop}`, () => pairwiseCorrelation(this.train(pop)));
  }

  /** The final Wee's weights ≥ threshold and their lognormal fit. */
  lognormal(): { weights: Float64Array; fit: LognormalFit } {
    return this.memo("lognormal", () => {
      const weights = weightsAtLeast(this.sel.weights.Wee, this.options.weightThreshold);
      return { weights, fit: lognormalFit(weights) };
    });
  }

  /** The perturbation experiment on the final state; throws when switched off. */
  perturbation(): RunPerturbation {
    return this.memo("perturbation", () => {
      const o = this.options;
      if (o.perturbationSteps === 0) throw new Error("the perturbation experiment is switched off (0 steps)");
      if (o.perturbationNeuron >= this.sel.weights.Wee.rows) throw new RunAnalysisError("perturbationNeuron", `must be an E neuron in [0, ${this.sel.weights.Wee.rows - 1}], got ${o.perturbationNeuron}`);
      return runPerturbation(this.sel.run, { steps: o.perturbationSteps, neuron: o.perturbationNeuron, phase: o.perturbationPhase, input: o.perturbationInput });
    });
  }
}
