/**
 * A run's history across a load and a reload: a run file's records, or a kept run's snapshot,
 * preloaded into a fresh Simulation give the same spike and series histories, the same rates and
 * a first frame that carries them; records exported afterwards start before the load point.
 */
import { describe, expect, it } from "vitest";
import { runToJson } from "../models/sorn/io/run-file";
import { runOf } from "../models/sorn/io/run-of";
import { sornFamily } from "../models/sorn/family";
import { DEFAULT_PARAMS } from "../models/sorn/params";
import { RULES, type Rule } from "../models/sorn/rules";
import type { SimConfig } from "./protocol";
import { SimService } from "./service";
import { FRAME_SPIKE_STEPS, Simulation } from "./simulation";
import { forEachPackedStep } from "./spike-pack";
import { buildFigure } from "./sorn/figures";
import { recordsCsv } from "./sorn/records";
import { loadRunFile, saveRunFile } from "./sorn/run-io";
import type { Frame } from "./protocol";
import type { LoopHost } from "./run-loop";

const allOn = Object.fromEntries(RULES.map((r) => [r, true])) as Record<Rule, boolean>;
const config: SimConfig = {
  params: { ...DEFAULT_PARAMS, ne: 40, nu: 4, lambda_ee: 8, lambda_ei: 8 },
  seed: 11,
  rules: allOn,
  phase: "plasticity",
  noise: true,
  input: { kind: "uniform", seed: 5 },
};
const enc = (s: string | Uint8Array) => (typeof s === "string" ? new TextEncoder().encode(s) : s);

/** The spikes of a frame, one list of neuron indices per step. */
function frameSpikes(f: Frame): number[][] {
  const out: number[][] = [];
  forEachPackedStep(f.spikes.packed, (_s, spikes) => out.push(Array.from(spikes)));
  return out;
}

