/**
 * The cart-pole learner's worker facade (spec experiments.md §2.5), exposed over comlink by
 * `cartpole-learner.worker.ts`: one {@link LearnerSession} at a time, trained headless in time
 * slices (the page asks for the next slice, so Cancel is simply not asking; progress comes with
 * each slice) or played in batches of steps for the animation. A batch carries every step's
 * state, probabilities, action, episode/step/return and the reservoir's E state (50 bits), as
 * transferred typed arrays; at "max" the page asks for a time slice and keeps only the last
 * steps, so the page gets a bounded number of messages, never one per step.
 */
import { transfer } from "comlink";
import type { Evaluation } from "../experiments/cartpole/evaluate";
import type { CartPoleRunSpec, ResolvedRun } from "../experiments/cartpole/options";
import { LearnerSession } from "../experiments/cartpole/session";

/** What the page knows of a new session. */
export interface LearnerInfo {
  run: ResolvedRun;
  learningFrom: number;
  /** The time limit: 200 (v0) or 500 (v1). */
  limit: number;
  hIp: number | null;
  /** E neurons of the reservoir (0 without one). */
  ne: number;
}

/** What came of a slice: the episodes finished so far and what is new since the last slice. */
export interface LearnerProgress {
  /** Episodes finished in all. */
  episodes: number;
  /** Scores of the episodes finished since the last report. */
  scores: number[];
  evaluations: Evaluation[];
  aborted: string | null;
  steps: number;
}

/** A played batch: `count` steps taken, the last `kept` of them in the arrays (oldest first). */
export interface PlayBatch extends LearnerProgress {
  count: number;
  kept: number;
  /** 4 per kept step: x, ẋ, θ, θ̇ after the step. */
  states: Float64Array;
  /** 2 per kept step: p0, p1. */
  probs: Float64Array;
  /** Per kept step: the action | 2 when sampled from p | 4 when the step ended its episode. */
  flags: Uint8Array;
  /** Per kept step: the 0-based episode, the 1-based step, the return after it. */
  episode: Int32Array;
  step: Int32Array;
  returns: Float64Array;
  /** ne per kept step: the reservoir's E state x' (empty without a reservoir). */
  spikes: Uint8Array;
}

/** Steps between clock reads. */
const CHECK_EVERY = 32;

export class CartPoleLearnerService {
  private session: LearnerSession | null = null;
  private reportedScores = 0;
  private reportedEvals = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A new session for `spec` (its errors are SornInputErrors naming the field). */
  reset(spec: CartPoleRunSpec): LearnerInfo {
    const s = new LearnerSession(spec);
    this.session = s;
    this.reportedScores = this.reportedEvals = 0;
    return { run: s.run, learningFrom: s.learningFrom, limit: s.limit, hIp: s.hIp, ne: s.spikes?.length ?? 0 };
  }

  /** Train headless until `episodes` have finished or `budgetMs` has passed. */
  train(episodes: number, budgetMs: number): LearnerProgress {
    const s = this.need();
    const start = this.now();
    let n = 0;
    s.trainTo(episodes, () => ++n % CHECK_EVERY === 0 && this.now() - start >= budgetMs);
    return this.progress();
  }

  /** Take up to `steps` steps (at most `budgetMs` long), keeping the last `keep` of them. */
  play(steps: number, budgetMs: number, keep: number): PlayBatch {
    const s = this.need();
    const start = this.now();
    const K = Math.max(1, Math.min(keep, steps));
    const ne = s.spikes?.length ?? 0;
    const states = new Float64Array(4 * K);
    const probs = new Float64Array(2 * K);
    const flags = new Uint8Array(K);
    const episode = new Int32Array(K);
    const step = new Int32Array(K);
    const returns = new Float64Array(K);
    const spikes = new Uint8Array(ne * K);
    let count = 0;
    while (count < steps) {
      const r = s.step();
      if (!r) break;
      const i = count % K;
      states.set(r.state, 4 * i);
      probs[2 * i] = r.p0;
      probs[2 * i + 1] = r.p1;
      flags[i] = r.action | (r.sampled ? 2 : 0) | (r.ended ? 4 : 0);
      episode[i] = r.episode;
      step[i] = r.t + 1;
      returns[i] = r.return;
      if (ne) spikes.set(s.spikes!, ne * i);
      count++;
      if (count % CHECK_EVERY === 0 && this.now() - start >= budgetMs) break;
    }
    const kept = Math.min(count, K);
    // Oldest first: rotate the ring so that index 0 is the oldest kept step.
    const from = count > K ? count % K : 0;
    const rot = <T extends Float64Array | Uint8Array | Int32Array>(a: T, w: number): T => {
      if (!from) return a;
      const out = a.slice() as T;
      out.set(a.subarray(from * w), 0);
      out.set(a.subarray(0, from * w), (K - from) * w);
      return out;
    };
    const batch: PlayBatch = { ...this.progress(), count, kept, states: rot(states, 4), probs: rot(probs, 2), flags: rot(flags, 1), episode: rot(episode, 1), step: rot(step, 1), returns: rot(returns, 1), spikes: rot(spikes, ne) };
    return transfer(batch, [batch.states.buffer, batch.probs.buffer, batch.flags.buffer, batch.episode.buffer, batch.step.buffer, batch.returns.buffer, batch.spikes.buffer] as ArrayBuffer[]);
  }

  private need(): LearnerSession {
    if (!this.session) throw new Error("no cart-pole learner session (reset first)");
    return this.session;
  }

  private progress(): LearnerProgress {
    const s = this.need();
    const scores = s.scores.slice(this.reportedScores);
    const evaluations = s.evaluations.slice(this.reportedEvals);
    this.reportedScores = s.scores.length;
    this.reportedEvals = s.evaluations.length;
    return { episodes: s.scores.length, scores, evaluations, aborted: s.aborted?.message ?? null, steps: s.steps };
  }
}
