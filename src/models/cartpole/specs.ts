/**
 * The registered cart-pole ids (Gymnasium `envs/__init__.py`, spec §1.4): one environment class,
 * two time limits. The TimeLimit wrapper truncates once elapsed steps ≥ `maxEpisodeSteps`.
 */
import { SornInputError } from "../params/error";

export interface CartPoleSpec {
  id: CartPoleId;
  maxEpisodeSteps: number;
  /** The average return that counts as "solved". */
  rewardThreshold: number;
}

export const CARTPOLE_SPECS = {
  "CartPole-v0": { id: "CartPole-v0", maxEpisodeSteps: 200, rewardThreshold: 195.0 },
  "CartPole-v1": { id: "CartPole-v1", maxEpisodeSteps: 500, rewardThreshold: 475.0 },
} as const satisfies Record<string, { id: string; maxEpisodeSteps: number; rewardThreshold: number }>;

export type CartPoleId = keyof typeof CARTPOLE_SPECS;

export const CARTPOLE_IDS = Object.keys(CARTPOLE_SPECS) as CartPoleId[];

/** The spec of an id; an unknown id is a SornInputError naming `argument`. */
export function cartPoleSpec(id: unknown, argument = "env"): CartPoleSpec {
  if (typeof id === "string" && Object.hasOwn(CARTPOLE_SPECS, id)) return CARTPOLE_SPECS[id as CartPoleId];
  const shown = typeof id === "string" ? `'${id}'` : JSON.stringify(id) ?? String(id);
  throw new SornInputError(argument, `unknown cart-pole environment ${shown} (known: ${CARTPOLE_IDS.join(", ")})`);
}
