/**
 * The page's rate-RNN training model over the worker facade run in this thread: Train runs to the
 * trial cap in slices and publishes every loss once; Pause stops asking and Resume goes on to the
 * same losses as a run straight through; bad fields are refused by name and keep the session;
 * Save names the file after task, N, seed and trials; the stop message says why.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_TRAIN, Trainer } from "../../models/rate-rnn/train";
import { RateRnnTrainerService } from "../../worker/rate-rnn-trainer";
import { defaultRnnForm, parseRnnForm } from "./form";
import { RnnTrainerModel, type RnnTrainerRemote } from "./trainer";

function setup(onSlice?: (k: number, m: RnnTrainerModel) => void) {
  let t = 0;
  const now = () => (t += 1);
  const svc = new RateRnnTrainerService(now);
  const saved: { name: string; type: string; size: number }[] = [];
  let slices = 0;
  let model: RnnTrainerModel;
  const remote: RnnTrainerRemote = {
    reset: async (spec) => svc.reset(spec),
    train: async (ms) => {
      const s = svc.train(Math.min(ms, 9));
      slices++;
      onSlice?.(slices, model);
      return s;
    },
    modelJson: async () => svc.modelJson(),
    modelNpz: async () => svc.modelNpz(),
  };
  model = new RnnTrainerModel({ start: () => remote, now, save: (data, name, type) => saved.push({ name, type, size: data.length }) });
  return { model, saved, slices: () => slices };
}

const until = async (f: () => boolean) => {
  for (let k = 0; k < 10_000 && !f(); k++) await new Promise((r) => setTimeout(r, 0));
  expect(f()).toBe(true);
};

const straight = (maxTrials: number) => {
  const d = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 1, maxTrials }, { n: 24 });
  while (d.step() === "running");
  return d;
};

describe("RnnTrainerModel", () => {
  it("shows the trainer's warning when a trial diverges (unclipped ReLU, N = 200, the paper's init), and none for the sigmoid", async () => {
    for (const [activation, warned] of [["relu", true], ["sigmoid", false]] as const) {
      const { model } = setup();
      model.edit({ n: "200", seed: "0", maxTrials: "2", activation });
      expect(await model.train()).toBe(true);
      await until(() => model.store.getState().phase === "stopped");
      const w = model.store.getState().warning;
      if (warned) expect(w).toMatch(/^trial 1's loss is 1\.16e\+28: the activity diverged/);
      else expect(w).toBeNull();
    }
  });

  it("trains to the cap: every loss once, the evaluations, the latest trial, the stop message", async () => {
    const { model, slices } = setup();
    model.edit({ n: "24", seed: "1", maxTrials: "60" });
    expect(await model.train()).toBe(true);
    await until(() => model.store.getState().phase === "stopped");
    const s = model.store.getState();
    expect(s.losses).toEqual(straight(60).losses);
    expect(s.evals.map((e) => e.trial)).toEqual([2]);
    expect(s.latest?.output.length).toBe(199);
    expect(s.status).toBe("cap");
    // Bounded frames: one message per slice of 9 trials (this clock), not one per trial.
    expect(slices()).toBe(7);
    expect(s.message).toMatch(/^Stopped at the trial cap \(60 trials, [\d.]+ s\) without meeting the stopping rule\. Last evaluation \(after trial 2\): loss \d+\.\d{3}, accuracy \d\.\d\d\.$/);
  });

  it("pause stops asking, resume goes on: the same losses as a straight run", async () => {
    let paused = false;
    const { model } = setup((k, m) => {
      if (k === 3 && !paused) (paused = true), m.pause();
    });
    model.edit({ n: "24", seed: "1", maxTrials: "50" });
    await model.train();
    await until(() => model.store.getState().message?.startsWith("Paused after") ?? false);
    const at = model.store.getState().trials;
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(50);
    expect(model.store.getState().message).toBe(`Paused after ${model.store.getState().losses.length} trials.`);
    await new Promise((r) => setTimeout(r, 20));
    expect(model.store.getState().trials).toBe(at);
    model.resume();
    await until(() => model.store.getState().phase === "stopped");
    expect(model.store.getState().losses).toEqual(straight(50).losses);
  });

  it("refuses bad fields by name and keeps the session; saves JSON and .npz named after the run", async () => {
    const { model, saved } = setup();
    model.edit({ n: "24", seed: "1", maxTrials: "20" });
    await model.train();
    await until(() => model.store.getState().phase === "stopped");
    model.edit({ n: "1.5", seed: "-1", maxTrials: "0" });
    expect(await model.train()).toBe(false);
    const s = model.store.getState();
    expect(s.errors).toEqual({ n: "n: must be an integer in [2, 4000], got '1.5'", seed: "seed: must be an integer in [0, 4294967295], got '-1'", maxTrials: "max_trials: must be an integer in [1, 100000], got '0'" });
    expect(s.losses.length).toBe(20);
    await model.save("json");
    await model.save("npz");
    expect(saved.map((x) => [x.name, x.type])).toEqual([
      ["rate-rnn-go-nogo-n24-seed1-tr20.json", "application/json"],
      ["rate-rnn-go-nogo-n24-seed1-tr20.npz", "application/octet-stream"],
    ]);
  });

  it("a network the worker refuses (N = 3): its message goes when a field changes, the new field's refusal shows alone", async () => {
    const { model } = setup();
    model.edit({ n: "3", maxTrials: "5" });
    expect(await model.train()).toBe(false);
    expect(model.store.getState().message).toMatch(/^The network could not be made: n: N = 3 is too small/);
    model.edit({ n: "2.5" });
    expect(model.store.getState().message).toBeNull();
    expect(await model.train()).toBe(false);
    expect(model.store.getState()).toMatchObject({ message: null, errors: { n: "n: must be an integer in [2, 4000], got '2.5'" } });
    // A message that is not a refusal (the run's own) stays while fields change.
    model.edit({ n: "24", seed: "1", maxTrials: "5" });
    await model.train();
    await until(() => model.store.getState().phase === "stopped");
    const stopped = model.store.getState().message;
    model.edit({ n: "30" });
    expect(model.store.getState().message).toBe(stopped);
  });

  it("the form's defaults are the paper's; the balanced init is only a choice", () => {
    const p = parseRnnForm(defaultRnnForm());
    expect(p).toEqual({ ok: true, spec: { task: "go-nogo", n: 200, activation: "sigmoid", init: "paper", seed: 0, maxTrials: 6000 } });
    expect(parseRnnForm({ ...defaultRnnForm(), init: "balanced" })).toMatchObject({ ok: true, spec: { init: "balanced" } });
    expect(parseRnnForm({ ...defaultRnnForm(), n: "1001" })).toEqual({ ok: false, errors: { n: "n: the page takes N ≤ 1000 (W_eff's spectrum and the model file grow as N²; `sorn rnn train` takes up to 4000), got 1001" } });
  });
});
