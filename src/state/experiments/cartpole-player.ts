/**
 * The cart-pole view's player (spec experiments.md §1.6, §2.5): one CartPole-v0/-v1 environment
 * stepped by a chosen policy at real time (1× = 50 steps/s, τ = 0.02 s), 4× or as fast as a
 * frame allows, with Play / Pause / Step / Reset. No DOM: the page's animation calls
 * {@link CartPolePlayer.tick} once per animation frame and draws {@link CartPolePlayer.state};
 * the controls read the status store through selectors (it is written at most every 100 ms while
 * playing, at once after a command and when an episode ends or starts).
 *
 * - Reset starts over: episode 1 from `reset(seed)` (or from the given start state), a fresh
 *   policy stream.
 * - An episode that ends while playing holds its last frame a moment, then the next episode starts
 *   (`reset()` continuing the generator, as Gymnasium's later resets do); Play on an ended
 *   episode starts the next one.
 * - Step on an ended episode steps it anyway, as `env.step` after `terminated` would: the reward
 *   is 0 and Gymnasium's "step after termination" warning is shown (once per episode).
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import { CartPoleEnv } from "../../models/cartpole/env";
import type { Policy } from "../../models/cartpole/episode";
import { parseSeed } from "../../models/params/seed";
import type { CartPoleId } from "../../models/cartpole/specs";
import { viewPolicy, VIEW_POLICIES } from "./cartpole-policies";
import { endReason, parseStartState } from "./cartpole-fields";

/** The speeds: real time, four times real time, as fast as a frame allows. */
export const PLAYER_SPEEDS = [
  { id: "1x", label: "1× (real time, 50 steps/s)", stepsPerSecond: 50, holdMs: 600 },
  { id: "4x", label: "4× (200 steps/s)", stepsPerSecond: 200, holdMs: 200 },
  { id: "max", label: "max (as fast as possible)", stepsPerSecond: Infinity, holdMs: 0 },
] as const;
export type PlayerSpeed = (typeof PLAYER_SPEEDS)[number]["id"];

/** At "max", a frame steps for at most this long (ms) or this many steps. */
const MAX_FRAME_MS = 10;
const MAX_FRAME_STEPS = 20_000;
/** A frame never makes up more than this much lost time (a hidden tab, a long pause). */
const MAX_CATCH_UP_MS = 250;
/** The status store is written at most this often while playing. */
const PUBLISH_MS = 100;

/** How an episode ended. */
export interface EpisodeEnd {
  terminated: boolean;
  truncated: boolean;
  /** In words, e.g. "terminated: the pole fell (|θ| > 12°)". */
  reason: string;
}

/** What the controls show. */
export interface PlayerStatus {
  env: CartPoleId;
  policy: string;
  speed: PlayerSpeed;
  seed: number;
  /** The start state every episode begins from, or null (seeded random resets). */
  start: readonly number[] | null;
  playing: boolean;
  /** 1-based. */
  episode: number;
  /** Environment steps in this episode. */
  step: number;
  /** The sum of this episode's rewards. */
  return: number;
  /** The float64 state (x, ẋ, θ, θ̇). */
  state: readonly number[];
  ended: EpisodeEnd | null;
  /** Gymnasium's "step after termination" warning, once it happened in this episode. */
  warning: string | null;
  /** The episode before this one: its length, return and end. */
  previous: { episode: number; length: number; return: number; reason: string } | null;
  /** A refused setting's message, by field ("seed", "start"). */
  errors: { seed?: string; start?: string };
}

/** One environment, one policy, the clock of the animation. */
export class CartPolePlayer {
  /** The status (read it through selectors). */
  readonly store: StoreApi<PlayerStatus>;
  /** Bumped whenever the state changes (the animation redraws when it moves). */
  version = 0;
  private env!: CartPoleEnv;
  private policy!: Policy;
  private current: number[] = [0, 0, 0, 0];
  private obs: readonly number[] = [0, 0, 0, 0];
  private s: PlayerStatus;
  private last: number | null = null;
  private owed = 0;
  private holdUntil = 0;
  private lastPublish = -Infinity;

  constructor(private readonly clock: () => number = () => performance.now()) {
    this.s = {
      env: "CartPole-v1",
      policy: VIEW_POLICIES[0].id,
      speed: "1x",
      seed: 0,
      start: null,
      playing: false,
      episode: 1,
      step: 0,
      return: 0,
      state: this.current,
      ended: null,
      warning: null,
      previous: null,
      errors: {},
    };
    this.store = createStore<PlayerStatus>()(() => ({ ...this.s }));
    this.restart();
  }

  /** The float64 state to draw (the player's own array: read, do not keep). */
  get state(): readonly number[] {
    return this.current;
  }

  /** The live episode number (the store's may lag by up to 100 ms while playing). */
  get episode(): number {
    return this.s.episode;
  }

  /** The live step of the episode. */
  get episodeStep(): number {
    return this.s.step;
  }

  /** Play (an ended episode: the next one first). */
  play(): void {
    if (this.s.ended) this.nextEpisode();
    this.s.playing = true;
    this.last = null;
    this.publish(true);
  }

