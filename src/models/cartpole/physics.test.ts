/**
 * Spec/experiments.md §5 C1, C2 and C5: the physics against Gymnasium 1.3.0's own traces, bit for
 * bit (`===` on every float64 component), the pinned values of §1.8, and semi-implicit Euler.
 */
import { describe, expect, it } from "vitest";
import { gymnasiumTraces, semiImplicitTraces, type GymTrace } from "../../../test/cartpole-fixtures";
import { CartPoleEnv } from "./env";
import { CARTPOLE, stepPhysics } from "./physics";
import { parseTrace, replay } from "./replay";

/** Replay a fixture step by step and compare every component, flag and reward with `===`. */
function expectBitExact(trace: GymTrace, integrator?: string): void {
  const env = new CartPoleEnv({ id: trace.env, integrator });
  const obs0 = env.resetTo(trace.s0);
  expect(obs0).toEqual(trace.s0.map(Math.fround));
  expect(obs0).toEqual(trace.obs[0]);
  let mismatches = 0;
  trace.actions.forEach((a, t) => {
    const r = env.step(a);
    for (let i = 0; i < 4; i++) {
      if (r.state[i] !== trace.states[t][i]) mismatches++;
      if (r.obs[i] !== Math.fround(r.state[i]) || r.obs[i] !== trace.obs[t + 1][i]) mismatches++;
    }
    if (r.reward !== trace.rewards[t] || r.terminated !== trace.terminated[t] || r.truncated !== trace.truncated[t]) mismatches++;
  });
  expect(mismatches).toBe(0);
  expect(trace.actions.length).toBe(trace.length);
}

describe("C1: Gymnasium 1.3.0 traces, bit-exact (explicit Euler)", () => {
  const traces = gymnasiumTraces();
  it("holds the four traces of §1.8", () => {
    expect(Object.keys(traces).sort()).toEqual(["alt_seed123", "ones_seed0", "pd_seed7_v0", "pd_seed7_v1"]);
  });
  for (const [name, trace] of Object.entries(traces)) {
    it(`${name}: every state, observation, reward and flag`, () => expectBitExact(trace));
    it(`${name}: replay() gives the fixture's layout`, () => {
      const out = replay(parseTrace(trace));
      for (const key of ["states", "obs", "rewards", "terminated", "truncated", "length"] as const) expect(out[key]).toStrictEqual(trace[key]);
    });
  }
  it("ends as §1.8 says", () => {
    const end = (t: GymTrace) => [t.length, t.terminated.at(-1), t.truncated.at(-1)];
    expect(end(traces.ones_seed0)).toEqual([8, true, false]);
    expect(end(traces.alt_seed123)).toEqual([89, true, false]);
    expect(end(traces.pd_seed7_v1)).toEqual([500, false, true]);
    expect(end(traces.pd_seed7_v0)).toEqual([200, false, true]);
  });
});

describe("C2: the pinned values of §1.8 (reset(seed 0), action 1 × 8)", () => {
  it("step 1 and step 8 exactly; step 8 is the first terminated step (θ < −θ_thr)", () => {
    const env = new CartPoleEnv({ id: "CartPole-v1" });
    env.reset({ seed: 0 });
    expect(env.state).toEqual([0.013696168732145436, -0.02302132862361297, -0.045902647606380534, -0.04834723644714709]);
    const steps = Array.from({ length: 8 }, () => env.step(1));
    expect(steps[0].state).toEqual([0.013235742159673177, 0.17272774640672584, -0.04686959233532348, -0.3551522026891103]);
    expect(steps[7].state).toEqual([0.11971174211506583, 1.5452880023412285, -0.22820539319024014, -2.6052160893947]);
    expect(steps.map((s) => s.terminated)).toEqual([false, false, false, false, false, false, false, true]);
    expect(steps[7].state[2] < -CARTPOLE.thetaThresholdRadians).toBe(true);
  });
  it("constants (§1.2)", () => {
    expect(CARTPOLE.thetaThresholdRadians).toBe(0.20943951023931953);
    expect(CARTPOLE.totalMass).toBe(1.1);
    expect(CARTPOLE.polemassLength).toBe(0.05);
  });
});

