/**
 * The game a Spikey network plays in the page (spec spikey.md §1.8): Logic (AND / OR / XOR, two
 * i.i.d. bits per pattern) or rand_state (Izhikevich conditioning, one of n_states uniformly), as
 * a small JSON choice so a shared network spec carries it. The game's generator is the network
 * seed's own stream `STREAMS.game`, as the per-seed job draws it, so one spec and seed give one
 * sequence of patterns in the page, the CLI and the pool.
 */
import { SornInputError } from "../models/params/error";
import { GATES, Logic, RandState, type Gate, type SpikeyGame } from "../models/spikey/games/logic";
import { STREAMS, streamRng } from "../models/spikey/rng";
import type { Rng } from "../models/spikey/types";

/** The game of a page run. */
export type SpikeyGameChoice = { readonly kind: "logic"; readonly gate: Gate } | { readonly kind: "rand_state"; readonly n_states: number };

/** Check a game choice read from JSON or a form (the error names `game.<field>`). */
export function checkGameChoice(value: unknown): SpikeyGameChoice {
  const g = value as { kind?: unknown; gate?: unknown; n_states?: unknown } | null;
  if (!g || typeof g !== "object") throw new SornInputError("game", "must be an object { kind: 'logic', gate } or { kind: 'rand_state', n_states }");
  if (g.kind === "logic") {
    if (typeof g.gate !== "string" || !(g.gate in GATES)) throw new SornInputError("game.gate", `must be one of ${Object.keys(GATES).join(", ")}, got ${JSON.stringify(g.gate)}`);
    return { kind: "logic", gate: g.gate as Gate };
  }
  if (g.kind === "rand_state") {
    const n = g.n_states;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 1000) throw new SornInputError("game.n_states", `must be an integer in [1, 1000], got ${JSON.stringify(n)}`);
    return { kind: "rand_state", n_states: n };
  }
  throw new SornInputError("game.kind", `must be 'logic' or 'rand_state', got ${JSON.stringify(g.kind)}`);
}

/** The game for `choice`, drawing from `rng` (default: the seed's game stream). */
export function makeSpikeyGame(choice: SpikeyGameChoice, seed: number, rng: Rng = streamRng(seed, STREAMS.game)): SpikeyGame {
  return choice.kind === "logic" ? new Logic(choice.gate, rng) : new RandState(choice.n_states, rng);
}

/** The game's keys for the flat dict (lowest priority): Logic's expected_value; none for rand_state. */
export function gameParams(choice: SpikeyGameChoice): Readonly<Record<string, unknown>> {
  return choice.kind === "logic" ? { expected_value: GATES[choice.gate] } : {};
}

/** The state keys a game visits, in table order ("00" … "11", or "0" … "n−1"). */
export function gameStates(choice: SpikeyGameChoice): string[] {
  return choice.kind === "logic" ? ["00", "01", "10", "11"] : Array.from({ length: choice.n_states }, (_, s) => String(s));
}
