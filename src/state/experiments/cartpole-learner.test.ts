/**
 * The page's cart-pole learner model on the real worker service in this thread, with a fake
 * clock: training N episodes gives runCartPole's scores and evaluations, Cancel keeps what was
 * trained, play shows one frame per step at 1× from batched requests (bounded: never one
 * message per step), max keeps the last 200 steps of the raster, and the docs overflow (B3) is a
 * message, not a throw. Also the form's refusals and the policy list's learner entry.
 */
import { describe, expect, it } from "vitest";
import { runCartPole } from "../../experiments/cartpole/run";
import { CartPoleLearnerService } from "../../worker/cartpole-learner";
import { parseLearnerForm, defaultLearnerForm, DOCS_BUGS } from "./cartpole-learner-form";
import { CartPoleLearnerModel, type LearnerRemote } from "./cartpole-learner";
import { RASTER_STEPS } from "./cartpole-learner-playback";
import { LEARNER_CHOICE, POLICY_CHOICES } from "./cartpole-policies";

function setup(options: { slowTrain?: boolean } = {}) {
  let now = 0;
  // The worker's clock moves 0.5 ms per read, so a time slice ends.
  const service = new CartPoleLearnerService(() => (now += 0.5));
  let calls = { play: 0, train: 0 };
  const remote: LearnerRemote = {
    reset: async (spec) => service.reset(spec),
    train: async (episodes, budget) => {
      calls.train++;
      if (options.slowTrain) await new Promise((r) => setTimeout(r, 1));
      return service.train(episodes, options.slowTrain ? 0 : budget);
    },
    play: async (steps, budget, keep) => {
      calls.play++;
      return service.play(steps, budget, keep);
    },
  };
  const model = new CartPoleLearnerModel({ start: () => remote, now: () => now });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { model, calls, flush, advance: (ms: number) => (now += ms), get now() { return now; } };
}

describe("CartPoleLearnerModel", () => {
  it("trains N episodes headless: runCartPole's scores and evaluations", async () => {
    const { model } = setup();
    model.edit({ episodes: "12", seed: "2" }, false);
    await model.train();
    const s = model.store.getState();
    const ref = runCartPole({ mode: "corrected", variant: "plastic", env: "v1", seed: 2, episodes: 12, encoding: "raw" });
    expect(s.scores).toEqual(ref.scores);
    expect(s.evaluations).toEqual(ref.evaluations);
    expect(s.phase).toBe("idle");
    expect(s.message).toMatch(/^Trained 12 episodes in/);
  });

  it("Cancel stops a training run after its slice and keeps what was trained", async () => {
    const { model } = setup({ slowTrain: true });
    model.edit({ episodes: "50" }, false);
    const run = model.train();
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 1));
    model.cancel();
    await run;
    const s = model.store.getState();
    expect(s.scores.length).toBeGreaterThan(0);
    expect(s.scores.length).toBeLessThan(50);
    expect(s.message).toMatch(new RegExp(`^Cancelled after ${s.scores.length} of 50 episodes`));
  });

  it("plays one frame per environment step at 1× from batched requests", async () => {
    const t = setup();
    await t.model.newSession();
    await t.model.play();
    let shown = 0;
    for (let f = 0; f < 120; f++) {
      shown += t.model.tick(t.advance(1000 / 60));
      await t.flush();
    }
    // 2 s at 50 steps/s, less the first request's wait; each step shown once, in order.
    expect(shown).toBeGreaterThan(90);
    expect(shown).toBeLessThanOrEqual(100);
    expect(t.calls.play).toBeLessThan(shown / 5);
    const live = t.model.playback.shown!;
    expect(live.p0 + live.p1).toBeCloseTo(1, 12);
    expect(t.model.playback.rasterColumns).toBe(shown);
    expect(t.model.state[2]).not.toBe(0);
  });

  it("at max shows the newest step of each time slice and keeps the last 200 raster columns", async () => {
    const t = setup();
    t.model.setSpeed("max");
    await t.model.newSession();
    await t.model.play();
    for (let f = 0; f < 20; f++) {
      t.model.tick(t.advance(40));
      await t.flush();
    }
    expect(t.model.playback.rasterColumns).toBe(RASTER_STEPS);
    expect(t.calls.play).toBeLessThanOrEqual(20);
    t.model.pause();
    expect(t.model.store.getState().phase).toBe("idle");
  });

  it("docs mode with a large w scale reports the softmax overflow (B3) and can start over", async () => {
    const { model } = setup();
    model.edit({ mode: "docs", wScale: "1000", episodes: "5" }, false);
    expect(model.store.getState().form.env).toBe("v0");
    await model.train();
    const s = model.store.getState();
    expect(s.aborted).toMatch(/softmax overflow \(docs bug B3\)/);
    expect(s.phase).toBe("idle");
    model.edit({ wScale: "1" }, false);
    expect(await model.newSession()).toBe(true);
    await model.train(3);
    expect(model.store.getState()).toMatchObject({ aborted: null, scores: expect.any(Array) });
    expect(model.store.getState().scores).toHaveLength(3);
  });

  it("refuses bad fields at the field and keeps the session", async () => {
    const { model } = setup();
    await model.newSession();
    const info = model.store.getState().info;
    model.edit({ mode: "docs", seed: "-1", episodes: "0", wScale: "x" });
    await new Promise((r) => setTimeout(r, 0));
    const s = model.store.getState();
    expect(Object.keys(s.errors).sort()).toEqual(["episodes", "seed", "wScale"]);
    expect(s.info).toBe(info);
  });
});

describe("the learner's settings and the policy list", () => {
  it("parses the form into a run spec", () => {
    expect(parseLearnerForm({ ...defaultLearnerForm(), mode: "docs", env: "v0", encoding: "population", bins: "4", wScale: "2" })).toEqual({
      ok: true,
      spec: { mode: "docs", variant: "plastic", env: "v0", seed: 0, episodes: 300, encoding: "population", bins: 4, wScale: 2 },
    });
    expect(parseLearnerForm({ ...defaultLearnerForm(), encoding: "population", bins: "20" })).toMatchObject({ ok: false, errors: { bins: expect.stringMatching(/\[2, 12\]/) } });
    expect(parseLearnerForm({ ...defaultLearnerForm(), pretrain: "5000" })).toMatchObject({ ok: true, spec: { pretrainSteps: 5000 } });
    expect(parseLearnerForm({ ...defaultLearnerForm(), pretrain: "-3" })).toMatchObject({ ok: false, errors: { pretrain: expect.stringMatching(/pre-train steps.*\[0, 2000000\]/) } });
    expect(parseLearnerForm({ ...defaultLearnerForm(), variant: "frozen", pretrain: "x" })).toMatchObject({ ok: true, spec: { variant: "frozen" } }); // not the frozen control's
    expect(DOCS_BUGS.map((b) => b.id)).toEqual(["B1", "B2", "B3", "B4", "B6", "B7", "B8"]);
  });

  it("lists the learner as a real policy entry after random and PD", () => {
    expect(POLICY_CHOICES.map((p) => p.id)).toEqual(["random", "pd", "learner"]);
    expect(LEARNER_CHOICE.label).toMatch(/REINFORCE/);
  });
});
