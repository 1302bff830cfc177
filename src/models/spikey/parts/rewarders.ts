/**
 * Rewarders (spec spikey.md §1.6): (state, action) → reward. Tables are keyed by `stateKey`.
 * - MatchExpected: Σ over action elements of +reward_mult where action = expected_value[state], else −punish_mult.
 * - FlorianPerSpike (the XOR notebooks', per step): the action is 1 when the output fired this
 *   step; +reward_mult × action when expected_value[state] is 1, −punish_mult × action when 0.
 * - StateSet (Izhikevich conditioning): +reward_mult when the state is in reward_states, else −punish_mult.
 * - OrdinalMatch (E5 corrected): +reward_mult when action = (state ∈ reward_states ? 1 : 0), else −punish_mult.
 */
import { SornInputError } from "../../params/error";
import { stateKey, type Action, type GameState, type PartInfo } from "../types";
import { asTable, lookup } from "./input-types";

export type RewardFn = (state: GameState, action: Action) => number;

/** A rewarder part; `perStep` ones judge the output spike of every step (ActiveRLNetwork). */
export interface RewarderPart extends PartInfo {
  readonly perStep: boolean;
  build(values: Readonly<Record<string, unknown>>): RewardFn;
}

const MULTS = [
  { name: "reward_mult", description: "Reward for a right action.", type: "float", default: 1, min: 0, max: 1e6 },
  { name: "punish_mult", description: "Punishment (subtracted) for a wrong action.", type: "float", default: 0, min: 0, max: 1e6 },
] as const;
const EXPECTED = { name: "expected_value", description: "State key → the expected action (from the game's preset).", type: "json" } as const;
const STATES = { name: "reward_states", description: "State keys that are rewarded.", type: "json" } as const;

function stateSet(v: unknown): Set<string> {
  if (!Array.isArray(v)) throw new SornInputError("reward_states", "must be a list of states");
  return new Set(v.map((s) => stateKey(s as GameState)));
}

export const MatchExpected: RewarderPart = {
  name: "MatchExpected",
  description: "+reward_mult per action element equal to expected_value[state], −punish_mult per other.",
  perStep: false,
  keys: [...MULTS, EXPECTED],
  build: (v) => {
    const table = asTable(v.expected_value, "expected_value");
    const [rm, pm] = [v.reward_mult as number, v.punish_mult as number];
    return (state, action) => {
      const want = lookup(table, "expected_value", state);
      const a = typeof action === "number" ? [action] : action;
      const e = Array.isArray(want) ? (want as number[]) : [want as number];
      return a.reduce((s, x, i) => s + (x === Number(e[i % e.length]) ? rm : -pm), 0);
    };
  },
};

export const FlorianPerSpike: RewarderPart = {
  name: "FlorianPerSpike",
  description: "Per step: +reward_mult for an output spike when expected_value[state] = 1, −punish_mult for one when it is 0.",
  perStep: true,
  keys: [...MULTS, EXPECTED],
  build: (v) => {
    const table = asTable(v.expected_value, "expected_value");
    const [rm, pm] = [v.reward_mult as number, v.punish_mult as number];
    // The state object is the same for every step of a tick: look it up once per state.
    let last: GameState | null = null;
    let positive = false;
    return (state, action) => {
      const fired = (typeof action === "number" ? action : (action[0] ?? 0)) !== 0;
      if (!fired) return 0;
      if (state !== last) {
        positive = Number(lookup(table, "expected_value", state)) === 1;
        last = state;
      }
      return positive ? rm : -pm;
    };
  },
};

export const StateSet: RewarderPart = {
  name: "StateSet",
  description: "+reward_mult when the state is one of reward_states, else −punish_mult (Izhikevich 2007 conditioning).",
  perStep: false,
  keys: [...MULTS, STATES],
  build: (v) => {
    const set = stateSet(v.reward_states);
    return (state) => (set.has(stateKey(state)) ? (v.reward_mult as number) : -(v.punish_mult as number));
  },
};

export const OrdinalMatch: RewarderPart = {
  name: "OrdinalMatch",
  description: "+reward_mult when the action is 1 for a state in reward_states and 0 for the others, else −punish_mult (E5 as its comment says).",
  perStep: false,
  keys: [...MULTS, STATES],
  build: (v) => {
    const set = stateSet(v.reward_states);
    return (state, action) => ((typeof action === "number" ? action : action[0]) === (set.has(stateKey(state)) ? 1 : 0) ? (v.reward_mult as number) : -(v.punish_mult as number));
  },
};
