import { describe, expect, it } from "vitest";
import { SornNetwork } from "../../models/sorn/network";
import { runLognormalJob } from "./job";
import { LifetimeTracker } from "./lifetimes";
import { lognormalParams } from "./preset";

/** The oracle: dense masks of W > 0 after every step, births and prunings found by comparing them. */
function denseLifetimes(seed: number, steps: number) {
  const net = new SornNetwork({ params: lognormalParams(), seed, noise: true });
  const n = net.ne;
  const mask = (): Uint8Array => {
    const m = new Uint8Array(n * n);
    net.net.Wee.forEachNonZero((r, c, w) => {
      if (w > 0) m[r * n + c] = 1;
    });
    return m;
  };
  let prev = mask();
  const born = new Int32Array(n * n).fill(-2); // −2: initial (or absent)
  let births = 0, initialPruned = 0;
  const initial = prev.reduce((a, b) => a + b, 0);
  const lifetimes: number[] = [];
  for (let t = 1; t <= steps; t++) {
    net.step(1);
    const now = mask();
    for (let s = 0; s < n * n; s++) {
      if (now[s] && !prev[s]) (born[s] = t), births++;
      if (prev[s] && !now[s]) {
        if (born[s] === -2) initialPruned++;
        else lifetimes.push(t - born[s]);
        born[s] = -2;
      }
    }
    prev = now;
  }
  return { births, initial, initialPruned, lifetimes: lifetimes.sort((a, b) => a - b), net };
}

describe("weight lifetimes (SP creation → pruning)", () => {
  it("match a dense oracle step by step: births, prunings, every lifetime, the initial synapses", () => {
    const o = denseLifetimes(3, 1500);
    const net = new SornNetwork({ params: lognormalParams(), seed: 3, noise: true });
    const tracker = new LifetimeTracker(net.net.Wee);
    for (let t = 1; t <= 1500; t++) tracker.observe(net.step(1).t);
    const r = tracker.result(1500);
    expect(r.initial).toBe(o.initial);
    expect(r.births).toBe(o.births);
    expect(r.initialPruned).toBe(o.initialPruned);
    expect(r.pruned).toBe(o.lifetimes.length);
    expect(r.births).toBeGreaterThan(50); // SP adds ~0.1 synapse per step
    expect(r.pruned).toBeGreaterThan(10);
    expect(r.max).toBe(o.lifetimes.at(-1));
    expect(r.mean).toBeCloseTo(o.lifetimes.reduce((a, b) => a + b, 0) / o.lifetimes.length, 12);
    const counts: number[] = [];
    for (const v of o.lifetimes) counts[Math.floor(Math.log2(v))] = (counts[Math.floor(Math.log2(v))] ?? 0) + 1;
    expect(r.counts).toEqual(Array.from(counts, (c) => c ?? 0));
    expect(r.counts.reduce((a, b) => a + b, 0)).toBe(r.pruned);
    expect(r.aliveAtEnd).toBe(r.births - r.pruned);
  });

  it("are observed from outside: the lognormal row is the same with them off, and null there", () => {
    const on = runLognormalJob({ seed: 2, steps: 800, every: 400, checkpoints: [], lifetimes: true });
    const off = runLognormalJob({ seed: 2, steps: 800, every: 400, checkpoints: [] });
    expect(off.lifetimes).toBeNull();
    expect(on.lifetimes?.births).toBeGreaterThan(0);
    expect({ ...on, lifetimes: null }).toEqual(off);
    expect(() => runLognormalJob({ seed: 2, lifetimes: "yes" as never })).toThrow(/lifetimes: must be true or false/);
  });
});
