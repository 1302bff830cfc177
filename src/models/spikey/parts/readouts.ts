/**
 * Readouts (spec spikey.md §1.5): the tick's output train, T × n_outputs signed values (row k =
 * step k of the tick), → an action. Rates are divided by magnitude everywhere (Spikey's
 * NeuronRates does not, §5 bug 12), so a rate is the signed fraction of steps with a spike.
 * - Threshold: rate = mean over the whole train / magnitude; action = output_range[rate ≥ action_threshold ? 1 : 0].
 * - NeuronRates: n_actions equal pools of outputs (0 = one per output); the mean signed rate of each.
 * - PopulationVector: spikes (non-zero values) counted per pool, normalised to sum 1 (uniform when silent).
 * - TopAction: the argmax of the population vector, ties broken uniformly at random.
 */
import { SornInputError } from "../../params/error";
import type { Action, PartInfo, Rng } from "../types";

/** A readout: the output train of one tick → the action. */
export type ReadoutFn = (train: Float32Array, steps: number, outputs: number) => Action;

/** A readout part: its schema and how to build it. */
export interface ReadoutPart extends PartInfo {
  build(values: Readonly<Record<string, unknown>>, rng: Rng): ReadoutFn;
}

const COMMON = [
  { name: "n_outputs", description: "Number of output neurons: the last n_outputs body neurons.", type: "int", min: 1, max: 100_000 },
  { name: "magnitude", description: "Size of a spike (rates are divided by it).", type: "float", default: 1, min: -1000, max: 1000 },
] as const;
const N_ACTIONS = { name: "n_actions", description: "Number of actions = pools of outputs (0: one per output neuron).", type: "int", default: 0, min: 0, max: 100_000 } as const;

function pools(v: Readonly<Record<string, unknown>>): number {
  const outputs = v.n_outputs as number;
  const n = (v.n_actions as number) || outputs;
  if (outputs % n !== 0) throw new SornInputError("n_actions", `${n} does not divide n_outputs ${outputs} into equal pools`);
  return n;
}

/** Mean value per pool over the train, divided by `scale`; `count` counts non-zero values instead. */
export function poolMeans(train: Float32Array, steps: number, outputs: number, n: number, scale: number, count: boolean): number[] {
  const per = outputs / n;
  const out = new Array<number>(n).fill(0);
  for (let k = 0; k < steps; k++) for (let o = 0; o < outputs; o++) {
    const x = train[k * outputs + o];
    out[Math.floor(o / per)] += count ? (x !== 0 ? 1 : 0) : x;
  }
  return out.map((s) => s / (count ? 1 : steps * per * scale));
}

function populationVector(train: Float32Array, steps: number, outputs: number, n: number): number[] {
  const counts = poolMeans(train, steps, outputs, n, 1, true);
  const total = counts.reduce((a, b) => a + b, 0);
  return total === 0 ? counts.map(() => 1 / n) : counts.map((c) => c / total);
}

export const Threshold: ReadoutPart = {
  name: "Threshold",
  description: "rate = mean output / magnitude; action = output_range[rate ≥ action_threshold].",
  keys: [...COMMON, { name: "action_threshold", description: "Rate at or above which the action is output_range[1].", type: "float", min: -1e9, max: 1e9 }, { name: "output_range", description: "The two actions [below, at or above].", type: "json", default: [0, 1] }],
  build: (v) => {
    const range = v.output_range;
    if (!Array.isArray(range) || range.length !== 2 || !range.every((x) => typeof x === "number")) throw new SornInputError("output_range", "must be two numbers [below, above]");
    const mag = v.magnitude as number;
    const thr = v.action_threshold as number;
    return (train, steps, outputs) => ((poolMeans(train, steps, outputs, 1, mag, false)[0] ?? 0) >= thr ? range[1] : range[0]);
  },
};

export const NeuronRates: ReadoutPart = {
  name: "NeuronRates",
  description: "Mean signed rate (÷ magnitude) of each of n_actions pools of outputs.",
  keys: [...COMMON, N_ACTIONS],
  build: (v) => {
    const n = pools(v);
    return (train, steps, outputs) => poolMeans(train, steps, outputs, n, v.magnitude as number, false);
  },
};

export const PopulationVector: ReadoutPart = {
  name: "PopulationVector",
  description: "Spike counts per pool of outputs, normalised to sum 1 (uniform when none spiked).",
  keys: [...COMMON, N_ACTIONS],
  build: (v) => {
    const n = pools(v);
    return (train, steps, outputs) => populationVector(train, steps, outputs, n);
  },
};

export const TopAction: ReadoutPart = {
  name: "TopAction",
  description: "The pool with the most spikes (argmax of the population vector), ties broken at random.",
  keys: [...COMMON, N_ACTIONS],
  build: (v, rng) => {
    const n = pools(v);
    return (train, steps, outputs) => {
      const pv = populationVector(train, steps, outputs, n);
      const top = Math.max(...pv);
      const ties = pv.flatMap((x, i) => (x === top ? [i] : []));
      return ties[Math.min(ties.length - 1, Math.floor(rng.random() * ties.length))];
    };
  },
};
