/**
 * Running whole episodes, and the two fixed policies of spec §1.7: uniform random actions (as
 * Gymnasium's `action_space.sample()`, `integers(2)` of a seeded PCG64 generator) and the linear
 * "PD" rule a = [θ + 0.5·θ̇ > 0] on the float64 state, which balances the pole to the time limit.
 */
import { Pcg64 } from "../rng/pcg64";
import type { CartPoleEnv, ResetOptions } from "./env";

/** Chooses an action from the float64 state, its float32 observation and the step index. */
export type Policy = (state: readonly number[], obs: readonly number[], t: number) => number;

export interface Episode {
  length: number;
  /** The sum of the rewards. */
  return: number;
  terminated: boolean;
  truncated: boolean;
}

/** Reset `env` (with `reset`'s options) and step it under `policy` until terminated or truncated. */
export function runEpisode(env: CartPoleEnv, policy: Policy, reset: ResetOptions = {}): Episode {
  let obs: readonly number[] = env.reset(reset);
  let state: readonly number[] = env.state!;
  let total = 0;
  for (let t = 0; ; t++) {
    const r = env.step(policy(state, obs, t));
    total += r.reward;
    obs = r.obs;
    state = r.state;
    if (r.terminated || r.truncated) return { length: t + 1, return: total, terminated: r.terminated, truncated: r.truncated };
  }
}

/** Uniform random actions from `Generator(PCG64(seed)).integers(2)`: Gymnasium's `action_space.seed(seed)` then `sample()`. */
export function randomPolicy(seed: number): Policy {
  const rng = new Pcg64(seed);
  return () => rng.integers(2);
}

/** a = 1 iff θ + 0.5·θ̇ > 0 (the float64 state). */
export const pdPolicy: Policy = (s) => (s[2] + 0.5 * s[3] > 0 ? 1 : 0);
