/**
 * The rate model that the seam's rate-RNN and LIF families run (`family.ts` here and in `lif/`):
 * a trained model handed in as their `state` (a model file's text, its parsed document, or a
 * `RateModel` in memory), or else the untrained network that `sorn rnn train --task T --seed S
 * --n N --activation A` starts from (the paper's initialisation, the same draws as `Trainer`).
 */
import { SornInputError } from "../params/error";
import type { ParamSpec } from "../params/schema";
import { ACTIVATIONS, type Activation } from "./activation";
import { modelFromJson, modelOf, MODEL_FORMAT, type RateModel } from "./model-file";
import { TASKS, type TaskId } from "./tasks";
import { DEFAULT_TRAIN, Trainer } from "./train";

/** The parameters that choose the network (both families have them). */
export interface RateSourceParams {
  task: TaskId;
  n: number;
  activation: Activation;
}

/** The schema rows of {@link RateSourceParams}: structural, since they choose the network. */
export const RATE_SOURCE_SCHEMA: readonly ParamSpec[] = [
  { name: "task", group: "Network", kind: "choice", default: "go-nogo", choices: TASKS, structural: true, description: "the task (go-nogo, mante, xor, dms); its input channels; taken from a loaded model" },
  { name: "n", group: "Network", kind: "int", default: 200, min: 2, max: 4000, structural: true, description: "units N; taken from a loaded model" },
  { name: "activation", group: "Network", kind: "choice", default: "sigmoid", choices: ACTIVATIONS, structural: true, description: "the rate units' φ; taken from a loaded model" },
];

/** Whether `x` is a RateModel already in memory. */
function isRateModel(x: unknown): x is RateModel {
  return !!x && typeof x === "object" && "net" in x && "w0" in x && "history" in x;
}

/** The model in `given` (text, document or RateModel); anything else is a clear error. */
export function rateModelOf(given: unknown): RateModel {
  if (isRateModel(given)) return given;
  if (typeof given === "string") return modelFromJson(given);
  if (given && typeof given === "object" && (given as { format?: unknown }).format === MODEL_FORMAT) return modelFromJson(JSON.stringify(given));
  throw new SornInputError("state", `expected a rate-RNN model file ("format": "${MODEL_FORMAT}") or a saved state of this family`);
}

/**
 * The model to run and the parameters it has: `given`'s when there is one (a `requested` task, n
 * or activation that differs from the model's is refused, naming it), else a fresh network.
 */
export function rateModelFor(given: unknown, requested: Partial<RateSourceParams>, defaults: RateSourceParams, seed: number): { model: RateModel; source: RateSourceParams } {
  if (given === undefined || given === null) {
    const p = { ...defaults, ...requested };
    const model = modelOf(new Trainer({ ...DEFAULT_TRAIN, task: p.task, seed }, { n: p.n, activation: p.activation }));
    return { model, source: p };
  }
  const model = rateModelOf(given);
  const source: RateSourceParams = { task: model.task, n: model.net.settings.n, activation: model.net.settings.activation };
  for (const k of ["task", "n", "activation"] as const) {
    if (requested[k] !== undefined && requested[k] !== source[k]) throw new SornInputError(k, `the model is a ${source.task} network of N = ${source.n} ${source.activation} units; ${k} ${String(requested[k])} does not fit it`);
  }
  return { model, source };
}

/** A note for `warnings()` when the network has not been trained. */
export function untrainedWarning(model: RateModel): string[] {
  return model.history.trials === 0 ? [`this ${model.task} network is untrained (the paper's initialisation, seed ${model.seed}): train one with 'sorn rnn train' or the rate-RNN tab and load its model file`] : [];
}
