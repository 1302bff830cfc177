/**
 * The Spiking RNN tab's objects, made once on its first open and kept while the page lives
 * (closing the Experiments view keeps a training going): the training model with its worker
 * (`src/worker/rate-rnn-trainer.worker.ts`, started on the first Train), the conversion model with
 * the page's pool (`src/pool/browser.ts`, loaded on the first conversion) and the LIF worker
 * (`src/worker/rate-rnn-lif.worker.ts`, started on the first closer look).
 */
import { wrap } from "comlink";
import type { LifRunner } from "../../experiments/rate-rnn/convert";
import type { ExperimentsModel } from "../../state/experiments/view";
import { RnnConvertModel, type RnnLifRemote } from "../../state/spiking-rnn/convert";
import { RnnTrainerModel, type RnnTrainerRemote } from "../../state/spiking-rnn/trainer";

export interface SpikingRnnRuntime {
  trainer: RnnTrainerModel;
  convert: RnnConvertModel;
}

let runtime: SpikingRnnRuntime | null = null;

/** The page's one Spiking RNN runtime. */
export function spikingRnnRuntime(view: ExperimentsModel): SpikingRnnRuntime {
  if (runtime) return runtime;
  const trainer = new RnnTrainerModel({
    start: () => wrap(new Worker(new URL("../../worker/rate-rnn-trainer.worker.ts", import.meta.url), { type: "module", name: "rate-rnn-trainer" })) as unknown as RnnTrainerRemote,
    now: () => performance.now(),
    save: (data, filename, type) => view.saveFile(data, filename, type),
  });
  let lif: RnnLifRemote | null = null;
  const convert = new RnnConvertModel({
    runner: () => import("../../pool/browser").then((m) => m.runJobs as unknown as LifRunner),
    lif: () => (lif ??= wrap(new Worker(new URL("../../worker/rate-rnn-lif.worker.ts", import.meta.url), { type: "module", name: "rate-rnn-lif" })) as unknown as RnnLifRemote),
    trainedModel: () => trainer.modelJson(),
    now: () => performance.now(),
  });
  runtime = { trainer, convert };
  return runtime;
}
