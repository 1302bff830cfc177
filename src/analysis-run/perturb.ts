/**
 * The perturbation experiment on a saved run's final state, with the run's own input continued
 * past its end where that is possible.
 */
import { perturbationExperiment, type PerturbationResult } from "../models/sorn/perturbation";
import { constantInput, uniformInput, zeroInput, type InputSource } from "../models/inputs";
import type { RunFile } from "../models/sorn/io/run-file";
import type { Phase } from "../models/sorn/params";

/** Settings of the perturbation run (all optional). */
export interface PerturbationSettings {
  /** Steps after the flip (default 100; 0 switches the experiment off). */
  steps?: number;
  /** E neuron to flip (default 0). */
  neuron?: number;
  /** 'training' (default: frozen weights, as in the literature) or 'plasticity' (the run's rules keep learning). */
  phase?: Phase;
  /** Input for the steps after the final state; default: the run's input continued (see {@link continuedInput}). */
  input?: InputSource;
}

export const DEFAULT_PERTURBATION_STEPS = 100;

/**
 * The run's input for steps S, S+1, … after its final step S: a uniform stream (`{kind:
 * "uniform", seed}`) continues exactly where the run left it, a constant pattern stays, no input
 * stays none. Input read from a file covers only the run's own steps and a missing description
 * says nothing, so both become u = 0 (the description says so).
 */
export function continuedInput(run: RunFile): { source: InputSource; description: Record<string, unknown> } {
  const nu = run.params.nu;
  const d = (run.input ?? {}) as Record<string, unknown>;
  if (nu > 0 && d.kind === "uniform" && Number.isInteger(d.seed)) return { source: uniformInput(nu, d.seed as number), description: { kind: "uniform", seed: d.seed, continued: true } };
  if (nu > 0 && d.kind === "constant" && Array.isArray(d.pattern) && d.pattern.length === nu) return { source: constantInput(d.pattern as number[]), description: { kind: "constant", pattern: d.pattern } };
  const why = nu === 0 || d.kind === "none" ? undefined : d.kind === "file" ? "the run's input file covers only the run's own steps" : "the run does not describe its input";
  return { source: zeroInput(nu), description: why ? { kind: "none", reason: why } : { kind: "none" } };
}

/** The experiment's result with the settings used, as reported in the statistics and the figure. */
export interface RunPerturbation extends PerturbationResult {
  /** The input the two copies received. */
  input: Record<string, unknown>;
  /** Whether noise was on (the run's setting). */
  noise: boolean;
}

/**
 * Flip E neuron `neuron` of the run's final state and follow the Hamming distance for `steps`
 * steps (`perturbationExperiment`), with the run's parameters, seed, noise and frozen rules.
 */
export function runPerturbation(run: RunFile, settings: PerturbationSettings = {}): RunPerturbation {
  const steps = settings.steps ?? DEFAULT_PERTURBATION_STEPS;
  const input = settings.input ? { source: settings.input, description: { kind: "given" } } : continuedInput(run);
  const result = perturbationExperiment({
    state: run.state,
    params: run.params,
    seed: run.seed,
    input: input.source,
    steps,
    neuron: settings.neuron ?? 0,
    phase: settings.phase ?? "training",
    freeze: run.freeze,
    noise: run.noise,
  });
  return { ...result, input: input.description, noise: run.noise };
}
