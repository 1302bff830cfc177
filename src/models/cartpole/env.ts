/**
 * `gymnasium.make("CartPole-v0" | "CartPole-v1")` as one object: Gymnasium 1.3.0's `CartPoleEnv`
 * inside its TimeLimit wrapper (spec/experiments.md §1). The state is float64 (a Float64Array);
 * observations are its float32 rounding (`Math.fround`).
 *
 * - reward: 1 per step while not terminated and on the terminating step, 0 on every step after
 *   it; with `suttonBartoReward`: 0, −1, −1. The first step after termination carries Gymnasium's
 *   warning in its result, once per episode (no console output).
 * - terminated: the new state outside |x| ≤ 2.4 or |θ| ≤ 12° (strict inequalities);
 *   truncated: elapsed steps ≥ max_episode_steps (200 / 500); both can hold on one step.
 * - reset: seed → a fresh `Generator(PCG64(SeedSequence(seed)))` as Gymnasium's `reset(seed=)`;
 *   without a seed the current generator continues (the injected one, or the last seeded).
 *   The state is four draws low + (high − low)·U, by default U(−0.05, 0.05).
 */
import { SornInputError } from "../params/error";
import { Pcg64, type UniformSource } from "../rng/pcg64";
import { isTerminal, observe, stepPhysics, type CartPoleState, type Integrator } from "./physics";
import { cartPoleSpec, type CartPoleId } from "./specs";

/** Gymnasium's warning for a step after termination (logger.warn in `CartPoleEnv.step`). */
export const STEP_AFTER_TERMINATION_WARNING =
  "You are calling 'step()' even though this environment has already returned terminated = True. " +
  "You should always call 'reset()' once you receive 'terminated = True' -- any further steps are undefined behavior.";

export interface CartPoleOptions {
  /** "CartPole-v1" (default) or "CartPole-v0". */
  id?: CartPoleId | string;
  /** "euler" (default); any other string is semi-implicit Euler, as in Gymnasium. */
  integrator?: Integrator;
  /** Gymnasium's `sutton_barto_reward`: 0 per step, −1 on (and after) termination. */
  suttonBartoReward?: boolean;
  /** The generator reset() draws from until a reset with a seed replaces it. */
  rng?: UniformSource;
}

export interface ResetOptions {
  seed?: number;
  /** Gymnasium's `options={"low": …, "high": …}`: the bounds of the uniform draws. */
  low?: number;
  high?: number;
}

export interface StepResult {
  /** float32 observation (each component a `Math.fround`). */
  obs: [number, number, number, number];
  /** The new float64 state (a copy). */
  state: [number, number, number, number];
  reward: number;
  terminated: boolean;
  truncated: boolean;
  /** Gymnasium's "step after termination" warning, on the first such step of an episode only. */
  warning?: string;
}

function finite(v: unknown, argument: string): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new SornInputError(argument, `must be a finite number, got ${typeof v === "number" ? v : JSON.stringify(v) ?? String(v)}`);
  return v;
}

/** Check a state given from outside: four finite numbers. */
export function checkState(s: unknown, argument = "state"): CartPoleState {
  if (!Array.isArray(s) && !(s instanceof Float64Array)) throw new SornInputError(argument, "must be a list of 4 numbers [x, x_dot, theta, theta_dot]");
  if (s.length !== 4) throw new SornInputError(argument, `must have 4 components [x, x_dot, theta, theta_dot], got ${s.length}`);
  const names = ["x", "x_dot", "theta", "theta_dot"];
  return [0, 1, 2, 3].map((i) => finite(s[i], `${argument}[${i}] (${names[i]})`)) as unknown as CartPoleState;
}

/** Check an action: exactly the number 0 or 1 (Discrete(2)). */
export function checkAction(a: unknown, argument = "action"): 0 | 1 {
  if (a === 0 || a === 1) return a;
  throw new SornInputError(argument, `must be 0 (push left) or 1 (push right), got ${typeof a === "number" ? a : JSON.stringify(a) ?? String(a)}`);
}

