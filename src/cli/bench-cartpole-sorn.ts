/**
 * Headless cart-pole with the ne = 50 reservoir for `npm run bench` (issue 13: ≥ 20,000
 * environment steps/s on one core; spec C15): whole learning episodes of the corrected learner
 * (src/experiments/cartpole/run.ts) on CartPole-v1, each step one SORN step + z = φ·w, the
 * softmax, the action draw + one Gymnasium-exact physics step, and the REINFORCE update after
 * each episode; no held-out evaluation. Two figures, each the median of 5 timed blocks (seeds
 * 1…5) after a warm-up block (seed 0), steps/s = environment steps / wall time of the block:
 *  - frozen: plasticity off (P = 0), the phase most of a run is in;
 *  - plastic: all five rules on in every episode (P = N, learning overlapping, as the docs do).
 */
import { runCartPole } from "../experiments/cartpole/run";

export interface CartPoleSornBench {
  frozenStepsPerSecond: number;
  plasticStepsPerSecond: number;
  /** Steps/s of the five blocks, in seed order. */
  frozenBlocks: number[];
  plasticBlocks: number[];
  episodesPerBlock: number;
}

const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];

function blocks(episodes: number, plastic: boolean): number[] {
  const rates: number[] = [];
  for (let seed = 0; seed <= 5; seed++) {
    const t0 = performance.now();
    const r = runCartPole({ mode: "corrected", variant: "plastic", seed, episodes, env: "v1", plasticEpisodes: plastic ? episodes : 0, overlap: plastic, evalEpisodes: 0 });
    const ms = performance.now() - t0;
    if (seed > 0) rates.push(Math.round((r.steps * 1000) / ms));
  }
  return rates;
}

/** Time blocks of `episodes` episodes (default 1000; the quick bench uses 200). */
export function benchCartPoleSorn(episodes = 1000): CartPoleSornBench {
  const frozenBlocks = blocks(episodes, false);
  const plasticBlocks = blocks(episodes, true);
  return { frozenStepsPerSecond: median(frozenBlocks), plasticStepsPerSecond: median(plasticBlocks), frozenBlocks, plasticBlocks, episodesPerBlock: episodes };
}