describe("history preload", () => {
  for (const format of ["json", "npz"] as const) {
    it(`a loaded ${format} run file has the saved run's spikes, counts and rates, and its first frame carries them`, () => {
      const a = new Simulation(config);
      a.advance(700);
      const expected = a.takeFrame(1, false, 0, null);
      const { simulation: b, info } = loadRunFile(`run.${format}`, enc(saveRunFile(a, format)), { kind: "none" });
      expect(info.notes).toEqual([]);
      expect(b.digest()).toEqual(a.digest());
      const sa = a.series.latest().series;
      const sb = b.series.latest().series;
      for (const name of ["popE", "popI", "countEE", "countEI"]) expect(Array.from(sb[name])).toEqual(Array.from(sa[name]));
      // The mean threshold per step is not in a run file: known at the last step only (from the state's Te).
      expect(sb.meanTe.slice(0, 699).every(Number.isNaN)).toBe(true);
      expect(sb.meanTe[699]).toBe(sa.meanTe[699]);
      const f = b.takeFrame(2, false, 0, null);
      expect([f.t, f.steps, f.spikes.steps]).toEqual([700, 700, 700]);
      expect(frameSpikes(f)).toEqual(frameSpikes(expected));
      expect(Array.from(f.series.popE)).toEqual(Array.from(expected.series.popE));
      expect(f.rates).toEqual(expected.rates);
      expect(f.status).toEqual(expected.status);
    });
  }

  it("records exported after a load start before the load point and continue as the saved run's own", () => {
    const a = new Simulation(config);
    a.advance(30);
    const { simulation: b } = loadRunFile("run.json", enc(saveRunFile(a, "json")), { kind: "none" });
    a.advance(10);
    b.advance(10);
    const rows = (csv: string) => csv.trim().split("\n").slice(1).map((l) => l.split(","));
    const ra = rows(recordsCsv(a));
    const rb = rows(recordsCsv(b));
    expect(rb.map((r) => Number(r[0]))).toEqual(Array.from({ length: 40 }, (_, k) => k + 1));
    // Every column but the mean threshold (column 5) agrees; that one is "nan" before step 30.
    const without = (r: string[][]) => r.map((x) => x.filter((_, k) => k !== 5));
    expect(without(rb)).toEqual(without(ra));
    expect(rb.slice(0, 29).every((r) => r[5] === "nan")).toBe(true);
    expect(rb.slice(29).map((r) => r[5])).toEqual(ra.slice(29).map((r) => r[5]));
  });

  it("the threshold and connection figures of a loaded run draw the steps they know", () => {
    const a = new Simulation(config);
    a.advance(40);
    const { simulation: b } = loadRunFile("run.json", enc(saveRunFile(a, "json")), { kind: "none" });
    expect(() => buildFigure(b, "connections", { meta: { title: "Connections", config: {}, seed: 11 } })).not.toThrow();
    b.advance(5);
    const svg = buildFigure(b, "thresholds", { meta: { title: "Mean E threshold", config: {}, seed: 11 } });
    expect(svg).toContain("<svg");
    expect(svg).not.toContain("NaN");
  });

  it("a command-line run recorded with TE gives back the mean threshold of every step", () => {
    const records = ["ExcitatoryActivation", "InhibitoryActivation", "TE", "EEConnectionCounts"];
    const net = sornFamily.create({ params: config.params, seed: 4, records });
    const sim = new Simulation({ ...config, seed: 4, input: { kind: "none" } });
    net.step(50);
    sim.advance(50);
    const { simulation: b, info } = loadRunFile("cli.json", enc(runToJson(runOf(net, { kind: "none" }))), { kind: "none" });
    expect(info.notes).toEqual([]);
    const s = b.series.latest().series;
    const own = sim.series.latest().series;
    expect(Array.from(s.meanTe)).toEqual(Array.from(own.meanTe));
    expect(Array.from(s.countEE)).toEqual(Array.from(own.countEE));
    expect(s.countEI.every(Number.isNaN)).toBe(true);
    // A count that is not known at every step is left out of a saved run, never written as 0.
    expect(Object.keys(JSON.parse(saveRunFile(b, "json") as string).records).sort()).toEqual(["EEConnectionCounts", "ExcitatoryActivation", "InhibitoryActivation"]);
  });

  it("a command-line run without spike records loads without history, and says so", () => {
    const net = sornFamily.create({ params: config.params, seed: 4 });
    net.step(20);
    const { simulation, info } = loadRunFile("cli.json", enc(runToJson(runOf(net, { kind: "none" }))), { kind: "none" });
    expect(simulation.spikes.held).toBe(0);
    expect(info.notes).toEqual(["The file holds no spike records (ExcitatoryActivation and InhibitoryActivation); the panels start at the load point."]);
  });

  it("records that do not fit the state are refused, naming the record", () => {
    const a = new Simulation(config);
    a.advance(5);
    const raw = JSON.parse(saveRunFile(a, "json") as string);
    raw.records.InhibitoryActivation = raw.records.InhibitoryActivation.slice(0, 4);
    expect(() => loadRunFile("bad.json", enc(JSON.stringify(raw)), { kind: "none" })).toThrow(/file\.records\.InhibitoryActivation: has shape \(4, 8\); the run needs \(5, 8\)/);
    raw.state.step = 3;
    expect(() => loadRunFile("bad.json", enc(JSON.stringify(raw)), { kind: "none" })).toThrow(/holds 5 steps but the state is at step 3/);
  });

  it("a first frame carries at most FRAME_SPIKE_STEPS of a long history's spikes, and all its series", () => {
    const a = new Simulation(config);
    a.advance(FRAME_SPIKE_STEPS + 300);
    const b = new Simulation(config, a.model.state());
    b.preload(a.history());
    const f = b.takeFrame(1, false, 0, null);
    expect([f.steps, f.spikes.steps]).toEqual([FRAME_SPIKE_STEPS + 300, FRAME_SPIKE_STEPS]);
    expect(b.digest()).toEqual(a.digest());
    expect(b.takeFrame(1, false, 0, null).steps).toBe(0);
  });

  it("a history that does not fit is refused and changes nothing", () => {
    const a = new Simulation(config);
    a.advance(5);
    const h = a.history();
    const fresh = () => new Simulation(config, a.model.state());
    expect(() => fresh().preload({ ...h, steps: 6 })).toThrow("history: it holds 6 steps but the run is at step 5");
    expect(() => fresh().preload({ ...h, spikes: { E: h.spikes.E } })).toThrow("history: no spikes of group 'I'");
    expect(() => fresh().preload({ ...h, series: { popE: [1, 2] } })).toThrow("history: series 'popE' holds 2 values, expected 5");
    expect(() => fresh().preload({ ...h, series: { rate: [1, 2, 3, 4, 5] } })).toThrow(/history: no series 'rate'/);
    const stepped = fresh();
    stepped.advance(1);
    expect(() => stepped.preload(h)).toThrow(/before its first step/);
    const b = fresh();
    expect(() => b.preload({ ...h, steps: 6 })).toThrow();
    expect([b.spikes.held, b.series.held]).toEqual([0, 0]);
  });

  it("a kept run's snapshot restores its whole history, mean threshold included", async () => {
    const host: LoopHost = { now: () => performance.now(), soon: (fn) => void setTimeout(fn, 0), later: (fn, ms) => void setTimeout(fn, ms) };
    const frames: Frame[] = [];
    const one = new SimService(host);
    one.create(config);
    await one.step(120);
    const snap = structuredClone(one.snapshot());
    const two = new SimService(host);
    two.connect((f) => void frames.push(f));
    two.create(snap.config, snap.state, snap.history);
    expect(two.digest()).toEqual(one.digest());
    expect(frames).toHaveLength(1);
    const f = frames[0];
    expect([f.t, f.steps]).toEqual([120, 120]);
    expect(Array.from(f.series.meanTe).every(Number.isFinite)).toBe(true);
    expect(snap.history.steps).toBe(120);
  });
});
