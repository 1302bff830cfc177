/** Lessons: the schema's validation, the quantities and checks on real seeded runs, the listing. */
import { describe, expect, it } from "vitest";
import { simConfig, type LabConfig } from "../state/schema";
import { Simulation } from "../worker/simulation";
import { sornOf } from "../worker/sorn/adapter";
import { evaluateCheck } from "./checks";
import { LESSONS, lessonById, lessonListing } from "./index";
import { LessonProbe } from "./probe";
import type { LessonContext } from "./quantities";
import { lessonConfig } from "./start";
import { stdpPairChange } from "./stdp-pair";
import type { Lesson, LessonCheck } from "./types";
import { parseLesson, parseLessonFile } from "./validate";
import { weightReadings } from "./weights";

const minimal = (over: Record<string, unknown> = {}) => ({ id: "demo", title: "Demo", level: "intro", summary: "A demo.", start: {}, steps: [{ text: "Run.", run: 10 }], ...over });
const step = (s: Record<string, unknown>) => minimal({ steps: [s] });
const refusal = (value: unknown): string => {
  try {
    parseLesson(value);
  } catch (e) {
    return (e as Error).message;
  }
  return "accepted";
};

describe("lesson files", () => {
  it("every built-in lesson passes its own schema and round-trips through JSON", () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(9);
    for (const l of LESSONS) expect(parseLesson(JSON.parse(JSON.stringify(l)))).toEqual(l);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });

  it("names the bad field of a malformed lesson", () => {
    expect(refusal(minimal({ id: "Bad Id" }))).toBe("lesson.id: 'Bad Id' must be 1–48 lower-case letters, digits or '-', starting with a letter or digit");
    expect(refusal(minimal({ level: "expert" }))).toBe("lesson.level: unknown level 'expert' (levels: intro, intermediate, advanced)");
    expect(refusal(minimal({ steps: [] }))).toBe("lesson.steps: needs at least 1 entry");
    expect(refusal(minimal({ steps: [{ run: 5 }] }))).toBe("lesson.steps[0].text: must be a non-empty string, got undefined");
    expect(refusal(step({ text: "x", wait: 3 }))).toBe("lesson.steps[0].wait: not a field here (fields: text, maths, highlight, run, jobs, check, question)");
    expect(refusal(step({ text: "x", run: 0 }))).toBe("lesson.steps[0].run: must be a whole number from 1 to 1,000,000, got 0");
    expect(refusal(step({ text: "x", check: { quantity: "rate.X", atLeast: 1 } }))).toMatch(/^lesson\.steps\[0\]\.check\.quantity: unknown quantity 'rate\.X' \(quantities: t, steps, /);
    expect(refusal(step({ text: "x", check: { quantity: "rule.stdp", equals: 1 } }))).toBe("lesson.steps[0].check.equals: 'rule.stdp' is a boolean, got 1");
    expect(refusal(step({ text: "x", check: { quantity: "t", atLeast: 1, equals: 2 } }))).toBe("lesson.steps[0].check: needs exactly one comparison: equals, atLeast/atMost, or near with tol");
    expect(refusal(step({ text: "x", check: { quantity: "t", near: 5 } }))).toBe("lesson.steps[0].check.tol: must be a finite number ≥ 0, got undefined");
    expect(refusal(step({ text: "x", check: { quantity: "t", atLeast: 1, overSteps: 10 } }))).toMatch(/^lesson\.steps\[0\]\.check\.overSteps: 't' is not a per-step quantity/);
    expect(refusal(step({ text: "x", check: { all: [{ quantity: "job.0.dead", atLeast: 1 }] } }))).toBe("lesson.steps[0].check.all[0].quantity: 'job.0.dead' reads job 0, but this step and the ones before it run 0 job(s)");
    expect(refusal(step({ text: "x", jobs: [{ label: "go", kind: "rm -rf", spec: {} }] }))).toBe("lesson.steps[0].jobs[0].kind: unknown job kind 'rm -rf' (kinds: perturbation.run, counting.run, lognormal.run, rnn.lesson)");
    expect(refusal(step({ text: "x", question: { prompt: "?", choices: ["a", "b"], answer: 2, explain: "." } }))).toBe("lesson.steps[0].question.answer: must be a whole number from 0 to 1, got 2");
  });

  it("reads the starting configuration through the lab's codec", () => {
    expect(refusal(minimal({ start: { preset: "nope" } }))).toBe("lesson.start.preset: unknown preset 'nope' (presets: defaults, lazar2009, zheng2013)");
    expect(refusal(minimal({ start: { params: { eta_stdp: 5 } } }))).toBe("lesson.start: eta_stdp: must be ≤ 1, got 5");
    expect(refusal(minimal({ start: { off: ["foo"] } }))).toBe("lesson.start: off: unknown rule 'foo' (rules: stdp, ip, sp, istdp, ss)");
    expect(refusal(minimal({ start: { hide: ["everything"] } }))).toBe("lesson.start.hide: unknown control 'everything' (hide: rules, phase, noise, seed, input, params, speed, files, panels or a parameter name)");
    const c = lessonConfig({ preset: "zheng2013", params: { ne: 100 }, off: ["sp"], hide: ["files", "h_ip"] });
    expect([c.params.ne, c.params.nu, c.params.h_ip, c.rules.sp, c.rules.ip, c.hide]).toEqual([100, 0, 0.1, false, true, ["files", "h_ip"]]);
  });

  it("reads a file of one or several lessons, and refuses bad JSON and repeated ids", () => {
    expect(parseLessonFile(JSON.stringify(minimal())).map((l) => l.id)).toEqual(["demo"]);
    expect(parseLessonFile(JSON.stringify([minimal(), minimal({ id: "two" })])).map((l) => l.id)).toEqual(["demo", "two"]);
    expect(() => parseLessonFile("{ nope", "my.json")).toThrow(/^my\.json: is not JSON \(/);
    expect(() => parseLessonFile(JSON.stringify([minimal(), minimal()]), "my.json")).toThrow("my.json: two lessons have the id 'demo'");
    expect(() => parseLessonFile(JSON.stringify([minimal(), { id: "x" }]), "my.json")).toThrow("my.json[1].level: must be a non-empty string, got undefined");
  });

  it("lists {id, title, level, steps}", () => {
    const list = lessonListing();
    expect(list[0]).toEqual({ id: "stdp", title: "STDP: the order of two spikes", level: "intro", steps: 5 });
    expect(lessonById("counting")?.steps.length).toBe(2);
    expect(lessonById("nope")).toBeUndefined();
  });
});

describe("quantities and checks", () => {
  it("the STDP kernel from the engine's rule: +η causal, −η anti-causal, 0 when off", () => {
    expect(stdpPairChange("causal", 0.01)).toBe(0.5 + 0.01 - 0.5);
    expect(stdpPairChange("anticausal", 0.01)).toBe(0.5 - 0.01 - 0.5);
    expect(stdpPairChange("causal", 0.01, false)).toBe(0);
  });

  /** A seeded run of a lesson's start with a probe fed its frames, as the page does. */
  function session(lesson: Lesson, edit: (c: LabConfig) => LabConfig = (c) => c) {
    const config = edit(lessonConfig(lesson.start));
    const sim = new Simulation(simConfig(config, null));
    const probe = new LessonProbe(0);
    const ctx = (): LessonContext => ({ config, built: config, t: sim.t, comparing: false, probe });
    return {
      sim,
      probe,
      run(n: number) {
        sim.advance(n);
        probe.takeFrame(sim.takeFrame(1, false, 0, null, 1));
        probe.takeWeights(weightReadings(sornOf(sim.model).state().Wee.data, config.params.ne));
      },
      check: (c: LessonCheck) => evaluateCheck(c, ctx()),
    };
  }

  it("IP: seed 42, N_E 100, the mean E rate of steps 1,001–3,000 is 39,966 / 200,000, within 0.01 of h_ip = 0.2", () => {
    const ip = lessonById("intrinsic-plasticity")!;
    const s = session(ip);
    s.run(1000);
    const early = s.check(ip.steps[0].check!);
    expect(early.met).toBe(false);
    expect(early.conditions[0].waiting).toBe("needs 2,000 steps, seen 1,000");
    s.run(2000);
    const r = s.check(ip.steps[0].check!);
    expect(r.met).toBe(true);
    expect((r.conditions[0].value as number) * 200_000).toBeCloseTo(39_966, 8);
    expect(r.conditions[0].label).toBe("rate.E (mean of 2,000 steps) within 0.01 of param.h_ip (0.2)");
    // Each neuron near h_ip: the spread of the 1,000-step rates.
    expect(s.check(ip.steps[1].check!).met).toBe(true);
  });

  it("IP: a wrong action (h_ip set to 0.1 without a Reset) does not meet the step", () => {
    const ip = lessonById("intrinsic-plasticity")!;
    const s = session(ip);
    s.run(3000);
    const config = { ...lessonConfig(ip.start) };
    config.params = { ...config.params, h_ip: 0.1 };
    const r = evaluateCheck(ip.steps[2].check!, { config, built: config, t: s.sim.t, comparing: false, probe: s.probe });
    expect(r.met).toBe(false);
  });

  it("normalisation: column sums within 1e-12 of 1 with SS on; off by ≥ 0.5 after 1,000 steps with SS off", () => {
    const sn = lessonById("normalisation")!;
    const on = session(sn);
    on.run(500);
    expect(on.check(sn.steps[0].check!).met).toBe(true);
    const off = session(sn, (c) => ({ ...c, rules: { ...c.rules, ss: false } }));
    off.run(1000);
    const r = off.check(sn.steps[1].check!);
    expect(r.met).toBe(true);
    expect(r.conditions[2].value as number).toBeGreaterThan(0.5);
    expect(off.check(sn.steps[2].check!).met).toBe(true);
  });

  it("structural plasticity: seed 42, 2,000 steps: 57.8 % of the synapses lost, 5.9 % new", () => {
    const sp = lessonById("structural-plasticity")!;
    const s = session(sp);
    s.probe.takeWeights(weightReadings(sornOf(s.sim.model).state().Wee.data, 100));
    s.run(2000);
    const r = s.check(sp.steps[0].check!);
    expect(r.conditions.map((c) => c.value)).toEqual([2000, 1120 / 1938, 51 / 869]);
    expect(r.met).toBe(true);
    // 1,938 synapses at step 0, 869 at step 2,000.
    expect([s.probe.weightsFirst!.synapses, s.probe.weightsNow!.synapses]).toEqual([1938, 869]);
    expect(r.conditions[1].value).toBe(1120 / 1938);
    expect(r.conditions[2].value).toBe(51 / 869);
  });

  it("Florian 2007 Fig. 1 by the Spikey models' rules: the spec's w(200) and peak; MSTDPET ends above MSTDP", () => {
    const probe = new LessonProbe(0);
    const config = lessonConfig({});
    const ctx = { config, built: config, t: 0, comparing: false, probe };
    const r = evaluateCheck(lessonById("reward-stdp")!.steps[1].check!, ctx);
    expect(r.met).toBe(true);
    expect(r.conditions.map((c) => c.value)).toEqual([Math.fround(0.32160574197769165), Math.fround(0.419596403837204), 140]);
    expect(evaluateCheck(lessonById("reward-stdp")!.steps[2].check!, ctx).conditions[0].label).toBe("fig1.mstdpet.final ≥ fig1.mstdp.final (0.2106)");
  });

  it("a quantity with nothing to read is not met (no NaN)", () => {
    const probe = new LessonProbe(0);
    const config = lessonConfig({});
    const r = evaluateCheck({ all: [{ quantity: "weights.skew", atLeast: 2 }, { quantity: "job.0.dead", atLeast: 0.95 }] }, { config, built: config, t: 0, comparing: false, probe });
    expect(r.met).toBe(false);
    expect(r.conditions.map((c) => [c.value, c.waiting])).toEqual([
      [null, "nothing to read yet"],
      [null, "nothing to read yet"],
    ]);
  });
});
