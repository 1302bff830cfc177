/**
 * `rnn.train`: one rate-RNN training (`../../rate-rnn/kind.ts`) at the point's seed. Parameters:
 * task (default go-nogo), the network's settings (n, pInh, pRec, gain, somN, dale, init) and the
 * training's (maxTrials, evalEvery, evalTrials, lossThreshold, accuracyThreshold, loss, lr).
 * Metrics: trials — trials to success (null when the training stopped without success);
 * success — 1 or 0; trialsRun — the trials run whatever the outcome.
 */
import type { Json } from "../../../pool/registry";
import { runRnnTrain, type RnnTrainSpec } from "../../rate-rnn/kind";
import { DEFAULT_TRAIN } from "../../../models/rate-rnn/train";
import { defineTarget, metricFromList } from "./registry";

const NETWORK = ["n", "pInh", "pRec", "gain", "somN", "dale", "init"];
const TRAINING = ["maxTrials", "evalEvery", "evalTrials", "lossThreshold", "accuracyThreshold", "loss"];
const METRICS = ["trials", "success", "trialsRun"];

export const rnnTrainTarget = defineTarget({
  id: "rnn.train",
  description: "a rate-RNN training (task, network and training settings, lr) and its trials to success",
  params: ["task", ...NETWORK, ...TRAINING, "lr"],
  metricExamples: METRICS,
  checkMetric: metricFromList(METRICS),
  evaluate(params, seed, _metrics, ctx) {
    const network: Record<string, Json> = {};
    const training: Record<string, Json> = {};
    for (const [k, v] of Object.entries(params)) {
      if (NETWORK.includes(k)) network[k] = v;
      if (TRAINING.includes(k)) training[k] = v;
    }
    if (params.lr !== undefined) training.adam = { ...DEFAULT_TRAIN.adam, lr: params.lr } as unknown as Json;
    const spec = { task: params.task ?? "go-nogo", seed, network, training } as unknown as RnnTrainSpec;
    const r = runRnnTrain(spec, ctx);
    const success = r.status === "success";
    return { trials: success ? r.trials : null, success: success ? 1 : 0, trialsRun: r.trials };
  },
});
