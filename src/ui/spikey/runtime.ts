/**
 * The Spikey tab's objects, made once on its first open and kept while the page lives (closing
 * the Experiments view pauses nothing): the run model with its worker
 * (`src/worker/spikey-runner.worker.ts`, started on the first Build) and the builder, which
 * downloads through the Experiments view and copies through the clipboard.
 */
import { wrap } from "comlink";
import type { ExperimentsModel } from "../../state/experiments/view";
import { SpikeyBuilderModel } from "../../state/spikey/builder";
import { SpikeyRunModel, type SpikeyRemote } from "../../state/spikey/run";

export interface SpikeyRuntime {
  run: SpikeyRunModel;
  builder: SpikeyBuilderModel;
}

let runtime: SpikeyRuntime | null = null;

/** The page's one Spikey runtime. */
export function spikeyRuntime(view: ExperimentsModel): SpikeyRuntime {
  if (runtime) return runtime;
  const run = new SpikeyRunModel({
    start: () => wrap(new Worker(new URL("../../worker/spikey-runner.worker.ts", import.meta.url), { type: "module", name: "spikey-runner" })) as unknown as SpikeyRemote,
    now: () => performance.now(),
  });
  const builder = new SpikeyBuilderModel(run, {
    save: (text, filename) => view.save(text, filename),
    copy: (text) => navigator.clipboard.writeText(text),
  });
  runtime = { run, builder };
  return runtime;
}
