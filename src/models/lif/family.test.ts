import { describe, expect, it } from "vitest";
import { constantInput } from "../inputs";
import { NumpyRandom } from "../rng/numpy-random";
import { modelOf, modelToJson } from "../rate-rnn/model-file";
import { trialSeed } from "../rate-rnn/drive";
import { task } from "../rate-rnn/tasks";
import { DEFAULT_TRAIN, Trainer } from "../rate-rnn/train";
import { lifFamily } from "./family";
import { LIF, lifInput, lifNetworkOfModel, runLifTrial, simulateLif, zigguratFrom } from "./index";
import type { LifModel } from "./model";

const N = 30;
const trained = () => {
  const t = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 4 }, { n: N });
  for (let k = 0; k < 3; k++) t.step();
  return modelOf(t);
};

/** Every step's spiking units (over all units, E and I mapped back) and the series, for `steps` steps. */
function record(m: LifModel, steps: number, input?: Parameters<LifModel["step"]>[1]) {
  const inh = m.rateModel.net.inh;
  const units: number[][] = [], series: number[][] = [];
  const eIdx: number[] = [], iIdx: number[] = [];
  inh.forEach((g, k) => (g ? iIdx : eIdx).push(k));
  m.observe((s) => {
    const on: number[] = [];
    s.spikes[0].forEach((v, j) => v && on.push(eIdx[j]));
    s.spikes[1].forEach((v, j) => v && on.push(iIdx[j]));
    units.push(on.sort((a, b) => a - b));
    series.push(Array.from(s.series));
  });
  m.step(steps, input);
  m.observe(null);
  return { units, series };
}

/** A trial's spikes per step (1-based step → sorted units), from simulate's event lists. */
function perStep(nt: number, step: Int32Array, unit: Int32Array): number[][] {
  const out: number[][] = Array.from({ length: nt }, () => []);
  step.forEach((s, q) => out[s - 1].push(unit[q]));
  return out.map((u) => u.sort((a, b) => a - b));
}

