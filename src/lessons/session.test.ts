/** The lesson session over a real store and frames from a real seeded simulation (the worker faked in-process). */
import { describe, expect, it } from "vitest";
import { FrameBus } from "../state/frame-bus";
import { simConfig } from "../state/schema";
import { createLabStore } from "../state/store";
import type { LabController } from "../state/controller";
import { Simulation } from "../worker/simulation";
import { sornOf } from "../worker/sorn/adapter";
import { lessonById } from "./index";
import { readProgress } from "./progress";
import { LessonSession } from "./session";
import { lessonConfig } from "./start";

/** A lab whose Step N runs a Simulation in this thread and publishes its frame. */
function fakeLab(start: Parameters<typeof lessonConfig>[0]) {
  const config = lessonConfig(start);
  const store = createLabStore(config);
  store.setState({ built: config, ready: true });
  const frames = new FrameBus();
  let sim = new Simulation(simConfig(config, null));
  let run = 1;
  const lab = {
    store,
    frames,
    async step(n: number) {
      sim.advance(n);
      store.setState({ t: sim.t });
      frames.publish(sim.takeFrame(run, false, 0, null, 1));
    },
    sim: { snapshot: async () => ({ config: sim.config, state: sornOf(sim.model).state() }) },
    reset(c = store.getState().config) {
      sim = new Simulation(simConfig(c, null));
      run++;
      store.setState({ built: c, t: 0 });
    },
  };
  return lab;
}

function memoryStorage() {
  let text: string | null = null;
  return { read: () => text, write: (t: string) => void (text = t) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("LessonSession", () => {
  it("keeps Next locked until the check is met, then steps on and keeps the progress", async () => {
    const lesson = lessonById("normalisation")!;
    const lab = fakeLab(lesson.start);
    const storage = memoryStorage();
    const s = new LessonSession(lab as unknown as LabController, storage, async () => []);
    s.open(lesson);
    expect(s.view.getState()).toMatchObject({ step: 0, passed: false });
    s.next();
    expect(s.view.getState().step).toBe(0);
    await s.runSteps();
    await settle();
    await settle();
    expect(s.view.getState().result?.conditions.map((c) => c.met)).toEqual([true, true]);
    expect(s.view.getState().passed).toBe(true);
    s.next();
    expect(s.view.getState()).toMatchObject({ step: 1, passed: false });
    expect(readProgress(storage.read())).toEqual({ normalisation: { step: 1, done: false } });
    // A new session resumes where the student left it.
    expect(new LessonSession(lab as unknown as LabController, storage, async () => []).resumeStep(lesson)).toBe(1);
  });

  it("a wrong answer does not unlock Next; the right one does; finishing is kept (rates to spikes, its job faked)", async () => {
    const lesson = lessonById("rates-to-spikes")!;
    const lab = fakeLab(lesson.start);
    const storage = memoryStorage();
    const at = (s: number, accuracy: number) => ({ s, accuracy, rates_hz: { all: 6, exc: 3, inh: 15 } });
    let best = 0.9;
    const s = new LessonSession(lab as unknown as LabController, storage, async (jobs) => {
      expect(jobs).toEqual([{ kind: "rnn.lesson", spec: { seed: 4, n: 200, sValues: [5, 20, 50, 200], trials: 10 } }]);
      return [{ trained: true, accuracyRate: 1, lif: [at(5, 0.4), at(20, 0.5), at(50, best), at(200, 0.5)], best_s: 50, best_accuracy: best, best_rates_hz: 6 }];
    });
    s.open(lesson);
    s.choose(1);
    expect(s.view.getState().passed).toBe(false);
    s.choose(0);
    expect(s.view.getState().passed).toBe(true);
    s.next();
    // Best LIF accuracy 0.9 < 0.95: the spec's success line is not met, Next stays locked.
    await s.startJobs();
    expect(s.view.getState().result?.conditions.map((c) => c.met)).toEqual([true, true, false, true, true, true]);
    expect(s.view.getState().passed).toBe(false);
    best = 1;
    await s.startJobs();
    expect(s.view.getState().passed).toBe(true);
    s.next();
    s.choose(0);
    s.next();
    s.next();
    expect(s.view.getState().finished).toBe(true);
    expect(readProgress(storage.read())["rates-to-spikes"]).toEqual({ step: 3, done: true });
    expect(s.resumeStep(lesson)).toBe(0);
  });

  it("runs a step's jobs and reads their results (a failed run is reported, Next stays locked)", async () => {
    const lesson = lessonById("counting")!;
    const lab = fakeLab(lesson.start);
    const row = (condition: string, perf_last: number) => [{ condition, perf_last, perf_reduced: 8 / 9 }];
    let fail = true;
    const s = new LessonSession(lab as unknown as LabController, memoryStorage(), async (jobs, progress) => {
      progress(0.5);
      if (fail) throw new Error("job 1 (counting.run) failed: boom");
      return jobs.map((j) => row((j.spec as { condition: string }).condition, (j.spec as { condition: string }).condition === "sorn" ? 0.57 : 0));
    });
    s.open(lesson);
    await s.startJobs();
    expect(s.view.getState().jobs.error).toBe("job 1 (counting.run) failed: boom");
    expect(s.view.getState().passed).toBe(false);
    fail = false;
    await s.startJobs();
    expect(s.view.getState().passed).toBe(true);
    s.next();
    // The next step reads the same results (perf_reduced of the static network).
    expect(s.view.getState().result?.conditions[0]).toMatchObject({ value: 8 / 9, met: true });
  });
});
