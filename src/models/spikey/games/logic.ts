/**
 * Games (spec spikey.md §1.8, §2.1), old-gym style: reset() → state, step(action) → next state.
 * Their own reward is 0 (learning reward comes from the network's rewarder); what they give the
 * network is `params` (lowest priority in the flat dict).
 * - Logic: the state is two bits drawn i.i.d. (p = ½ each) every step; presets AND, OR, XOR give
 *   expected_value = the gate's truth table.
 * - RandState (Izhikevich conditioning): the state is one of n_states drawn uniformly each step.
 */
import { SornInputError } from "../../params/error";
import type { GameState, Rng } from "../types";

export interface SpikeyGame {
  readonly params: Readonly<Record<string, unknown>>;
  reset(): GameState;
  step(action: unknown): GameState;
}

/** The gates' truth tables over "00", "01", "10", "11". */
export const GATES = {
  AND: { "00": 0, "01": 0, "10": 0, "11": 1 },
  OR: { "00": 0, "01": 1, "10": 1, "11": 1 },
  XOR: { "00": 0, "01": 1, "10": 1, "11": 0 },
} as const;
export type Gate = keyof typeof GATES;

export class Logic implements SpikeyGame {
  readonly params: Readonly<Record<string, unknown>>;
  constructor(
    gate: string,
    private readonly rng: Rng,
  ) {
    if (!(gate in GATES)) throw new SornInputError("gate", `must be one of ${Object.keys(GATES).join(", ")}, got '${gate}'`);
    this.params = { expected_value: GATES[gate as Gate] };
  }
  reset(): GameState {
    return this.draw();
  }
  /** The next state (the action does not change it: states are i.i.d.). */
  step(_action?: unknown): GameState {
    return this.draw();
  }
  private draw(): GameState {
    return [this.rng.random() < 0.5 ? 1 : 0, this.rng.random() < 0.5 ? 1 : 0];
  }
}

export class RandState implements SpikeyGame {
  readonly params: Readonly<Record<string, unknown>> = {};
  constructor(
    private readonly nStates: number,
    private readonly rng: Rng,
  ) {}
  reset(): GameState {
    return this.step();
  }
  /** The next state, uniform over n_states (the action does not change it). */
  step(_action?: unknown): GameState {
    return Math.min(this.nStates - 1, Math.floor(this.rng.random() * this.nStates));
  }
}
