import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS } from "../models/sorn/params";
import { RULES, type Rule } from "../models/sorn/rules";
import type { Frame, SimConfig } from "./protocol";
import type { LoopHost } from "./run-loop";
import { SimService } from "./service";

const config: SimConfig = {
  params: { ...DEFAULT_PARAMS, ne: 40, nu: 4, lambda_ee: 8, lambda_ei: 8 },
  seed: 1,
  rules: Object.fromEntries(RULES.map((r) => [r, true])) as Record<Rule, boolean>,
  phase: "plasticity",
  noise: true,
  input: { kind: "uniform", seed: 1 },
};

/** A host on the real clock whose timers run only when drained. */
function host() {
  const queue: (() => void)[] = [];
  const h: LoopHost = { now: () => performance.now(), soon: (fn) => queue.push(fn), later: (fn) => queue.push(fn) };
  return { h, drain: (n = 1000) => { for (let i = 0; i < n && queue.length; i++) queue.shift()!(); } };
}

describe("SimService", () => {
  it("posts no frame while one is away, and sends what it owes once acknowledged", async () => {
    const { h, drain } = host();
    const service = new SimService(h);
    const frames: Frame[] = [];
    let ack: () => void = () => {};
    service.connect((f) => {
      frames.push(f);
      return new Promise<void>((r) => (ack = r));
    });
    service.create(config);
    expect(frames.length).toBe(1);
    service.play();
    drain(5);
    expect(frames.length).toBe(1);
    ack();
    await Promise.resolve();
    await Promise.resolve();
    expect(frames.length).toBe(2);
    expect(frames[1].t).toBeGreaterThan(0);
    expect(frames[1].playing).toBe(true);
    service.pause();
  });

  it("steps exactly n steps and keeps the run when a bad file is loaded", async () => {
    // step(n) yields between 12 ms slices; on a slow machine it needs a host that runs them.
    const h: LoopHost = { now: () => performance.now(), soon: (fn) => setTimeout(fn, 0), later: (fn, ms) => setTimeout(fn, ms) };
    const service = new SimService(h);
    service.connect(() => {});
    service.create(config);
    expect(await service.step(37)).toBe(37);
    const before = service.digest();
    expect(() => service.loadRun("bad.json", new TextEncoder().encode("{]"), config.input)).toThrow(/not valid JSON/);
    expect(service.digest()).toEqual(before);
    expect(() => service.create({ ...config, params: { ...config.params, nu: 500 } })).toThrow(/nu/);
    expect(service.digest()).toEqual(before);
  });

  it("steps exactly n steps even when every slice runs out of time (a slow or preempted machine)", async () => {
    // A clock that jumps 20 ms per reading: every 12 ms slice is over before it starts.
    const h: LoopHost = { now: (() => { let t = 0; return () => (t += 20); })(), soon: (fn) => setTimeout(fn, 0), later: (fn, ms) => setTimeout(fn, ms) };
    const service = new SimService(h);
    service.connect(() => {});
    service.create(config);
    expect(await service.step(25)).toBe(25);
  });
});
