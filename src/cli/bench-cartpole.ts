/**
 * The cart-pole environment's speed for `npm run bench`: physics-only steps/s (`stepPhysics` in
 * place on one Float64Array, the PD rule choosing actions, a fixed restart state when the pole
 * falls) and whole `CartPoleEnv.step` calls (validation, termination, reward, float32
 * observation and result object). Median of 5 timed blocks after a warm-up block.
 */
import { CartPoleEnv } from "../models/cartpole/env";
import { isTerminal, stepPhysics } from "../models/cartpole/physics";

export interface CartPoleBench {
  physicsStepsPerSecond: number;
  envStepsPerSecond: number;
  stepsPerBlock: number;
}

const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
const START = [0.012509546660466692, 0.039721380096957554, 0.02756856902451936, -0.027479281000940815];

function time(block: () => void, n: number): number {
  const rates: number[] = [];
  for (let b = 0; b < 6; b++) {
    const t0 = performance.now();
    block();
    if (b > 0) rates.push((n * 1000) / (performance.now() - t0));
  }
  return Math.round(median(rates));
}

/** Time `n` steps per block (default 1,000,000 physics steps, a fifth of that for env steps). */
export function benchCartPole(n = 1_000_000): CartPoleBench {
  const s = Float64Array.from(START);
  let sink = 0;
  const physics = time(() => {
    for (let i = 0; i < n; i++) {
      stepPhysics(s, s[2] + 0.5 * s[3] > 0 ? 1 : 0, "euler", s);
      if (isTerminal(s)) s.set(START);
    }
    sink += s[0];
  }, n);
  const env = new CartPoleEnv({ id: "CartPole-v1" });
  const m = Math.round(n / 5);
  env.resetTo(START);
  let st: readonly number[] = START;
  const envRate = time(() => {
    for (let i = 0; i < m; i++) {
      const r = env.step(st[2] + 0.5 * st[3] > 0 ? 1 : 0);
      st = r.state;
      if (r.terminated || r.truncated) {
        env.resetTo(START);
        st = START;
      }
      sink += r.reward;
    }
  }, m);
  if (sink === Math.PI) console.log("");
  return { physicsStepsPerSecond: physics, envStepsPerSecond: envRate, stepsPerBlock: n };
}
