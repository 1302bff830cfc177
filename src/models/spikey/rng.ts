/**
 * The network's random streams: each part draws from its own Mersenne Twister seeded by
 * init_by_array([seed, stream]) (the same generator numpy and Python use, rng-compat.md §A),
 * so adding draws in one part never shifts another part's stream, and seed s and stream k are
 * never the same sequence as seed s′ and stream k′.
 */
import { NumpyRandom } from "../rng/numpy-random";
import { checkSeed } from "../params/seed";
import type { Rng } from "./types";

/** Stream numbers, one per part that draws. */
export const STREAMS = { build: 1, inputs: 2, neurons: 3, readout: 4, game: 5, weights: 6 } as const;

/** A generator for `stream` of network seed `seed` (an integer in [0, 2³²)). */
export function streamRng(seed: number, stream: number): Rng {
  checkSeed(seed);
  const r = new NumpyRandom(0);
  r.mt.seedByArray([seed >>> 0, stream]);
  return r;
}
