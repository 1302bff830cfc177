import { describe, expect, it } from "vitest";
import { RunLoop, type LoopHost } from "./run-loop";

/** A fake clock: `advance` costs `msPerStep` of time; timers run when `run` is called. */
function fakeHost(msPerStep: number) {
  let now = 0;
  const queue: { at: number; fn: () => void }[] = [];
  const host: LoopHost = {
    now: () => now,
    soon: (fn) => queue.push({ at: now, fn }),
    later: (fn, ms) => queue.push({ at: now + ms, fn }),
  };
  let steps = 0;
  const target = {
    advance: (n: number) => {
      steps += n;
      now += n * msPerStep;
    },
    afterSlice: () => {},
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
  return { host, target, runUntil, steps: () => steps };
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
