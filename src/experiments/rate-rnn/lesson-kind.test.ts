/** The "rnn.lesson" job: bad specs name their key; a tiny seeded run equals evaluateLif on the same trained model; cancel. */
import { describe, expect, it } from "vitest";
import { evaluateLif } from "../../models/lif/evaluate";
import { modelOf } from "../../models/rate-rnn/model-file";
import { DEFAULT_TRAIN, Trainer } from "../../models/rate-rnn/train";
import { runRnnLesson, type RnnLessonSpec } from "./lesson-kind";

const tiny: RnnLessonSpec = { seed: 3, n: 20, sValues: [5, 50], trials: 2, maxTrials: 3 };
const refusal = (spec: unknown) => {
  try {
    runRnnLesson(spec as RnnLessonSpec);
  } catch (e) {
    return (e as Error).message;
  }
  return "accepted";
};

describe("rnn.lesson", () => {
  it("refuses a bad spec with the key named", () => {
    expect(refusal({ ...tiny, n: 5 })).toBe("n: must be an integer in [10, 400], got 5");
    expect(refusal({ ...tiny, seed: -1 })).toBe("seed: must be an integer in [0, 4294967295], got -1");
    expect(refusal({ ...tiny, trials: 0.5 })).toBe("trials: must be an integer in [1, 200], got 0.5");
    expect(refusal({ ...tiny, sValues: [] })).toBe("sValues: must be a list of 1–12 numbers, got []");
    expect(refusal({ ...tiny, sValues: [5, Number.NaN] })).toBe("sValues[1]: must be a finite number > 0, got NaN");
    expect(refusal({ ...tiny, maxTrials: 0 })).toBe("maxTrials: must be an integer in [1, 100000], got 0");
    expect(refusal(null)).toBe("spec: must be an object, got null");
  });

  it("trains, then scores the LIF network exactly as evaluateLif does on the same model", () => {
    const progress: number[] = [];
    const r = runRnnLesson(tiny, { progress: (f) => progress.push(f), cancelled: () => false });
    const t = new Trainer({ ...DEFAULT_TRAIN, maxTrials: 3, task: "go-nogo", seed: 3 }, { n: 20, activation: "sigmoid" });
    while (t.step() === "running");
    const model = modelOf(t);
    expect([r.trained, r.status, r.trials]).toEqual([false, "cap", 3]);
    expect(r.accuracyRate).toBe(t.evals[t.evals.length - 1].accuracy);
    for (const [i, s] of [5, 50].entries()) {
      const e = evaluateLif(model, s, 2, 3);
      expect(r.lif[i]).toEqual({ s, accuracy: e.accuracy, rates_hz: { all: e.rates_hz.all, exc: e.rates_hz.exc, inh: e.rates_hz.inh } });
    }
    const best = r.lif[1].accuracy > r.lif[0].accuracy ? r.lif[1] : r.lif[0];
    expect([r.best_s, r.best_accuracy, r.best_rates_hz]).toEqual([best.s, best.accuracy, best.rates_hz.all]);
    // Progress rises to 1 (training is the first 70 %).
    expect(progress.every((p, k) => k === 0 || p >= progress[k - 1])).toBe(true);
    expect(progress[progress.length - 1]).toBeCloseTo(1, 12);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("stops scoring when cancelled", () => {
    let calls = 0;
    const r = runRnnLesson(tiny, { progress: () => {}, cancelled: () => ++calls > 1 });
    expect(r.lif.length).toBeLessThan(2);
  });
});
