/**
 * The Spikey model's saved state (`SpikeyModel.state()`), and the checks `create({ state })`
 * makes before restoring it: the params and seed come from the state; params or a seed given
 * beside it must agree with it (a disagreement names the key instead of being ignored).
 */
import { SornInputError } from "../params/error";
import { checkSeed } from "../params/seed";
import { resolveSpikeyParams, type SpikeyParams } from "./family-params";
import type { NetworkSnapshot, RngState } from "./snapshot";
import type { GameState } from "./types";

/** Everything a Spikey model needs to continue exactly, as copies (structured-cloneable). */
export interface SpikeyState {
  readonly family: "spikey";
  readonly version: 1;
  readonly params: SpikeyParams;
  readonly seed: number;
  /** Steps shown so far. */
  readonly t: number;
  /** The game state the next tick encodes, and the one of the tick being shown (null before the first). */
  readonly next: GameState;
  readonly tickState: GameState | null;
  /** Steps of the computed tick already shown (= processing_time when none is pending). */
  readonly pos: number;
  /** The computed tick: per step the 0/1 spikes of every unit (inputs first), and the rewards. */
  readonly spikes: Uint8Array;
  readonly reward: Float64Array;
  /** Σ w after the computed tick. */
  readonly weightSum: number;
  /** The game's generator. */
  readonly game: RngState;
  readonly net: NetworkSnapshot;
}

function gameState(name: string, v: unknown, nullable: boolean): void {
  if (nullable && v === null) return;
  const ok = (typeof v === "number" && Number.isFinite(v)) || (Array.isArray(v) && v.every((x) => typeof x === "number" && Number.isFinite(x)));
  if (!ok) throw new SornInputError(`state.${name}`, "must be a game state (a number or a list of numbers)");
}

/** Check a state's header against the params and seed given beside it; returns what to build. */
export function restoredSetup(state: unknown, params: object | undefined, seed: number | undefined): { state: SpikeyState; params: SpikeyParams; seed: number } {
  const s = state as SpikeyState;
  if (!s || typeof s !== "object" || s.family !== "spikey" || s.version !== 1) throw new SornInputError("state", "must be a spikey model's state (family 'spikey', version 1)");
  const saved = resolveSpikeyParams(s.params);
  if (params !== undefined) {
    const given = resolveSpikeyParams(params);
    for (const k of Object.keys(saved)) if (given[k] !== saved[k]) throw new SornInputError(k, `is ${String(given[k])} but the state was saved with ${String(saved[k])} (give the state's params, or none)`);
  }
  const savedSeed = checkSeed(s.seed, "state.seed");
  if (seed !== undefined && seed !== savedSeed) throw new SornInputError("seed", `is ${seed} but the state was saved with seed ${savedSeed}`);
  if (!Number.isInteger(s.t) || s.t < 0) throw new SornInputError("state.t", `must be an integer ≥ 0, got ${String(s.t)}`);
  if (typeof s.weightSum !== "number") throw new SornInputError("state.weightSum", "must be a number");
  gameState("next", s.next, false);
  gameState("tickState", s.tickState, true);
  return { state: s, params: saved, seed: savedSeed };
}
