import { describe, expect, it } from "vitest";
import { constantInput } from "../inputs";
import { NumpyRandom } from "../rng/numpy-random";
import { trialSeed } from "./drive";
import { rateRnnFamily } from "./family";
import { forward } from "./forward";
import { modelOf, modelToJson } from "./model-file";
import type { RateRnnModel } from "./rate-model";
import { task } from "./tasks";
import { DEFAULT_TRAIN, Trainer } from "./train";

const trained = (id: "go-nogo" | "mante" = "go-nogo") => {
  const t = new Trainer({ ...DEFAULT_TRAIN, task: id, seed: 6 }, { n: 40 });
  for (let k = 0; k < 5; k++) t.step();
  return modelOf(t);
};

function record(m: RateRnnModel, steps: number, input?: Parameters<RateRnnModel["step"]>[1]): number[][] {
  const out: number[][] = [];
  m.observe((s) => out.push(Array.from(s.series)));
  m.step(steps, input);
  m.observe(null);
  return out;
}

describe("the rate-RNN family (the seam)", () => {
  const model = trained();
  const T = task("go-nogo").T;

  it("plays trials 0–2 exactly as forward() on the same draws; scores each with the task's rule", () => {
    const m = rateRnnFamily.create({ state: model, seed: 11 });
    const series = record(m, 3 * T);
    let correct = 0;
    for (let k = 0; k < 3; k++) {
      const rng = new NumpyRandom(trialSeed(11, k));
      const tr = task("go-nogo").generate(rng);
      const o = forward(model.net, tr.u, T, rng).o;
      const rows = series.slice(k * T, (k + 1) * T);
      expect(rows.slice(1).map((s) => s[0])).toEqual(Array.from(o));
      expect(rows.slice(1).map((s) => s[1])).toEqual(Array.from(tr.z.subarray(0, T - 1)));
      expect(rows.every((s) => s[2] === k)).toBe(true);
      if (task("go-nogo").correct(o, tr.label)) correct++;
      expect(rows[T - 1][3]).toBe(correct / (k + 1));
    }
    expect(series.some((s) => s[4] > 0 && s[5] > 0)).toBe(true);
    expect(m.spikeGroups).toEqual([]);
  });

  it("continues exactly from a saved state (mid-trial and between trials), also in input mode", () => {
    for (const [cut, drive] of [[77, "task"], [T, "task"], [150, "input"]] as const) {
      const src = drive === "input" ? constantInput([0.5]) : undefined;
      const whole = record(rateRnnFamily.create({ state: model, seed: 2, settings: { drive } }), cut + 300, src);
      const a = rateRnnFamily.create({ state: modelToJson(model), seed: 2, settings: { drive } });
      record(a, cut, src);
      const b = rateRnnFamily.create({ state: structuredClone(a.state()) });
      expect(record(b, 300, src)).toEqual(whole.slice(cut));
    }
  });

  it("drive 'input': step t ≥ 1 reads u(t − 1); noise_scale 0 makes it deterministic and live", () => {
    const m = rateRnnFamily.create({ state: model, seed: 1, settings: { drive: "input" }, params: { noise_scale: 0 } });
    const a = record(m, 50, constantInput([1]));
    const b = record(rateRnnFamily.create({ state: model, seed: 99, settings: { drive: "input" }, params: { noise_scale: 0 } }), 50, constantInput([1]));
    expect(a).toEqual(b);
    const zero = record(rateRnnFamily.create({ state: model, settings: { drive: "input" }, params: { noise_scale: 0 } }), 50);
    expect(zero.map((s) => s[0])).not.toEqual(a.map((s) => s[0]));
    m.setParams({ noise_scale: 2 });
    expect(m.params.noise_scale).toBe(2);
    expect(() => m.setParams({ activation: "softplus" })).toThrow(/activation.*new model/);
  });

  it("refuses bad options with one clear message", () => {
    expect(() => rateRnnFamily.create({ state: model, params: { n: 41 } })).toThrow(/N = 40 .*n 41 does not fit/);
    expect(() => rateRnnFamily.create({ params: { activation: "tanh" } })).toThrow(/activation: must be one of/);
    expect(() => rateRnnFamily.create({ params: { n: 3 } })).toThrow(/too small for the masks/);
    expect(() => rateRnnFamily.create({ records: ["WEE"] })).toThrow(/keeps no records/);
    for (const seed of [-1, 1.5, 2 ** 40, NaN]) expect(() => rateRnnFamily.create({ seed })).toThrow(/seed: must be an integer in \[0, 4294967295\]/);
    const m = rateRnnFamily.create({ state: trained("mante") });
    expect(() => m.step(1, constantInput([1]))).toThrow(/4 channels \(the mante task's\), got 1/);
    expect(() => m.rule("stdp")).toThrow(/no plasticity rules/);
    const s = m.step(3).state();
    expect(() => rateRnnFamily.create({ state: { ...s, running: { ...s.running!, x: new Float64Array(2) } } })).toThrow(/state.running.x/);
    expect(() => rateRnnFamily.create({ state: { ...s, t: -1 } })).toThrow(/state.t: must be a whole number/);
    expect(() => rateRnnFamily.create({ state: { ...s, score: { trial: 1, finished: 2, correct: 0 } } })).toThrow(/state.score: .*correct ≤ finished ≤ trial/);
    expect(() => rateRnnFamily.create({ state: { ...s, running: { ...s.running!, rng: { mt: { key: [1], pos: 0 } } } } })).toThrow(/state.running.rng/);
  });
});
