/**
 * The page's conversion model on the committed Go-NoGo fixture (N = 60), with the pool in this
 * thread and the LIF worker's service in-process: a bad or foreign file is refused with its
 * message and changes nothing; the grid search gives, for every s, exactly `evaluateLif`'s
 * accuracy on the same seeded trials, s* is the first maximum; the closer look at s* has the
 * same per-unit rates as `evaluateLif` over its trials; bad grid fields are refused by name.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateLif } from "../../models/lif/evaluate";
import { modelFromJson } from "../../models/rate-rnn/model-file";
import { runJobs } from "../../pool/node";
import type { LifRunner } from "../../experiments/rate-rnn/convert";
import { RateRnnLifService } from "../../worker/rate-rnn-lif";
import { RnnConvertModel } from "./convert";

const FIXTURE = "test/fixtures/rate-rnn/gonogo-n60-seed0.json";
const text = readFileSync(FIXTURE, "utf8");

function setup(trained: string | null = null) {
  const lif = new RateRnnLifService();
  return new RnnConvertModel({
    runner: async () => runJobs as unknown as LifRunner,
    lif: () => ({ detail: async (t, s, k, seed) => lif.detail(t, s, k, seed) }),
    trainedModel: async () => trained,
    now: () => 0,
    workers: 0,
  });
}

describe("RnnConvertModel", () => {
  it("refuses a foreign or broken file with its message and keeps what it had", () => {
    const m = setup();
    expect(m.load(JSON.stringify({ format: "sorn-lab/run" }), "run.json")).toBe(false);
    expect(m.store.getState().loadError).toBe('run.json: not a rate-RNN model file (expected "format": "sorn-lab/rate-rnn", got "sorn-lab/run"). Nothing was changed.');
    expect(m.store.getState().file).toBeNull();
    expect(m.load(text, "good.json")).toBe(true);
    expect(m.load("{ not json", "broken.json")).toBe(false);
    expect(m.store.getState().loadError).toMatch(/^broken\.json: not a JSON file \(/);
    expect(m.store.getState().file?.name).toBe("good.json");
    expect(m.store.getState().source).toBe("file");
  });

  it("without a model it says so; bad grid fields are refused by name", async () => {
    const m = setup();
    await m.convert();
    expect(m.store.getState().message).toBe("Train a network or load a model file first.");
    m.edit({ grid: "20:0:75", trials: "0" });
    await m.convert();
    expect(m.store.getState().errors).toEqual({ grid: "grid: step must be > 0, got 0 in '20:0:75'", trials: "trials: must be an integer in [1, 1000] (20–30 by default, paper: 100), got '0'" });
    expect(m.store.getState().phase).toBe("idle");
  });

  it("converts the fixture on a short grid: evaluateLif's accuracy at every s, the first maximum, the closer look at s*", async () => {
    const m = setup();
    m.load(text, "gonogo.json");
    m.edit({ grid: "10:10:30", trials: "4", seed: "0" });
    await m.convert();
    const s = m.store.getState();
    expect(s.phase).toBe("done");
    const r = s.result!;
    const model = modelFromJson(text);
    for (const [i, sv] of r.s.entries()) expect(r.accuracy[i]).toBe(evaluateLif(model, sv, 4, 0).accuracy);
    const first = r.accuracy.indexOf(Math.max(...r.accuracy));
    expect(r.best_s).toBe(r.s[first]);
    expect(s.partial.map((e) => e.s)).toEqual(r.s);
    await new Promise<void>((done) => {
      const stop = m.store.subscribe((x) => x.detailPhase === "done" && (stop(), done()));
      if (m.store.getState().detailPhase === "done") (stop(), done());
    });
    const d = m.store.getState().detail!;
    expect(d.s).toBe(r.best_s);
    expect(d.trials).toBe(4);
    expect(d.groups.reduce((a, g) => a + g.trials, 0)).toBe(4);
    expect(d.correct).toBe(r.correct[first]);
    expect(Array.from(d.lifHz)).toEqual(evaluateLif(model, r.best_s, 4, 0).rates_hz.per_unit.map((x) => x));
    expect(d.spikeStep.length).toBeGreaterThan(0);
    expect(d.groups[0].mean.length).toBe(200);
  });

  it("Cancel stops the search: phase cancelled, the finished values counted, no result", async () => {
    const m = setup();
    m.load(text, "gonogo.json");
    m.edit({ grid: "10:10:30", trials: "2" });
    const run = m.convert();
    await new Promise<void>((done) => {
      const stop = m.store.subscribe((x) => x.partial.length >= 1 && (stop(), done()));
    });
    m.cancel();
    await run;
    const s = m.store.getState();
    expect(s.phase).toBe("cancelled");
    expect(s.result).toBeNull();
    expect(s.message).toBe(s.partial.length === 1 ? "Cancelled after 1 value of s." : `Cancelled after ${s.partial.length} values of s.`);
    expect(s.partial.length).toBeLessThan(3);
  });
});
