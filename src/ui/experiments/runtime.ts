/**
 * The Experiments view's objects, made once on its first open and kept while the page lives
 * (closing the view keeps a run going and its results): the cart-pole player and the
 * pool experiments' runners (counting, lognormal, perturbation, random-sequence), whose pool
 * (`src/pool/browser.ts`, with the engine for its job kinds) loads only when a run first starts.
 */
import { CartPolePlayer } from "../../state/experiments/cartpole-player";
import { CountingRunModel } from "../../state/experiments/counting-run";
import { lognormalRunModel, type LognormalRunModel } from "../../state/experiments/lognormal-run";
import { perturbationRunModel, type PerturbationRunModel } from "../../state/experiments/perturbation-run";
import type { PoolRunBackend, PoolRunner } from "../../state/experiments/pool-run";
import { randomSequenceRunModel, type RandomSequenceRunModel } from "../../state/experiments/random-sequence-run";
import type { ExperimentsModel } from "../../state/experiments/view";
import { createStore } from "zustand/vanilla";

/** What the view's components use. */
export interface ExperimentsRuntime {
  player: CartPolePlayer;
  counting: CountingRunModel;
  lognormal: LognormalRunModel;
  perturbation: PerturbationRunModel;
  randomSequence: RandomSequenceRunModel;
}

let runtime: ExperimentsRuntime | null = null;

/** The page's one runtime (made on the first call). */
export function experimentsRuntime(model: ExperimentsModel): ExperimentsRuntime {
  const backend: PoolRunBackend = {
    runner: () => import("../../pool/browser").then((m) => m.runJobs as unknown as PoolRunner),
    save: (text, filename) => model.save(text, filename),
    now: () => performance.now(),
  };
  runtime ??= {
    player: new CartPolePlayer(),
    counting: new CountingRunModel(backend),
    lognormal: lognormalRunModel(backend),
    perturbation: perturbationRunModel(backend),
    randomSequence: randomSequenceRunModel(backend),
  };
  return runtime;
}

/** Whether the cart-pole view shows the learner (its models load with the learner's view). */
export const learnerChoice = createStore<{ active: boolean }>()(() => ({ active: false }));
