import { describe, expect, it } from "vitest";
import { SpikeyNetwork } from "../models/spikey/network";
import { presetForm } from "../state/spikey/builder-form";
import { parseBuilder } from "../state/spikey/builder-parse";
import { SpikeyRunnerService, type SpikeyFrame, type SpikeySessionSpec } from "./spikey-runner";
import { makeSpikeyGame } from "./spikey-game";

/** E1 (or another preset) with short patterns so the tests stay quick. */
function session(preset = "e1-rate-xor", user: Record<string, string> = { processing_time: "40" }, episodeTicks = "6"): SpikeySessionSpec {
  const form = { ...presetForm(preset), user, episodeTicks };
  const p = parseBuilder(form);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.spec;
}

const ticksOf = (f: SpikeyFrame) => Array.from(f.tickState, (s, i) => [s, f.tickAction[i], f.tickReward[i], f.tickRate[i], f.tickWIn[i]]);

describe("SpikeyRunnerService", () => {
  it("runs the job's loop: the same ticks, rewards and weights as the network driven by hand (seed 0)", () => {
    const spec = session();
    const svc = new SpikeyRunnerService(() => 0);
    const info = svc.reset(spec);
    expect([info.nInputs, info.nNeurons, info.nOutputs, info.steps, info.rewardPerStep]).toEqual([60, 61, 1, 40, true]);
    expect(info.inhibitory.reduce((a, b) => a + b, 0)).toBe(32); // input_pct_inhibitory 0.5 of 60 inputs, drawn under seed 0
    const f = svc.advance("tick", 4, 1e9, 1000);
    expect([f.ticks, f.steps, f.episode, f.done]).toEqual([4, 160, 1, 4]);
    const net = new SpikeyNetwork(spec.network);
    const game = makeSpikeyGame(spec.game, spec.network.seed);
    let state = game.reset();
    let spikes = 0;
    net.onStep = (r) => (spikes += r.spikes.reduce((n, x) => n + (x !== 0 ? 1 : 0), 0));
    for (let k = 0; k < 4; k++) {
      const a = net.tick(state);
      const r = net.reward(state, a);
      expect(f.tickReward[k]).toBe(r);
      expect(f.tickRate[k]).toBe(net.outputRate());
      state = game.step(a);
    }
    expect(f.rasterCounts.length).toBe(160);
    expect(f.rasterUnits.length).toBe(spikes);
    expect(f.tickWIn[3] + f.tickWBody[3]).toBeCloseTo(net.weights.w.reduce((s, x) => s + x, 0), 6);
  });

  it("step granularity reveals one step at a time and gives the same ticks as tick granularity", () => {
    const byTick = new SpikeyRunnerService(() => 0);
    byTick.reset(session());
    const a = byTick.advance("tick", 2, 1e9, 100);
    const byStep = new SpikeyRunnerService(() => 0);
    byStep.reset(session());
    const first = byStep.advance("step", 1, 1e9, 100);
    expect([first.steps, first.ticks, first.rasterCounts.length]).toEqual([1, 0, 1]);
    const mid = byStep.advance("step", 38, 1e9, 100);
    expect([mid.steps, mid.ticks]).toEqual([39, 0]);
    const end = byStep.advance("step", 41, 1e9, 100);
    expect([end.steps, end.ticks, end.tickState.length]).toEqual([80, 2, 2]);
    expect(ticksOf(end)).toEqual(ticksOf(a));
    expect(Array.from(end.rasterCounts)).toEqual(Array.from(a.rasterCounts));
  });

  it("an episode is episodeTicks patterns; the next one starts from a reset network", () => {
    const svc = new SpikeyRunnerService(() => 0);
    svc.reset(session());
    const e1 = svc.advance("episode", 1, 1e9, 50);
    expect([e1.ticks, e1.episode, e1.done]).toEqual([6, 1, 1]);
    const t = svc.advance("tick", 1, 1e9, 50);
    expect([t.ticks, t.episode]).toEqual([7, 2]);
  });

  it("a per-tick rewarder's reward fills its tick's steps in the strip (E4, StateSet)", () => {
    const svc = new SpikeyRunnerService(() => 0);
    const info = svc.reset(session("e4-conditioning", { processing_time: "20" }, "10"));
    expect(info.rewardPerStep).toBe(false);
    expect(info.states).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    const f = svc.advance("tick", 3, 1e9, 60);
    for (let k = 0; k < 3; k++) for (let i = 0; i < 20; i++) expect(f.rasterReward[k * 20 + i]).toBe(f.tickReward[k]);
    expect(Array.from(f.tickState).every((s) => s >= 0 && s < 10)).toBe(true);
  });

  it("stops a slice at the time budget and keeps at most `keep` steps", () => {
    let now = 0;
    const svc = new SpikeyRunnerService(() => (now += 10));
    svc.reset(session());
    const f = svc.advance("tick", 1000, 25, 30);
    expect(f.done).toBeLessThan(1000);
    expect(f.rasterCounts.length).toBe(30);
    expect(f.rasterFrom).toBe(f.steps - 30);
  });
});
