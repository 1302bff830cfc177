/**
 * The Experiments view's objects, made once on its first open and kept while the page lives
 * (closing the view keeps a counting run going and its results): the cart-pole player and the
 * counting runner, whose pool (`src/pool/browser.ts`, with the engine for its job kinds) loads
 * only when a run first starts.
 */
import { CartPolePlayer } from "../../state/experiments/cartpole-player";
import { CountingRunModel } from "../../state/experiments/counting-run";
import type { PoolRunner } from "../../state/experiments/pool-run";
import type { ExperimentsModel } from "../../state/experiments/view";

/** What the view's components use. */
export interface ExperimentsRuntime {
  player: CartPolePlayer;
  counting: CountingRunModel;
}

let runtime: ExperimentsRuntime | null = null;

/** The page's one runtime (made on the first call). */
export function experimentsRuntime(model: ExperimentsModel): ExperimentsRuntime {
  runtime ??= {
    player: new CartPolePlayer(),
    counting: new CountingRunModel({
      runner: () => import("../../pool/browser").then((m) => m.runJobs as unknown as PoolRunner),
      save: (text, filename) => model.save(text, filename),
      now: () => performance.now(),
    }),
  };
  return runtime;
}
