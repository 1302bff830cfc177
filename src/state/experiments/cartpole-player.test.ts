/** The cart-pole view's player with a fake clock: speeds, episode ends, Step after termination, fields. */
import { describe, expect, it } from "vitest";
import { STEP_AFTER_TERMINATION_WARNING } from "../../models/cartpole/env";
import { CartPolePlayer } from "./cartpole-player";
import { endReason, parseStartState } from "./cartpole-fields";
import { LEARNER_CHOICE, POLICY_CHOICES, VIEW_POLICIES, viewPolicy } from "./cartpole-policies";

function player() {
  const clock = { t: 0 };
  const p = new CartPolePlayer(() => clock.t);
  return { p, clock };
}

/** Frames every `ms` for `total` ms (the clock follows the frames). */
function frames(p: CartPolePlayer, clock: { t: number }, ms: number, total: number): number {
  let steps = 0;
  for (let t = ms; t <= total; t += ms) {
    clock.t += ms;
    steps += p.tick(clock.t);
  }
  return steps;
}

describe("CartPolePlayer", () => {
  it("starts at reset(seed 0), Gymnasium's anchor, paused", () => {
    const { p } = player();
    expect(p.state).toEqual([0.013696168732145436, -0.02302132862361297, -0.045902647606380534, -0.04834723644714709]);
    expect(p.store.getState()).toMatchObject({ env: "CartPole-v1", playing: false, episode: 1, step: 0, return: 0, ended: null });
    expect(p.tick(100)).toBe(0);
  });

  it("plays 50 steps per second at 1× and 200 at 4×", () => {
    const { p, clock } = player();
    p.setPolicy("pd");
    p.setSeed("7");
    p.play();
    p.tick(clock.t);
    expect(frames(p, clock, 20, 1000)).toBe(50);
    p.setSpeed("4x");
    expect(frames(p, clock, 16, 992)).toBe(198);
    p.pause();
    expect(p.store.getState().step).toBe(248);
  });

  it("catches up at most 250 ms after a long gap", () => {
    const { p, clock } = player();
    p.setPolicy("pd");
    p.play();
    p.tick(0);
    clock.t = 10_000;
    expect(p.tick(10_000)).toBe(12);
  });

  it("at max steps until the frame's budget is spent", () => {
    const { p, clock } = player();
    p.setPolicy("pd");
    p.setSpeed("max");
    p.play();
    const real = { calls: 0 };
    // Each clock read moves 0.01 ms: about 1000 steps fit in the 10 ms budget.
    const q = new CartPolePlayer(() => (real.calls++ * 0.01));
    q.setPolicy("pd");
    q.setSpeed("max");
    q.play();
    const n = q.tick(16);
    expect(n).toBeGreaterThan(500);
    expect(n).toBeLessThan(1100);
    expect(clock.t).toBe(0);
  });

  it("ends a PD episode of v0 by truncation at 200 steps, holds the frame, then starts episode 2", () => {
    const { p, clock } = player();
    p.setEnv("CartPole-v0");
    p.setPolicy("pd");
    p.setSeed("7");
    p.setSpeed("4x");
    p.play();
    p.tick(0);
    frames(p, clock, 10, 1000); // 200 steps
    let s = p.store.getState(); // the end is written at once
    expect(s.step).toBe(200);
    expect(s.return).toBe(200);
    expect(s.ended).toEqual({ terminated: false, truncated: true, reason: "truncated: the time limit of 200 steps" });
    frames(p, clock, 10, 100); // held (200 ms at 4×)
    expect(p.store.getState().episode).toBe(1);
    frames(p, clock, 10, 200);
    s = p.store.getState();
    expect(s.episode).toBe(2);
    expect(s.previous).toEqual({ episode: 1, length: 200, return: 200, reason: "truncated: the time limit of 200 steps" });
    expect(s.ended).toBeNull();
  });

  it("Step after termination steps the ended episode with reward 0 and Gymnasium's warning", () => {
    const { p } = player();
    for (let i = 0; i < 1000 && !p.store.getState().ended; i++) p.step();
    const end = p.store.getState();
    expect(end.ended?.terminated).toBe(true);
    expect(end.ended?.reason).toMatch(/^terminated: /);
    expect(end.warning).toBeNull();
    p.step();
    const after = p.store.getState();
    expect(after.warning).toBe(STEP_AFTER_TERMINATION_WARNING);
    expect(after.return).toBe(end.return);
    expect(after.step).toBe(end.step + 1);
    p.play(); // an ended episode: Play starts the next one
    expect(p.store.getState()).toMatchObject({ episode: 2, step: 0, warning: null, ended: null, playing: true });
  });

  it("Reset starts over from the seed with a fresh random stream", () => {
    const { p } = player();
    const first: number[] = [];
    for (let i = 0; i < 5; i++) (p.step(), first.push(p.state[0]));
    p.reset();
    const again: number[] = [];
    for (let i = 0; i < 5; i++) (p.step(), again.push(p.state[0]));
    expect(again).toEqual(first);
  });

  it("a start state applies to every episode; bad fields keep the run and say why", () => {
    const { p } = player();
    expect(p.setStart("0, 0, 0.1, 0")).toBeNull();
    expect(p.state).toEqual([0, 0, 0.1, 0]);
    p.step();
    const before = [...p.state];
    expect(p.setStart("0, 0, x, 0")).toBe("start state: 'x' is not a finite number");
    expect(p.store.getState().errors.start).toBe("start state: 'x' is not a finite number");
    expect([...p.state]).toEqual(before);
    expect(p.setSeed("-1")).toMatch(/^seed: must be an integer in \[0, 4294967295\]/);
    expect(p.store.getState().seed).toBe(0);
    expect(p.setSeed("3")).toBeNull();
    expect(p.store.getState().errors).toEqual({ start: "start state: 'x' is not a finite number" });
  });

  it("writes the status at most every 100 ms while playing", () => {
    const { p, clock } = player();
    p.setPolicy("pd");
    p.play();
    let writes = 0;
    p.store.subscribe(() => writes++);
    frames(p, clock, 20, 1000);
    expect(writes).toBeLessThanOrEqual(11);
    expect(writes).toBeGreaterThanOrEqual(9);
  });
});