describe("the LIF family (the seam)", () => {
  const model = trained();
  const nt = task("go-nogo").T * LIF.stepsPerRateStep;

  it("plays trials 0 and 1 exactly as runLifTrial: every spike, every output, the rule's verdict", () => {
    const m = lifFamily.create({ state: model, seed: 7, params: { s: 20 } });
    const net = lifNetworkOfModel(model, 20);
    const { units, series } = record(m, 2 * nt);
    expect(units.flat().length).toBeGreaterThan(1000);
    for (const k of [0, 1]) {
      const ref = runLifTrial(net, "go-nogo", 7, k, true);
      expect(units.slice(k * nt, (k + 1) * nt)).toEqual(perStep(nt, ref.trial.spikeStep, ref.trial.spikeUnit));
      expect(series.slice(k * nt, (k + 1) * nt).map((s) => s[0])).toEqual(Array.from(ref.trial.out));
      expect(series[k * nt][2]).toBe(k);
    }
    const verdicts = [0, 1].map((k) => runLifTrial(net, "go-nogo", 7, k).correct);
    expect(series[2 * nt - 1][3]).toBe(verdicts.filter(Boolean).length / 2);
    expect(series[nt - 1][3]).toBe(verdicts[0] ? 1 : 0);
  });

  it("shows the trial's target z at each step's rate step", () => {
    const m = lifFamily.create({ state: modelToJson(model), seed: 2 });
    const { series } = record(m, nt);
    const tr = task("go-nogo").generate(new NumpyRandom(trialSeed(2, 0)));
    for (const i of [1, 100, 101, 10_000, nt]) expect(series[i - 1][1]).toBe(tr.z[Math.min(tr.z.length - 1, Math.floor((i - 1) / 100))]);
  });

  it("continues exactly from a saved state, mid-trial and between trials", () => {
    for (const cut of [1234, nt]) {
      const whole = record(lifFamily.create({ state: model, seed: 3 }), cut + 2000);
      const a = lifFamily.create({ state: model, seed: 3 });
      record(a, cut);
      const b = lifFamily.create({ state: a.state() });
      const rest = record(b, 2000);
      expect(rest.units).toEqual(whole.units.slice(cut));
      expect(rest.series).toEqual(whole.series.slice(cut));
      expect(b.t).toBe(cut + 2000);
    }
  });

  it("drive 'input': one endless trial on the source's columns, as simulateLif on the same columns", () => {
    const u = [0.3];
    const m = lifFamily.create({ state: model, seed: 5, settings: { drive: "input" } });
    const { units, series } = record(m, 3000, constantInput(u));
    const rng = new NumpyRandom(trialSeed(5, 0));
    const noise = zigguratFrom(rng);
    const T = 30;
    const ref = simulateLif(lifNetworkOfModel(model, 25), lifInput(new Float64Array(T).fill(u[0]), 1, T), T + 1, {
      uniformFill: (o, lo, hi) => rng.uniformFill(o, lo, hi), normalFill: (o, loc, sd) => noise.normalFill(o, loc, sd),
    });
    expect(units).toEqual(perStep(3000, ref.spikeStep, ref.spikeUnit));
    expect(series.map((s) => s[0])).toEqual(Array.from(ref.out));
    expect(series.every((s) => s[1] === 0 && s[2] === 0)).toBe(true);
  });

  it("applies s and the noise scale live; a structural change is refused and changes nothing", () => {
    const a = lifFamily.create({ state: model, seed: 1 }).setParams({ s: 40, noise_scale: 0 });
    const b = lifFamily.create({ state: model, seed: 1, params: { s: 40, noise_scale: 0 } });
    expect(record(a, 500)).toEqual(record(b, 500));
    a.setParams({ s: 30 });
    const after = record(a, 500);
    expect(after.series.every((s) => s.every(Number.isFinite))).toBe(true);
    expect(() => a.setParams({ n: 50 })).toThrow(/n.*new model/);
    expect(() => a.setParams({ s: -1 })).toThrow(/s.*≥ 0.01/);
    expect(a.params.s).toBe(30);
  });

  it("without a model: the untrained network of (task, n, activation, seed), and it says so", () => {
    const m = lifFamily.create({ seed: 9, params: { n: 24, task: "xor" } });
    expect([m.params.task, m.params.n, m.inputs]).toEqual(["xor", 24, 2]);
    expect(m.spikeGroups.map((g) => g.size).reduce((a, b) => a + b)).toBe(24);
    expect(m.warnings()[0]).toMatch(/untrained/);
    const fresh = new Trainer({ ...DEFAULT_TRAIN, task: "xor", seed: 9 }, { n: 24 });
    expect(Array.from(m.rateModel.net.w)).toEqual(Array.from(fresh.net.w));
    expect(lifFamily.create({ state: model }).warnings()).toEqual([]);
  });

  it("refuses bad options with one clear message", () => {
    expect(() => lifFamily.create({ state: model, params: { task: "mante" } })).toThrow(/go-nogo network.*task mante does not fit/);
    expect(() => lifFamily.create({ params: { zz: 1 } })).toThrow(/unknown hyperparameter/);
    expect(() => lifFamily.create({ settings: { drive: "nope" } })).toThrow(/drive.*task, input/);
    expect(() => lifFamily.create({ settings: { phase: "x" } })).toThrow(/unknown setting 'phase'/);
    expect(() => lifFamily.create({ off: ["stdp"] })).toThrow(/no plasticity rules/);
    for (const seed of [-1, 1.5, 2 ** 40, NaN, "a" as unknown as number]) expect(() => lifFamily.create({ seed })).toThrow(/seed: must be an integer in \[0, 4294967295\]/);
    expect(() => lifFamily.create({ state: { format: "foreign" } })).toThrow(/rate-RNN model file/);
    expect(() => lifFamily.create({ state: "{not json" })).toThrow(/not a JSON file/);
    const m = lifFamily.create({ state: model });
    expect(() => m.step(1, constantInput([1, 2, 3]))).toThrow(/must have 1 channel \(the go-nogo task's\), got 3/);
    const s = m.step(10).state();
    expect(() => lifFamily.create({ state: { ...s, running: { ...s.running!, stepper: { ...s.running!.stepper, v: new Float64Array(3) } } } })).toThrow(/state.v has 3 values/);
  });
});
