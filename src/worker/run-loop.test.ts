import { describe, expect, it } from "vitest";
import { RunLoop, SLICE_MS, type LoopHost } from "./run-loop";

/**
 * A fake clock: `advance` costs `msPerStep` of time; timers run when `run` is called. The clock
 * reads in steps of `resolution` ms (a worker's performance.now() is coarsened to 0.1 ms).
 */
function fakeHost(msPerStep: number, resolution = 0) {
  let now = 0;
  const queue: { at: number; fn: () => void }[] = [];
  const host: LoopHost = {
    now: () => (resolution > 0 ? Math.floor(now / resolution) * resolution : now),
    soon: (fn) => queue.push({ at: now, fn }),
    // Nested timers wait at least 4 ms, as in browsers.
    later: (fn, ms) => queue.push({ at: now + Math.max(ms, resolution > 0 ? 4 : 0), fn }),
  };
  let steps = 0;
  /** Fake time at each afterSlice call. */
  const slices: number[] = [];
  const target = {
    advance: (n: number) => {
      steps += n;
      now += n * msPerStep;
    },
    afterSlice: () => void slices.push(now),
    onError: () => {},
  };
  const runUntil = (t: number) => {
    while (queue.length) {
      queue.sort((a, b) => a.at - b.at);
      const next = queue.shift()!;
      if (next.at > t) {
        queue.unshift(next);
        break;
      }
      now = Math.max(now, next.at);
      next.fn();
    }
    now = Math.max(now, t);
  };
  /** The longest time between two afterSlice calls at or after fake time `from`. */
  const longestSlice = (from: number) => {
    const after = slices.filter((t) => t >= from);
    let longest = 0;
    for (let i = 1; i < after.length; i++) longest = Math.max(longest, after[i] - after[i - 1]);
    return longest;
  };
  return { host, target, runUntil, steps: () => steps, now: () => now, longestSlice };
}

describe("RunLoop", () => {
  it("paces to the target speed", () => {
    const f = fakeHost(0.01);
    const loop = new RunLoop(f.target, f.host);
    loop.setSpeed(200);
    loop.play();
    f.runUntil(5000);
    expect(f.steps()).toBeGreaterThanOrEqual(990);
    expect(f.steps()).toBeLessThanOrEqual(1001);
  });

  it("as fast as possible, steps in slices and yields between them", () => {
    const f = fakeHost(0.1);
    const loop = new RunLoop(f.target, f.host);
    loop.play();
    f.runUntil(1000);
    expect(f.steps()).toBeGreaterThan(9000);
    loop.pause();
    const at = f.steps();
    f.runUntil(2000);
    expect(f.steps()).toBe(at);
  });

  it("a paced run on a coarse clock, switched to as fast as possible, still yields every slice (issue 11, bug 1)", () => {
    // 5,000 steps/s paces tiny chunks that a 0.1 ms clock often times as 0 ms; that must not
    // inflate the chunk size of the next fast slice (it once asked for ~600,000 steps in one go,
    // so no frame went out for many seconds).
    const f = fakeHost(0.005, 0.1);
    const loop = new RunLoop(f.target, f.host);
    loop.setSpeed(5000);
    loop.play();
    f.runUntil(3000);
    const paced = f.steps();
    expect(paced).toBeGreaterThan(14_000);
    expect(paced).toBeLessThan(16_000);
    const switchAt = f.now();
    loop.setSpeed("max");
    f.runUntil(switchAt + 3000);
    expect(f.steps() - paced).toBeGreaterThan(100_000);
    expect(f.longestSlice(switchAt)).toBeLessThan(3 * SLICE_MS);
    loop.setSpeed(200);
    f.runUntil(f.now() + 1000);
    const at200 = f.steps();
    loop.setSpeed("max");
    const back = f.now();
    f.runUntil(back + 1000);
    expect(f.steps() - at200).toBeGreaterThan(50_000);
    expect(f.longestSlice(back)).toBeLessThan(3 * SLICE_MS);
  });

  it("runs exactly n steps as fast as possible in slices, reporting progress, then stops", async () => {
    const f = fakeHost(0.01);
    const loop = new RunLoop(f.target, f.host);
    loop.setSpeed(10); // a run of n steps ignores the pace
    const done = loop.runFor(50_000);
    expect(loop.playing).toBe(true);
    f.runUntil(200);
    // Part-way: slices went by (each an afterSlice, where the service sends a frame).
    expect(f.steps()).toBeGreaterThan(1000);
    expect(f.steps()).toBeLessThan(50_000);
    expect(loop.stepsLeft).toBe(50_000 - f.steps());
    expect(f.longestSlice(0)).toBeLessThan(3 * SLICE_MS);
    f.runUntil(10_000);
    expect(await done).toBe(50_000);
    expect(f.steps()).toBe(50_000);
    expect(loop.playing).toBe(false);
    expect(loop.stepsLeft).toBe(0);
  });

  it("a pause stops a run of n steps at the step reached and resolves with the steps done", async () => {
    const f = fakeHost(0.01);
    const loop = new RunLoop(f.target, f.host);
    const done = loop.runFor(1_000_000);
    f.runUntil(100);
    loop.pause();
    const reached = f.steps();
    expect(await done).toBe(reached);
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(1_000_000);
    f.runUntil(1000);
    expect(f.steps()).toBe(reached);
  });

  it("play during a run of n steps ends the run and plays on; a new run replaces the old", async () => {
    const f = fakeHost(0.01);
    const loop = new RunLoop(f.target, f.host);
    const first = loop.runFor(1_000_000);
    f.runUntil(50);
    const second = loop.runFor(100);
    expect(await first).toBe(f.steps());
    f.runUntil(100);
    expect(await second).toBe(100);
    const third = loop.runFor(1_000_000);
    f.runUntil(150);
    loop.play();
    expect(await third).toBeGreaterThan(0);
    expect(loop.playing).toBe(true);
    const at = f.steps();
    f.runUntil(300);
    expect(f.steps()).toBeGreaterThan(at);
    loop.pause();
  });

  it("a run of n steps finishes even when every slice is over before it starts (a slow or preempted machine)", async () => {
    const queue: (() => void)[] = [];
    let t = 0;
    const host: LoopHost = { now: () => (t += 20), soon: (fn) => queue.push(fn), later: (fn) => queue.push(fn) };
    let steps = 0;
    const loop = new RunLoop({ advance: (n) => (steps += n), afterSlice: () => {}, onError: () => {} }, host);
    const done = loop.runFor(25);
    for (let i = 0; i < 100 && queue.length; i++) queue.shift()!();
    expect(await done).toBe(25);
    expect(steps).toBe(25);
  });

  it("stops and reports when stepping throws", () => {
    const f = fakeHost(0.1);
    let error: unknown = null;
    const loop = new RunLoop({ ...f.target, advance: () => { throw new Error("boom"); }, onError: (e) => (error = e) }, f.host);
    loop.play();
    f.runUntil(100);
    expect(loop.playing).toBe(false);
    expect((error as Error).message).toBe("boom");
  });

  it("refuses a speed that is not positive", () => {
    const f = fakeHost(0.1);
    expect(() => new RunLoop(f.target, f.host).setSpeed(0)).toThrow(RangeError);
  });
});
