/**
 * The cart-pole learner and its comparison, made once on the learner's first view and kept while
 * the page lives (loaded with the learner's view chunk): the learner's worker starts on its first
 * use, the page's pool when a comparison first runs.
 */
import { wrap } from "comlink";
import { CartPoleCompareModel, type CompareRunner } from "../../state/experiments/cartpole-compare";
import { CartPoleLearnerModel, type LearnerRemote } from "../../state/experiments/cartpole-learner";

export interface LearnerRuntime {
  learner: CartPoleLearnerModel;
  compare: CartPoleCompareModel;
}

let runtime: LearnerRuntime | null = null;

/** The page's one learner runtime. */
export function learnerRuntime(): LearnerRuntime {
  runtime ??= {
    learner: new CartPoleLearnerModel({
      start: () => {
        const worker = new Worker(new URL("../../worker/cartpole-learner.worker.ts", import.meta.url), { type: "module", name: "cartpole-learner" });
        return wrap(worker) as unknown as LearnerRemote;
      },
      now: () => performance.now(),
    }),
    compare: new CartPoleCompareModel({
      runner: () => import("../../pool/browser").then((m) => m.runJobs as unknown as CompareRunner),
      now: () => performance.now(),
    }),
  };
  return runtime;
}
