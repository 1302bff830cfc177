/**
 * One cart-pole run (spec experiments.md §2.2, §2.4): episodes of CartPole-v0/-v1 with the run's
 * agent, readout learning after each learning episode, held-out evaluations. A pure function of
 * its JSON spec (options.ts), so the worker pool can run it by name.
 *
 * Episode e (0-based) of N:
 *  - plasticity: the reservoir's unfrozen rules run in episodes e < P, none after (phase
 *    'training', the frozen reservoir);
 *  - actions: docs mode and corrected "overlap" sample the softmax policy in every episode;
 *    corrected mode takes random actions a = [U ≥ ½] in e < P (B8's fix); the random variant
 *    always;
 *  - learning: in every episode that samples the policy (docs: all, B8 kept), after it ends:
 *    docs:      w ← w + (α·g_i)·S_i, S_i = Σ_{t ≥ i} r_t·γ^{r_t}            (B1, B2 kept)
 *    corrected: w ← w + (α·g_i)·Â_i, Â = baseline(G), G_i = r_i + γ·G_{i+1}, baseline one of
 *               standardize (G − μ)/(σ + 1e-8) | none (G) | running (G − b, b the mean of every
 *               return of the earlier learning episodes, 0 at first);
 *  - the score is the episode's length (= its return, reward 1 per step);
 *  - evaluation after every `evalEvery` learning episodes and after the last episode.
 * The step: obs → the reservoir's step (plasticity or not) → φ → p → U → a → env.step(a).
 * A failed docs softmax (B3) ends the run with its message in `aborted` (no exception).
 */
import { CartPoleEnv } from "../../models/cartpole/env";
import { Agent } from "./agent";
import { evaluate, type Evaluation } from "./evaluate";
import { envId, resolveRun, runSeeds, type CartPoleRunSpec, type ResolvedRun, type RunSeeds } from "./options";
import { applyUpdate, chooseAction, correctedScore, discountedReturns, docsReturns, docsScore, standardize } from "./policy";

export interface CartPoleRunResult {
  /** The resolved settings. */
  run: ResolvedRun;
  seeds: RunSeeds;
  /** Training-episode scores (length = episodes run; fewer when aborted). */
  scores: number[];
  /** The first episode that learns (P in corrected mode without overlap, else 0; −1 for the random variant). */
  learningFrom: number;
  evaluations: Evaluation[];
  /** Environment steps in the training episodes. */
  steps: number;
  /** The reservoir's IP target (2·nu/ne = 0.16 for the package's encoding, B7); null without one. */
  hIp: number | null;
  /** The docs' softmax failure (B3) that ended the run, where and why. */
  aborted?: { episode: number; step: number; message: string };
}

export interface RunContext {
  progress?(fraction: number): void;
  cancelled?(): boolean;
}

/** A growable float buffer for an episode's feature rows and score vectors. */
export class Rows {
  data = new Float64Array(1024);
  length = 0;
  push(values: ArrayLike<number>): void {
    if (this.length + values.length > this.data.length) {
      const next = new Float64Array(Math.max(2 * this.data.length, this.length + values.length));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.data.set(values, this.length);
    this.length += values.length;
  }
}

/** Runs one spec (see the module comment). */
export function runCartPole(spec: CartPoleRunSpec, ctx: RunContext = {}): CartPoleRunResult {
  const run = resolveRun(spec);
  const seeds = runSeeds(run.seed);
  const agent = new Agent(run);
  const env = new CartPoleEnv({ id: envId(run.env) });
  const docs = run.mode === "docs";
  const P = run.plasticEpisodes;
  const learningFrom = agent.random ? -1 : docs || run.overlap ? 0 : P;
  const result: CartPoleRunResult = { run, seeds, scores: [], learningFrom, evaluations: [], steps: 0, hIp: agent.reservoir?.hIp ?? null };
  const phis = new Rows();
  const ds = new Rows();
  const d = new Float64Array(2);
  const rewards: number[] = [];
  let trained = 0;
  let runningSum = 0;
  let runningCount = 0;
  for (let e = 0; e < run.episodes; e++) {
    agent.reservoir?.plastic(e < P);
    const sample = !agent.random && e >= learningFrom;
    let obs: readonly number[] = env.reset(e === 0 ? { seed: seeds.env } : {});
    if (run.resetReservoir) agent.reservoir?.resetActivity();
    phis.length = ds.length = rewards.length = 0;
    for (let t = 0; ; t++) {
      const phi = agent.observe(obs);
      let a: 0 | 1;
      if (!sample) a = agent.rng.random() >= 0.5 ? 1 : 0;
      else {
        const p = agent.probabilities();
        if (!p.ok) {
          result.aborted = { episode: e, step: t, message: `${p.message} (episode ${e}, step ${t})` };
          return finish(result, agent, run, trained, ctx);
        }
        a = chooseAction(p.p0, p.p1, agent.rng.random());
        phis.push(phi);
        ds.push(docs ? docsScore(p.p0, p.p1, a, d) : correctedScore(p.p0, p.p1, a, d));
      }
      const r = env.step(a);
      rewards.push(r.reward);
      obs = r.obs;
      if (r.terminated || r.truncated) break;
    }
    result.steps += rewards.length;
    result.scores.push(rewards.length);
    if (sample) {
      let A: Float64Array;
      if (docs) A = docsReturns(rewards, run.gamma);
      else {
        const G = discountedReturns(rewards, run.gamma);
        if (run.baseline === "standardize") A = standardize(G);
        else if (run.baseline === "none") A = G;
        else {
          const b = runningCount ? runningSum / runningCount : 0;
          A = G.map((g) => g - b);
          for (const g of G) runningSum += g;
          runningCount += G.length;
        }
      }
      applyUpdate(agent.w, phis.data, ds.data, A, run.alpha);
    }
    if (e >= learningFrom || agent.random) trained++;
    const last = e === run.episodes - 1;
    if (run.evalEpisodes > 0 && !last && trained > 0 && trained % run.evalEvery === 0 && (e >= learningFrom || agent.random)) {
      result.evaluations.push(evaluate(agent, run, e + 1, trained));
    }
    ctx.progress?.((e + 1) / run.episodes);
    if (ctx.cancelled?.()) break;
  }
  return finish(result, agent, run, trained, ctx);
}

/** The final evaluation (after the last episode run), then progress 1. */
function finish(result: CartPoleRunResult, agent: Agent, run: ResolvedRun, trained: number, ctx: RunContext): CartPoleRunResult {
  if (run.evalEpisodes > 0) result.evaluations.push(evaluate(agent, run, result.scores.length, trained));
  ctx.progress?.(1);
  return result;
}
