/**
 * Cart-pole as a Spikey game: the one environment of the lab, `src/models/cartpole/`
 * (Gymnasium 1.3.0's CartPole-v0/-v1 bit for bit), not a second copy. The state is the float32
 * observation [x, ẋ, θ, θ̇] (read by the RBF encoder's default grid); the action is 0 (push
 * left) or 1 (push right), e.g. from TopAction with n_actions 2; `done` says the episode ended
 * (terminated or truncated). Its seed is Gymnasium's reset seed (PCG64), taken on the first reset.
 */
import { CartPoleEnv } from "../../cartpole";
import type { GameState } from "../types";
import type { SpikeyGame } from "./logic";

export class CartPoleGame implements SpikeyGame {
  readonly params: Readonly<Record<string, unknown>> = {};
  readonly env: CartPoleEnv;
  /** Whether the last step ended the episode. */
  done = false;
  private seeded = false;

  constructor(
    private readonly seed: number,
    id = "CartPole-v1",
  ) {
    this.env = new CartPoleEnv({ id });
  }

  reset(): GameState {
    this.done = false;
    const obs = this.seeded ? this.env.reset() : this.env.reset({ seed: this.seed });
    this.seeded = true;
    return obs;
  }

  step(action: unknown): GameState {
    const r = this.env.step(typeof action === "number" ? action : Number(action));
    this.done = r.terminated || r.truncated;
    return r.obs;
  }
}
