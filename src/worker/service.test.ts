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

  it("a Step N streams frames that say the run is going, and a pause stops it at the step reached (issue 11, bug 4)", async () => {
    const h: LoopHost = { now: () => performance.now(), soon: (fn) => setTimeout(fn, 0), later: (fn, ms) => setTimeout(fn, ms) };
    const service = new SimService(h);
    const seen: { t: number; playing: boolean }[] = [];
    service.connect((f) => {
      seen.push({ t: f.t, playing: f.playing });
      if (f.playing && f.t > 300) service.pause();
    });
    service.create(config);
    const reached = await service.step(1_000_000);
    expect(reached).toBeGreaterThan(300);
    expect(reached).toBeLessThan(1_000_000);
    expect(service.digest().t).toBe(reached);
    expect(seen.some((f) => f.playing && f.t > 300 && f.t <= reached)).toBe(true);
    expect(seen[seen.length - 1]).toEqual({ t: reached, playing: false });
  });

  it("refuses a network over the memory limit before building it, and keeps the current run", async () => {
    const service = new SimService(host().h);
    service.connect(() => {});
    service.create(config);
    const before = service.digest();
    expect(() => service.create({ ...config, params: { ...config.params, ne: 100_000 } })).toThrow(/^ne = 100,000 \(E→I Dense\) needs about \d+ GiB of memory .*the lab's limit is 1 GiB/);
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