export class CartPoleEnv {
  readonly id: CartPoleId;
  readonly maxEpisodeSteps: number;
  readonly rewardThreshold: number;
  readonly integrator: Integrator;
  readonly suttonBartoReward: boolean;
  /** The float64 state; null before the first reset. */
  private s: Float64Array | null = null;
  private rng: UniformSource | null;
  private elapsed = 0;
  /** Gymnasium's `steps_beyond_terminated`: null until a step terminates. */
  private beyond: number | null = null;

  constructor(options: CartPoleOptions = {}) {
    const spec = cartPoleSpec(options.id ?? "CartPole-v1", "id");
    this.id = spec.id;
    this.maxEpisodeSteps = spec.maxEpisodeSteps;
    this.rewardThreshold = spec.rewardThreshold;
    if (options.integrator !== undefined && typeof options.integrator !== "string") throw new SornInputError("integrator", `must be a string ("euler" or "semi-implicit euler"), got ${JSON.stringify(options.integrator)}`);
    this.integrator = options.integrator ?? "euler";
    this.suttonBartoReward = options.suttonBartoReward ?? false;
    this.rng = options.rng ?? null;
  }

  /** The current float64 state (a copy), or null before a reset. */
  get state(): [number, number, number, number] | null {
    return this.s ? [this.s[0], this.s[1], this.s[2], this.s[3]] : null;
  }

  /** Steps since the last reset (the TimeLimit wrapper's count). */
  get elapsedSteps(): number {
    return this.elapsed;
  }

  /** Gymnasium's reset(seed=, options=): four uniform draws; returns the float32 observation. */
  reset(options: ResetOptions = {}): [number, number, number, number] {
    const low = options.low === undefined ? -0.05 : finite(options.low, "low");
    const high = options.high === undefined ? 0.05 : finite(options.high, "high");
    if (low > high) throw new SornInputError("low", `lower bound (${low}) must be lower than higher bound (${high})`);
    if (options.seed !== undefined) this.rng = new Pcg64(options.seed);
    if (!this.rng) throw new SornInputError("seed", "reset needs a seed or an injected generator (the environment has no hidden entropy)");
    const range = high - low;
    const s = new Float64Array(4);
    for (let i = 0; i < 4; i++) s[i] = low + range * this.rng.random();
    return this.start(s);
  }

  /** Start an episode from a given float64 state (a trace's `s0`); returns its observation. */
  resetTo(state: ArrayLike<number>): [number, number, number, number] {
    return this.start(Float64Array.from(checkState(Array.from(state), "s0")));
  }

  private start(s: Float64Array): [number, number, number, number] {
    this.s = s;
    this.elapsed = 0;
    this.beyond = null;
    return observe(s);
  }

  /** Gymnasium's step(action) inside TimeLimit. */
  step(action: number): StepResult {
    const a = checkAction(action);
    const s = this.s;
    if (!s) throw new SornInputError("step", "call reset() before step()");
    stepPhysics(s, a, this.integrator, s);
    const terminated = isTerminal(s);
    let reward: number;
    let warning: string | undefined;
    if (!terminated) reward = this.suttonBartoReward ? 0.0 : 1.0;
    else if (this.beyond === null) {
      this.beyond = 0;
      reward = this.suttonBartoReward ? -1.0 : 1.0;
    } else {
      if (this.beyond === 0) warning = STEP_AFTER_TERMINATION_WARNING;
      this.beyond += 1;
      reward = this.suttonBartoReward ? -1.0 : 0.0;
    }
    this.elapsed += 1;
    const truncated = this.elapsed >= this.maxEpisodeSteps;
    const result: StepResult = { obs: observe(s), state: [s[0], s[1], s[2], s[3]], reward, terminated, truncated };
    if (warning) result.warning = warning;
    return result;
  }
}
