/**
 * A cart-pole run one environment step at a time (spec experiments.md §2.5), for the page's
 * learner: the same episodes, actions, readout updates and held-out evaluations as
 * {@link runCartPole} (run.ts), in the same order and from the same streams, so stepping a
 * session through N episodes gives `runCartPole({ ...spec, episodes: N })`'s scores and
 * evaluations exactly (session.test.ts). Each step also reports what the page shows: the action,
 * the policy's two probabilities, the reservoir's E state x' and the return so far.
 *
 * A run may go on past its `episodes` (playing on): the final evaluation runs after episode
 * `episodes` as in run.ts, later ones every `evalEvery` learning episodes. A docs-mode softmax
 * failure (B3) ends the session with its message in {@link LearnerSession.aborted} (and the final
 * evaluation run.ts does then); no step after that.
 */
import { CartPoleEnv } from "../../models/cartpole/env";
import { Agent } from "./agent";
import { evaluate, type Evaluation } from "./evaluate";
import { envId, resolveRun, runSeeds, type CartPoleRunSpec, type ResolvedRun, type RunSeeds } from "./options";
import { applyUpdate, chooseAction, correctedScore, discountedReturns, docsReturns, docsScore, standardize } from "./policy";
import { Rows } from "./run";

/** One environment step as the page shows it. */
export interface SessionStep {
  /** 0-based episode and step within it. */
  episode: number;
  t: number;
  action: 0 | 1;
  /** The policy's probabilities at this step (½, ½ for the random variant). */
  p0: number;
  p1: number;
  /** Whether the action was sampled from p (false: a random action, e.g. a plasticity episode). */
  sampled: boolean;
  /** The float64 state after the step (the environment's array: copy to keep). */
  state: readonly number[];
  /** The episode's return after this step. */
  return: number;
  /** This step ended the episode (terminated or truncated). */
  ended: boolean;
}

export class LearnerSession {
  readonly run: ResolvedRun;
  readonly seeds: RunSeeds;
  readonly agent: Agent;
  /** The first learning episode (as run.ts: P in corrected mode without overlap, else 0; −1 random). */
  readonly learningFrom: number;
  readonly scores: number[] = [];
  readonly evaluations: Evaluation[] = [];
  /** Environment steps of the training episodes. */
  steps = 0;
  aborted: { episode: number; step: number; message: string } | null = null;
  private readonly env: CartPoleEnv;
  private readonly docs: boolean;
  private obs: readonly number[] = [0, 0, 0, 0];
  private inEpisode = false;
  private sample = false;
  private t = 0;
  private readonly phis = new Rows();
  private readonly ds = new Rows();
  private readonly d = new Float64Array(2);
  private readonly rewards: number[] = [];
  private trained = 0;
  private runningSum = 0;
  private runningCount = 0;

  constructor(spec: CartPoleRunSpec) {
    this.run = resolveRun(spec);
    this.seeds = runSeeds(this.run.seed);
    this.agent = new Agent(this.run);
    this.env = new CartPoleEnv({ id: envId(this.run.env) });
    this.docs = this.run.mode === "docs";
    this.learningFrom = this.agent.random ? -1 : this.docs || this.run.overlap ? 0 : this.run.plasticEpisodes;
  }

  /** The episode being run (0-based; = episodes finished between episodes). */
  get episode(): number {
    return this.scores.length;
  }

  /** The reservoir's E state x' after the last step (a live view), or null without a reservoir. */
  get spikes(): Uint8Array | null {
    return this.agent.reservoir?.net.x ?? null;
  }

  /** The time limit of the environment (200 on v0, 500 on v1). */
  get limit(): number {
    return this.env.maxEpisodeSteps;
  }

  /** The IP target of the reservoir (B7), or null. */
  get hIp(): number | null {
    return this.agent.reservoir?.hIp ?? null;
  }

  /** One environment step (starting the next episode first where one ended); null once aborted. */
  step(): SessionStep | null {
    if (this.aborted) return null;
    const agent = this.agent;
    const e = this.scores.length;
    if (!this.inEpisode) {
      agent.reservoir?.plastic(e < this.run.plasticEpisodes);
      this.sample = !agent.random && e >= this.learningFrom;
      this.obs = this.env.reset(e === 0 ? { seed: this.seeds.env } : {});
      if (this.run.resetReservoir) agent.reservoir?.resetActivity();
      this.phis.length = this.ds.length = this.rewards.length = 0;
      this.t = 0;
      this.inEpisode = true;
    }
    const phi = agent.observe(this.obs);
    let a: 0 | 1;
    let p0 = 0.5;
    let p1 = 0.5;
    if (!this.sample) {
      a = agent.rng.random() >= 0.5 ? 1 : 0;
      if (!agent.random) {
        const p = agent.probabilities();
        if (p.ok) (p0 = p.p0), (p1 = p.p1);
        else p0 = p1 = NaN;
      }
    } else {
      const p = agent.probabilities();
      if (!p.ok) {
        this.aborted = { episode: e, step: this.t, message: `${p.message} (episode ${e}, step ${this.t})` };
        if (this.run.evalEpisodes > 0) this.evaluations.push(evaluate(agent, this.run, this.scores.length, this.trained));
        return null;
      }
      (p0 = p.p0), (p1 = p.p1);
      a = chooseAction(p0, p1, agent.rng.random());
      this.phis.push(phi);
      this.ds.push(this.docs ? docsScore(p0, p1, a, this.d) : correctedScore(p0, p1, a, this.d));
    }
    const r = this.env.step(a);
    this.rewards.push(r.reward);
    this.obs = r.obs;
    const ended = r.terminated || r.truncated;
    const step: SessionStep = { episode: e, t: this.t, action: a, p0, p1, sampled: this.sample, state: r.state, return: this.rewards.length, ended };
    this.t++;
    if (ended) this.endEpisode(e);
    return step;
  }

  /** Step until `episodes` episodes have finished (or the run aborts, or `stop()` says so after a step). */
  trainTo(episodes: number, stop?: () => boolean): void {
    while (this.scores.length < episodes && !this.aborted) {
      this.step();
      if (stop?.()) return;
    }
  }

  /** As run.ts after an episode: score, update, the held-out evaluation when due. */
  private endEpisode(e: number): void {
    const run = this.run;
    const rewards = this.rewards;
    this.inEpisode = false;
    this.steps += rewards.length;
    this.scores.push(rewards.length);
    if (this.sample) {
      let A: Float64Array;
      if (this.docs) A = docsReturns(rewards, run.gamma);
      else {
        const G = discountedReturns(rewards, run.gamma);
        if (run.baseline === "standardize") A = standardize(G);
        else if (run.baseline === "none") A = G;
        else {
          const b = this.runningCount ? this.runningSum / this.runningCount : 0;
          A = G.map((g) => g - b);
          for (const g of G) this.runningSum += g;
          this.runningCount += G.length;
        }
      }
      applyUpdate(this.agent.w, this.phis.data, this.ds.data, A, run.alpha);
    }
    const learning = e >= this.learningFrom || this.agent.random;
    if (learning) this.trained++;
    if (run.evalEpisodes === 0) return;
    const last = e === run.episodes - 1;
    if (last || (this.trained > 0 && this.trained % run.evalEvery === 0 && learning)) {
      this.evaluations.push(evaluate(this.agent, run, e + 1, this.trained));
    }
  }
}