describe("cart-pole fields and policies", () => {
  it("parses start states", () => {
    expect(parseStartState("  ")).toEqual({ ok: true, state: null });
    expect(parseStartState("1 0 -0.05 0.2")).toEqual({ ok: true, state: [1, 0, -0.05, 0.2] });
    expect(parseStartState("1, 2, 3")).toEqual({ ok: false, error: "start state: give 4 numbers x, ẋ, θ, θ̇ (θ in radians), got 3" });
    expect(parseStartState("3, 0, 0, 0")).toEqual({ ok: false, error: "start state: x must be within ±2.4 m, got 3" });
    expect(parseStartState("0, 0, 0.3, 0")).toMatchObject({ ok: false, error: expect.stringMatching(/θ must be within ±0.2094 rad/) });
    expect(parseStartState("0, 0, Infinity, 0")).toMatchObject({ ok: false });
  });

  it("names the end of an episode", () => {
    expect(endReason([2.5, 0, 0.3, 0], true, true, 500)).toBe("terminated: the cart left the track (|x| > 2.4 m) and the pole fell (|θ| > 12°); truncated: the time limit of 500 steps");
  });

  it("offers random and the PD rule, labelled as hand-written; the learner is listed after them", () => {
    expect(VIEW_POLICIES.map((q) => q.id)).toEqual(["random", "pd"]);
    expect(viewPolicy("pd").label).toMatch(/hand-written/);
    expect(viewPolicy("pd").create(0)([0, 0, 0.1, 0], [0, 0, 0.1, 0], 0)).toBe(1);
    expect(() => viewPolicy("learned")).toThrow("unknown policy 'learned'");
    expect(POLICY_CHOICES.at(-1)).toBe(LEARNER_CHOICE);
  });
});
