/**
 * Held-out evaluation (spec experiments.md §2.4, B9): E episodes with learning and plasticity
 * off and the sampled policy, from their own streams (options.ts): the first episode resets
 * with seed 2^32 + S and the next ones continue that PCG64; the actions' uniforms come from
 * RandomState((S + 2000) mod 2^32). Both restart at every evaluation, so every evaluation of a
 * run (and every variant on the same seed) sees the same start states. The reservoir's activity
 * is saved before and restored after, so evaluating never changes the training run.
 *
 * Reported: the scores, their mean ± sd (population sd) and the fraction that reach the time
 * limit (200 on v0, 500 on v1).
 */
import { CartPoleEnv } from "../../models/cartpole/env";
import { NumpyRandom } from "../../models/rng/numpy-random";
import type { Agent } from "./agent";
import { envId, runSeeds, type ResolvedRun } from "./options";
import { chooseAction } from "./policy";
import { mean, sd } from "./stats";

export interface Evaluation {
  /** Episodes of the run finished before this evaluation (plasticity episodes included). */
  after: number;
  /** Of which training (learning) episodes. */
  trainingEpisodes: number;
  scores: number[];
  mean: number;
  sd: number;
  /** Fraction of the episodes that reached the time limit. */
  atLimit: number;
  /** Set when the docs' softmax failed (B3) during the evaluation; the scores stop there. */
  aborted?: string;
}

/** Run one held-out evaluation of `agent` (see the module comment). */
export function evaluate(agent: Agent, run: ResolvedRun, after: number, trainingEpisodes: number): Evaluation {
  const seeds = runSeeds(run.seed);
  const env = new CartPoleEnv({ id: envId(run.env) });
  const rng = new NumpyRandom(seeds.evalPolicy);
  const res = agent.reservoir;
  const saved = res?.saveActivity();
  const phase = res?.net.phase();
  res?.plastic(false);
  const scores: number[] = [];
  let aborted: string | undefined;
  let atLimit = 0;
  episodes: for (let e = 0; e < run.evalEpisodes; e++) {
    let obs: readonly number[] = env.reset(e === 0 ? { seed: seeds.evalEnv } : {});
    if (run.resetReservoir) res?.resetActivity();
    for (let t = 1; ; t++) {
      let a: 0 | 1;
      if (agent.random) a = rng.random() >= 0.5 ? 1 : 0;
      else {
        agent.observe(obs);
        const p = agent.probabilities();
        if (!p.ok) {
          aborted = `${p.message} (held-out episode ${e}, step ${t - 1})`;
          break episodes;
        }
        a = chooseAction(p.p0, p.p1, rng.random());
      }
      const r = env.step(a);
      obs = r.obs;
      if (r.terminated || r.truncated) {
        scores.push(t);
        if (t === env.maxEpisodeSteps) atLimit++;
        break;
      }
    }
  }
  if (res && saved) {
    res.restoreActivity(saved);
    res.net.phase(phase!);
  }
  const result: Evaluation = { after, trainingEpisodes, scores, mean: mean(scores), sd: sd(scores), atLimit: scores.length ? atLimit / scores.length : NaN };
  if (aborted) result.aborted = aborted;
  return result;
}
