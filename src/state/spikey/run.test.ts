import { describe, expect, it } from "vitest";
import { SpikeyRunnerService } from "../../worker/spikey-runner";
import { presetForm } from "./builder-form";
import { parseBuilder } from "./builder-parse";
import { PUBLISH_MS, SpikeyRunModel, type SpikeyRemote } from "./run";
import { TickWindow, WINDOW } from "./tick-window";

/** The worker's service in this thread, behind promises as comlink gives it. */
function inThread(now: () => number): SpikeyRemote {
  const svc = new SpikeyRunnerService(now);
  return {
    reset: async (s) => svc.reset(s),
    setLearning: async (on) => svc.setLearning(on),
    advance: async (...a) => structuredClone(svc.advance(...a)),
  };
}

function e1(processingTime = "30") {
  const p = parseBuilder({ ...presetForm("e1-rate-xor"), user: { processing_time: processingTime } });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p;
}

describe("SpikeyRunModel", () => {
  it("runs to the stop count, with the rate table and heat map over the patterns (E1, seed 0)", async () => {
    let t = 0;
    const clock = () => (t += 7);
    const m = new SpikeyRunModel({ start: () => inThread(clock), now: clock });
    const p = e1();
    expect(await m.build(p.spec, p.target)).toBe(true);
    expect(m.store.getState().message).toMatch(/^Built 121 units \(60 inputs, 61 neurons, the last 1 the outputs\), 30 steps per pattern; spec [0-9a-f]{16}\.$/);
    m.setStopAt("12");
    await m.run();
    const s = m.store.getState();
    expect([s.phase, s.ticks, s.steps]).toEqual(["idle", 12, 360]);
    expect(s.rates.map((r) => r.state)).toEqual(["00", "01", "10", "11"]);
    expect(s.rates.map((r) => r.target)).toEqual([0, 1, 1, 0]);
    expect(s.rates.reduce((a, r) => a + r.n, 0)).toBe(12);
    for (const r of s.rates) if (r.n) expect(r.rate).toBeGreaterThanOrEqual(0);
    expect(s.actions.counts.flat().reduce((a, b) => a + b, 0)).toBe(12);
    expect(m.window!.wIn).toHaveLength(13);
    expect(m.raster!.counts.length).toBe(200);
    expect(Number.isFinite(s.meanReward)).toBe(true);
    await m.run();
    expect(m.store.getState().message).toBe("Already at pattern 12.");
    m.setStopAt("x");
    await m.run();
    expect(m.store.getState().stopError).toBe("stop after: a whole number of patterns ≥ 1, got 'x'");
  });

  it("steps one network step, then a pattern, then an episode; Reset starts the same network again", async () => {
    let t = 0;
    const clock = () => (t += 1);
    const m = new SpikeyRunModel({ start: () => inThread(clock), now: clock });
    const p = e1();
    await m.build({ ...p.spec, episodeTicks: 3 }, p.target);
    m.setUnit("step");
    await m.stepOnce();
    expect([m.store.getState().steps, m.store.getState().ticks]).toEqual([1, 0]);
    m.setUnit("tick");
    await m.stepOnce();
    expect([m.store.getState().steps, m.store.getState().ticks]).toEqual([30, 1]);
    m.setUnit("episode");
    await m.stepOnce();
    expect([m.store.getState().ticks, m.store.getState().episode]).toEqual([3, 1]);
    const first = Array.from(m.raster!.counts);
    await m.reset();
    expect(m.store.getState().ticks).toBe(0);
    m.setUnit("episode");
    await m.stepOnce();
    expect(Array.from(m.raster!.counts)).toEqual(first);
  });

  it("writes the store at most every PUBLISH_MS while running, and pause stops it", async () => {
    let svcClock = 0;
    const remote = inThread(() => (svcClock += 5));
    let t = 0;
    const m = new SpikeyRunModel({ start: () => remote, now: () => t });
    const p = e1("10");
    await m.build(p.spec, p.target);
    let writes = 0;
    m.store.subscribe(() => writes++);
    const orig = remote.advance;
    let slices = 0;
    remote.advance = async (...a) => {
      t += 25; // each slice takes 25 ms of page time
      if (++slices === 40) m.pause();
      return orig(...a);
    };
    await m.run();
    const s = m.store.getState();
    expect(s.phase).toBe("idle");
    expect(slices).toBe(40);
    expect(s.message).toMatch(/^Paused at pattern \d+ \(step \d+\)\.$/);
    // 40 slices × 25 ms = 1 s: one write per PUBLISH_MS at most, plus the command's own (running, pause, the last frame).
    expect(writes).toBeLessThanOrEqual(1000 / PUBLISH_MS + 3);
    expect(s.ticks).toBeGreaterThan(40);
  });
});

describe("TickWindow", () => {
  it("keeps the last WINDOW patterns per state and counts state → action", () => {
    const w = new TickWindow(["a", "b"], { a: 1, b: 0 }, [1, 2]);
    for (let k = 0; k < WINDOW + 10; k++) w.push(k % 2, k < 10 ? 5 : k % 3, k < 10 ? 100 : 0.5, 1, 0, 0);
    const rates = w.rates();
    expect(rates).toEqual([
      { state: "a", n: WINDOW / 2, rate: 0.5, target: 1 },
      { state: "b", n: WINDOW / 2, rate: 0.5, target: 0 },
    ]);
    const h = w.actionCounts();
    expect(h.actions).toEqual([0, 1, 2]);
    expect(h.counts.flat().reduce((a, b) => a + b, 0)).toBe(WINDOW);
    expect(w.meanReward()).toBe(1);
    expect(w.wIn[0]).toBe(1);
    expect(w.wIn).toHaveLength(WINDOW + 11);
  });
});
