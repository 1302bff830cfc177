/**
 * Spec/experiments.md §5 C3 (time limits), C4 (after termination), C7 (random policy) and bad input.
 */
import { describe, expect, it } from "vitest";
import { gymnasiumTraces, randomPolicyLengths } from "../../../test/cartpole-fixtures";
import { CartPoleEnv, STEP_AFTER_TERMINATION_WARNING } from "./env";
import { pdPolicy, randomPolicy, runEpisode } from "./episode";
import { parseTrace, pickTrace } from "./replay";
import { cartPoleSpec } from "./specs";

describe("C3: time limits", () => {
  it("the fixture's s0 for seed 7 is reset(seed 7)", () => {
    const env = new CartPoleEnv();
    env.reset({ seed: 7 });
    expect(env.state).toEqual(gymnasiumTraces().pd_seed7_v1.s0);
  });
  for (const [id, limit] of [["CartPole-v1", 500], ["CartPole-v0", 200]] as const) {
    it(`the PD rule from seed 7 runs ${limit} steps on ${id}, truncated, not terminated`, () => {
      const env = new CartPoleEnv({ id });
      const e = runEpisode(env, pdPolicy, { seed: 7 });
      expect(e).toEqual({ length: limit, return: limit, terminated: false, truncated: true });
      expect(env.maxEpisodeSteps).toBe(limit);
      expect(env.rewardThreshold).toBe(limit === 500 ? 475 : 195);
    });
  }
  it("a step that both terminates and reaches the limit reports both", () => {
    // v0 from seed 7: the PD rule for 177 steps, then left × 4, then right until the pole falls,
    // which is on step 200 (found by a search over these three numbers).
    const env = new CartPoleEnv({ id: "CartPole-v0" });
    env.reset({ seed: 7 });
    const rs = [];
    for (let t = 0; t < 200; t++) rs.push(env.step(t < 177 ? pdPolicy(env.state!, [], t) : t < 181 ? 0 : 1));
    expect(rs.findIndex((r) => r.terminated || r.truncated)).toBe(199);
    expect(rs[199]).toMatchObject({ terminated: true, truncated: true, reward: 1 });
    expect(rs[199].warning).toBeUndefined();
  });
  it("truncation counts from the last reset", () => {
    const env = new CartPoleEnv({ id: "CartPole-v0" });
    runEpisode(env, pdPolicy, { seed: 7 });
    env.reset({ seed: 7 });
    expect(env.elapsedSteps).toBe(0);
    expect(env.step(pdPolicy(env.state!, [], 0)).truncated).toBe(false);
  });
});