  pause(): void {
    this.s.playing = false;
    this.publish(true);
  }

  /** One environment step (pausing first); on an ended episode, the step Gymnasium warns about. */
  step(): void {
    this.s.playing = false;
    this.advance();
    this.publish(true);
  }

  /** Start over: episode 1 from the seed (or the start state), a fresh policy. */
  reset(): void {
    this.restart();
    this.publish(true);
  }

  /** Choose the environment (starts over). */
  setEnv(id: CartPoleId): void {
    this.s.env = id;
    this.reset();
  }

  /** Choose the policy by id (starts over). */
  setPolicy(id: string): void {
    this.s.policy = viewPolicy(id).id;
    this.reset();
  }

  setSpeed(speed: PlayerSpeed): void {
    this.s.speed = speed;
    this.owed = 0;
    this.publish(true);
  }

  /** The seed of resets and of the random policy, from its field; refused text keeps the old one. Returns the error or null. */
  setSeed(text: string): string | null {
    let n: number;
    try {
      n = parseSeed(text);
    } catch (e) {
      return this.refuse("seed", (e as Error).message);
    }
    this.s.seed = n;
    delete this.s.errors.seed;
    this.reset();
    return null;
  }

  /** The start state from its field ("x, ẋ, θ, θ̇"; blank: seeded resets); refused text keeps the old one. */
  setStart(text: string): string | null {
    const parsed = parseStartState(text);
    if (!parsed.ok) return this.refuse("start", parsed.error);
    this.s.start = parsed.state;
    delete this.s.errors.start;
    this.reset();
    return null;
  }

  /**
   * Advance by the time since the last frame (`now` in ms, the animation frame's time); returns
   * the number of environment steps taken. Nothing happens while paused.
   */
  tick(now: number): number {
    if (!this.s.playing) {
      this.last = null;
      return 0;
    }
    const dt = this.last === null ? 0 : Math.min(MAX_CATCH_UP_MS, Math.max(0, now - this.last));
    this.last = now;
    const speed = PLAYER_SPEEDS.find((p) => p.id === this.s.speed)!;
    const before = { episode: this.s.episode, ended: this.s.ended };
    let taken = 0;
    if (speed.stepsPerSecond === Infinity) {
      const start = this.clock();
      while (taken < MAX_FRAME_STEPS && this.clock() - start < MAX_FRAME_MS) {
        if (this.s.ended) this.nextEpisode();
        this.advance();
        taken++;
      }
    } else {
      if (this.s.ended) {
        if (now < this.holdUntil) {
          this.publish(false);
          return 0;
        }
        this.nextEpisode();
        this.owed = 0;
      }
      this.owed += (dt * speed.stepsPerSecond) / 1000;
      while (this.owed >= 1 && !this.s.ended) {
        this.owed -= 1;
        this.advance();
        taken++;
      }
      if (this.s.ended) {
        this.holdUntil = now + speed.holdMs;
        this.owed = 0;
      }
    }
    // An episode's end or start is shown at once (at "max", many a frame: throttled too).
    this.publish(speed.holdMs > 0 && (before.episode !== this.s.episode || before.ended !== this.s.ended));
    return taken;
  }

  private refuse(field: "seed" | "start", message: string): string {
    this.s.errors = { ...this.s.errors, [field]: message };
    this.publish(true);
    return message;
  }

  private restart(): void {
    this.env = new CartPoleEnv({ id: this.s.env });
    this.policy = viewPolicy(this.s.policy).create(this.s.seed);
    this.s.episode = 1;
    this.s.previous = null;
    this.begin(true);
  }

  private nextEpisode(): void {
    const end = this.s.ended;
    this.s.previous = { episode: this.s.episode, length: this.s.step, return: this.s.return, reason: end?.reason ?? "" };
    this.s.episode += 1;
    this.begin(false);
  }

  private begin(seeded: boolean): void {
    this.obs = this.s.start ? this.env.resetTo(this.s.start) : this.env.reset(seeded ? { seed: this.s.seed } : {});
    this.current = this.env.state!;
    this.s.step = 0;
    this.s.return = 0;
    this.s.ended = null;
    this.s.warning = null;
    this.owed = 0;
    this.version++;
  }

  private advance(): void {
    const r = this.env.step(this.policy(this.current, this.obs, this.s.step));
    this.current = r.state;
    this.obs = r.obs;
    this.s.step += 1;
    this.s.return += r.reward;
    if (r.warning) this.s.warning = r.warning;
    if ((r.terminated || r.truncated) && !this.s.ended) {
      this.s.ended = { terminated: r.terminated, truncated: r.truncated, reason: endReason(r.state, r.terminated, r.truncated, this.env.maxEpisodeSteps) };
    }
    this.version++;
  }

  /** Write the status store (forced, or at most every {@link PUBLISH_MS} while playing). */
  private publish(force: boolean): void {
    const now = this.clock();
    if (!force && now - this.lastPublish < PUBLISH_MS) return;
    this.lastPublish = now;
    this.store.setState({ ...this.s, state: this.current.slice(), errors: { ...this.s.errors }, start: this.s.start ? [...this.s.start] : null });
  }
}
