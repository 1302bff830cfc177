/**
 * The perturbation experiment of the SORN literature (Lazar, Pipa & Triesch 2009; the
 * "edge of chaos" test): two copies of a network start from the same state, one excitatory
 * spike is flipped in one of them, both are driven by the same input and the same noise, and
 * the Hamming distance between their excitatory activities is followed over time. A distance
 * that dies out marks ordered dynamics; one that grows and stays marks chaotic dynamics.
 */
import { zeroInput, type InputSource } from "../inputs";
import { SornNetwork } from "./network";
import type { Phase, SornParams } from "./params";
import type { SornState, SpikeTrain } from "./types";
import { checkPositiveInteger, fail } from "../analysis/validate";

/** What to perturb and how to run the two copies. */
export interface PerturbationOptions {
  /** The state both copies start from (its generators, when present, are shared by both). */
  state: SornState;
  /** Hyperparameters of the run (the package's names; ne defaults to the state's). */
  params?: Partial<Record<keyof SornParams, unknown>>;
  /** The run's seed; seeds the generators only when `state.rng` is absent. Default 0. */
  seed?: number;
  /** u(t) for the steps after the state (default none: u = 0). Both copies see the same values. */
  input?: InputSource;
  /** Steps to run after the flip (≥ 1). */
  steps: number;
  /** E neuron whose current state x_n(t) is flipped (default 0); null flips nothing (a control). */
  neuron?: number | null;
  /**
   * 'training' (default): frozen weights and thresholds, as in the literature's perturbation
   * analysis, so the distance measures the dynamics of one fixed network. 'plasticity': the
   * unfrozen rules keep learning in each copy, so the two networks may also drift apart.
   */
  phase?: Phase;
  /** Rules to switch off in the plasticity phase. */
  freeze?: readonly string[];
  /** Gaussian noise on the drives (default true); both copies draw the same noise. */
  noise?: boolean;
  /** Also return both copies' E activity, (steps + 1) × ne with row 0 the state at the flip. */
  keepTrains?: boolean;
}

/** The Hamming distance over time between a network and its perturbed copy. */
export interface PerturbationResult {
  /** Step number of the state the copies start from. */
  startStep: number;
  /** The flipped E neuron, or null for the unperturbed control. */
  neuron: number | null;
  /** The value x_n(t) was set to in the perturbed copy (null for the control). */
  flippedTo: 0 | 1 | null;
  phase: Phase;
  steps: number;
  /**
   * d(k) = #{i : x_i(k) ≠ x̃_i(k)} for k = 0..steps: d(0) is the distance right after the flip
   * (1, or 0 for the control), d(k) the distance after k steps of both copies.
   */
  distances: Int32Array;
  /** max_k d(k). */
  maxDistance: number;
  /** d(steps). */
  finalDistance: number;
  /** Σ_{k=1..steps} d(k) / steps. */
  meanDistance: number;
  /**
   * The first k ≥ 1 from which d stays 0 to the end of the experiment (the perturbation died
   * out within the window), or null when d(steps) > 0. (Equal E activity does not guarantee
   * equal I activity, so later divergence beyond the window is possible in principle.)
   */
  extinctAt: number | null;
  /** Both copies' E activity (with `keepTrains`): row k is the state at distance d(k). */
  reference?: SpikeTrain;
  perturbed?: SpikeTrain;
}

/** An input source that computes each step's input once, so two networks can share it. */
function shared(source: InputSource): InputSource {
  const buf = new Float64Array(source.nu);
  let last = -1;
  return {
    nu: source.nu,
    fill(t, out) {
      if (t !== last) {
        source.fill(t, buf);
        last = t;
      }
      out.set(buf);
    },
  };
}

/**
 * Runs the perturbation experiment: networks A and B are both built from `options.state` (so
 * their weights, thresholds, activities and random generators are identical), then
 * x̃_n(t) ← 1 − x_n(t) in B, and both advance `steps` steps in lockstep with the same input u(t)
 * and, because their generators start equal and every step draws ne + ni normals (plus, in the
 * plasticity phase, SP's numpy draw) whatever the activity, the same noise ξ(t). (In the
 * plasticity phase, SP's choice of new synapses uses Python's generator, which the copies may
 * consume differently once their weights differ; the noise stays shared.) Returns
 * d(k) = Σ_i |x_i(k) − x̃_i(k)| for k = 0..steps.
 * Throws on bad options; the network throws a SornInputError on a bad state or parameters.
 */
export function perturbationExperiment(options: PerturbationOptions): PerturbationResult {
  const fn = "perturbationExperiment";
  if (!options || typeof options !== "object") fail(fn, "options must be an object");
  checkPositiveInteger(fn, options.steps, "steps");
  const { steps } = options;
  const phase = options.phase ?? "training";
  const make = () =>
    new SornNetwork({
      params: options.params,
      seed: options.seed ?? 0,
      state: options.state,
      phase,
      freeze: options.freeze ?? [],
      noise: options.noise ?? true,
    });
  const a = make();
  const b = make();
  const ne = a.ne;
  const neuron = options.neuron === undefined ? 0 : options.neuron;
  if (neuron !== null && (!Number.isInteger(neuron) || neuron < 0 || neuron >= ne)) {
    fail(fn, `neuron must be an integer in [0, ${ne - 1}] or null (got ${String(neuron)})`);
  }
  const input = shared(options.input ?? zeroInput(a.params.nu));
  if (input.nu !== a.params.nu) fail(fn, `input must have nu = ${a.params.nu} rows (got ${input.nu})`);
  let flippedTo: 0 | 1 | null = null;
  if (neuron !== null) {
    b.x[neuron] ^= 1;
    flippedTo = b.x[neuron] as 0 | 1;
  }
  const keep = options.keepTrains === true;
  const rowsA = keep ? new Uint8Array((steps + 1) * ne) : null;
  const rowsB = keep ? new Uint8Array((steps + 1) * ne) : null;
  const distances = new Int32Array(steps + 1);
  const observe = (k: number) => {
    let d = 0;
    for (let i = 0; i < ne; i++) d += a.x[i] ^ b.x[i];
    distances[k] = d;
    rowsA?.set(a.x, k * ne);
    rowsB?.set(b.x, k * ne);
  };
  const startStep = a.t;
  observe(0);
  for (let k = 1; k <= steps; k++) {
    a.step(1, input);
    b.step(1, input);
    observe(k);
  }
  let maxDistance = 0;
  let sum = 0;
  for (let k = 0; k <= steps; k++) {
    maxDistance = Math.max(maxDistance, distances[k]);
    if (k > 0) sum += distances[k];
  }
  let extinctAt: number | null = null;
  if (distances[steps] === 0) {
    let k = steps;
    while (k > 1 && distances[k - 1] === 0) k--;
    extinctAt = k;
  }
  const result: PerturbationResult = {
    startStep,
    neuron,
    flippedTo,
    phase,
    steps,
    distances,
    maxDistance,
    finalDistance: distances[steps],
    meanDistance: sum / steps,
    extinctAt,
  };
  if (rowsA && rowsB) {
    result.reference = { steps: steps + 1, neurons: ne, data: rowsA };
    result.perturbed = { steps: steps + 1, neurons: ne, data: rowsB };
  }
  return result;
}