describe("C4: steps after termination", () => {
  const fallen = (suttonBartoReward: boolean) => {
    const env = new CartPoleEnv({ suttonBartoReward });
    env.reset({ seed: 0 });
    const rs = Array.from({ length: 8 }, () => env.step(1));
    return { env, rs };
  };
  it("default reward: 1 on the terminating step, then 0 with the warning once", () => {
    const { env, rs } = fallen(false);
    expect(rs.map((r) => r.reward)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(rs.some((r) => r.warning)).toBe(false);
    const after = env.step(1);
    expect(after).toMatchObject({ reward: 0.0, terminated: true, truncated: false, warning: STEP_AFTER_TERMINATION_WARNING });
    const again = env.step(0);
    expect(again.reward).toBe(0.0);
    expect(again.warning).toBeUndefined();
    // A new episode warns again, once (Gymnasium resets steps_beyond_terminated).
    env.reset({ seed: 0 });
    for (let t = 0; t < 8; t++) env.step(1);
    expect(env.step(1).warning).toBe(STEP_AFTER_TERMINATION_WARNING);
    expect(env.step(1).warning).toBeUndefined();
  });
  it("sutton_barto_reward: 0 per step, −1 on termination and after", () => {
    const { env, rs } = fallen(true);
    expect(rs.map((r) => r.reward)).toEqual([0, 0, 0, 0, 0, 0, 0, -1]);
    const after = env.step(1);
    expect(after.reward).toBe(-1.0);
    expect(after.warning).toBe(STEP_AFTER_TERMINATION_WARNING);
    expect(env.step(1).reward).toBe(-1.0);
  });
});

describe("C7: random policy", () => {
  it("2,000 v1 episodes: Gymnasium's own lengths, mean in [21.2, 23.0], min ≥ 8", () => {
    // action_space.seed(0) then sample(), reset(seed = i) for episode i: the run of §1.7.
    const env = new CartPoleEnv({ id: "CartPole-v1" });
    const policy = randomPolicy(0);
    const lengths = Array.from({ length: 2000 }, (_, i) => runEpisode(env, policy, { seed: i }).length);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    const sd = Math.sqrt(lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / (lengths.length - 1));
    expect(mean).toBeGreaterThanOrEqual(21.2);
    expect(mean).toBeLessThanOrEqual(23.0);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(8);
    expect(mean).toBeCloseTo(22.1165, 10);
    expect(sd).toBeCloseTo(11.58, 2);
    expect(Math.max(...lengths)).toBe(86);
    // Every length equals gymnasium 1.3.0's (test/fixtures/cartpole/random-policy-lengths.json).
    expect(lengths).toEqual(randomPolicyLengths());
  });
  it("is deterministic", () => {
    const run = () => Array.from({ length: 50 }, (_, i) => runEpisode(new CartPoleEnv(), randomPolicy(9), { seed: 100 + i }).length);
    expect(run()).toEqual(run());
  });
});

describe("reset", () => {
  it("options low/high bound the draws (Gymnasium's docstring: seed 123, ±0.1)", () => {
    const obs = new CartPoleEnv().reset({ seed: 123, low: -0.1, high: 0.1 });
    [0.03647037, -0.0892358, -0.05592803, -0.06312564].forEach((v, i) => expect(obs[i]).toBeCloseTo(v, 7));
  });
  it("an injected generator is used until a seed replaces it; observations are float32", () => {
    let n = 0;
    const env = new CartPoleEnv({ rng: { random: () => (n++ % 4) / 4 } });
    const want = [0, 0.25, 0.5, 0.75].map((u) => -0.05 + 0.1 * u);
    expect(env.reset()).toEqual(want.map(Math.fround));
    expect(env.state).toEqual(want);
    expect(env.reset({ seed: 0 })[0]).toBe(Math.fround(0.013696168732145436));
  });
});

describe("bad input", () => {
  it("unknown env id", () => {
    expect(() => new CartPoleEnv({ id: "CartPole-v2" })).toThrow("id: unknown cart-pole environment 'CartPole-v2' (known: CartPole-v0, CartPole-v1)");
    expect(() => cartPoleSpec("MountainCar-v0")).toThrow("env: unknown cart-pole environment 'MountainCar-v0'");
  });
  it("actions other than 0/1", () => {
    const env = new CartPoleEnv();
    env.reset({ seed: 0 });
    for (const a of [2, -1, 0.5, NaN, "1", true, null]) expect(() => env.step(a as number)).toThrow(/^action: must be 0 \(push left\) or 1 \(push right\), got /);
    expect(() => env.step(2)).toThrow("got 2");
  });
  it("non-finite states and bounds", () => {
    const env = new CartPoleEnv();
    expect(() => env.resetTo([0, NaN, 0, 0])).toThrow("s0[1] (x_dot): must be a finite number, got NaN");
    expect(() => env.resetTo([0, 0, Infinity, 0])).toThrow("s0[2] (theta): must be a finite number, got Infinity");
    expect(() => env.resetTo([0, 0, 0])).toThrow("s0: must have 4 components");
    expect(() => env.reset({ seed: 0, low: NaN })).toThrow("low: must be a finite number, got NaN");
    expect(() => env.reset({ seed: 0, low: 1, high: 0 })).toThrow("low: lower bound (1) must be lower than higher bound (0)");
  });
  it("step before reset, reset without a generator, bad seeds", () => {
    expect(() => new CartPoleEnv().step(1)).toThrow("step: call reset() before step()");
    expect(() => new CartPoleEnv().reset()).toThrow("seed: reset needs a seed or an injected generator");
    expect(() => new CartPoleEnv().reset({ seed: -1 })).toThrow("seed: must be a non-negative integer, got -1");
    expect(() => new CartPoleEnv().reset({ seed: 1.5 })).toThrow("seed: must be a non-negative integer, got 1.5");
  });
  it("traces", () => {
    const t = { env: "CartPole-v1", s0: [0, 0, 0, 0], actions: [0, 1] };
    expect(parseTrace(t).integrator).toBe("euler");
    expect(() => parseTrace({ ...t, env: "CartPole-v9" })).toThrow("env: unknown cart-pole environment 'CartPole-v9'");
    expect(() => parseTrace({ ...t, actions: [0, 1, 2] })).toThrow("actions[2]: must be 0 (push left) or 1 (push right), got 2");
    expect(() => parseTrace({ ...t, s0: [0, null, 0, 0] })).toThrow("s0[1] (x_dot): must be a finite number, got null");
    expect(() => parseTrace({ env: "CartPole-v1", actions: [] })).toThrow("s0: missing");
    expect(() => parseTrace({ ...t, integrator: "rk4" })).toThrow('integrator: must be one of "euler", "semi-implicit euler", got "rk4"');
    expect(() => parseTrace([1, 2])).toThrow("trace: must be a JSON object");
    expect(() => pickTrace({ a: t, b: t })).toThrow("trace: the file holds 2 traces; pick one with --trace NAME (a, b)");
    expect(() => pickTrace({ a: t }, "c")).toThrow("trace: no trace 'c' in the file (a)");
    expect(pickTrace([t, t], "1")).toBe(t);
  });
});