describe("C5: semi-implicit Euler", () => {
  // From rest, action 1: c = 1, s = 0, temp = 10/1.1, θ̈ = −temp/(0.5·(4/3 − 0.1/1.1)) = −600/41,
  // ẍ = temp − 0.05·θ̈/1.1 = 400/41. Euler moves only the velocities; semi-implicit moves the
  // positions with the new velocities: x₁ = τ·(τ·ẍ), θ₁ = τ·(τ·θ̈).
  const temp = 10 / 1.1;
  const thetaacc = (9.8 * 0 - 1 * temp) / (0.5 * (4.0 / 3.0 - (0.1 * (1 * 1)) / 1.1));
  const xacc = temp - (0.05 * thetaacc * 1) / 1.1;
  it("the accelerations from rest are −600/41 and 400/41", () => {
    expect(thetaacc).toBeCloseTo(-600 / 41, 12);
    expect(xacc).toBeCloseTo(400 / 41, 12);
  });
  it("first step by hand: Euler vs semi-implicit", () => {
    const euler = stepPhysics([0, 0, 0, 0], 1, "euler", [0, 0, 0, 0]);
    const semi = stepPhysics([0, 0, 0, 0], 1, "semi-implicit euler", [0, 0, 0, 0]);
    expect(Array.from({ length: 4 }, (_, i) => euler[i])).toEqual([0, 0.02 * xacc, 0, 0.02 * thetaacc]);
    expect(Array.from({ length: 4 }, (_, i) => semi[i])).toEqual([0.02 * (0.02 * xacc), 0.02 * xacc, 0.02 * (0.02 * thetaacc), 0.02 * thetaacc]);
    expect(semi[0]).toBeCloseTo(0.0004 * (400 / 41), 15);
    expect(semi[2]).toBeCloseTo(-0.0004 * (600 / 41), 15);
  });
  it("second step by hand (semi-implicit, action 0)", () => {
    const s1 = [0.02 * (0.02 * xacc), 0.02 * xacc, 0.02 * (0.02 * thetaacc), 0.02 * thetaacc];
    const [x, xd, th, thd] = s1;
    const c = Math.cos(th);
    const s = Math.sin(th);
    const tp = (-10 + 0.05 * (thd * thd) * s) / 1.1;
    const ta = (9.8 * s - c * tp) / (0.5 * (4.0 / 3.0 - (0.1 * (c * c)) / 1.1));
    const xa = tp - (0.05 * ta * c) / 1.1;
    const xd2 = xd + 0.02 * xa;
    const thd2 = thd + 0.02 * ta;
    const got = stepPhysics(s1, 0, "semi-implicit euler", [0, 0, 0, 0]);
    expect([got[0], got[1], got[2], got[3]]).toEqual([x + 0.02 * xd2, xd2, th + 0.02 * thd2, thd2]);
  });
  it("any integrator string other than 'euler' is semi-implicit (as Gymnasium)", () => {
    const a = new CartPoleEnv({ integrator: "semi-implicit euler" });
    const b = new CartPoleEnv({ integrator: "leapfrog" });
    a.reset({ seed: 3 });
    b.reset({ seed: 3 });
    for (let t = 0; t < 20; t++) expect(b.step(t % 2).state).toEqual(a.step(t % 2).state);
  });
  it("differs from Euler on the PD trace (O(1) after 500 steps, §1.8)", () => {
    const trace = gymnasiumTraces().pd_seed7_v1;
    const semi = replay(parseTrace({ ...trace, integrator: "semi-implicit euler" }));
    expect(semi.states[0]).not.toEqual(trace.states[0]);
    const maxDiff = Math.max(...semi.states.flatMap((s, t) => s.map((v, i) => Math.abs(v - trace.states[t][i]))));
    expect(maxDiff).toBeGreaterThan(0.1);
  });
  // Traces made here with gymnasium 1.3.0 (env.unwrapped.kinematics_integrator = "semi-implicit
  // euler"; test/fixtures/cartpole/make-fixtures.py); the shared fixtures have none.
  for (const [name, trace] of Object.entries(semiImplicitTraces())) {
    it(`${name}: bit-exact with Gymnasium's semi-implicit Euler`, () => {
      expect(trace.integrator).toBe("semi-implicit euler");
      expectBitExact(trace, trace.integrator);
    });
  }
});
