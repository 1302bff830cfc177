/** The look at the test stretch: the picks a run offers, the job it runs, show / cancel / failure, the summary; and that a finished sweep resets it. */
import { describe, expect, it } from "vitest";
import type { Job } from "../../pool/registry";
import { runJobs } from "../../pool/node";
import type { CountingSweep } from "../../experiments/counting/sweep";
import { CountingRunModel } from "./counting-run";
import { CountingTraceModel, TRACE_STEPS, defaultPick, traceChoices, traceSpec, traceSummary } from "./counting-trace";
import type { PoolRunBackend, PoolRunner } from "./pool-run";

const sweep: CountingSweep = { n: [4, 8], conditions: ["static", "sorn"], readouts: ["X", "R"], seeds: 3, stepsPlastic: 1000, stepsTrain: 300, stepsTest: 100, ridge: 0 };

const backend = (runner: PoolRunner): PoolRunBackend => ({ runner: async () => runner, save: () => {}, now: () => 0 });
/** The real job, in this thread. */
const inline: PoolRunner = (jobs, options) => runJobs(jobs as Job[], { ...options, workers: 0 });

describe("counting trace model", () => {
  it("offers the run's cells and picks the first n, sorn, seed 0, readout X", () => {
    expect(traceChoices(sweep)).toEqual({ n: [4, 8], conditions: ["static", "sorn"], seeds: [0, 1, 2], readouts: ["X", "R"] });
    expect(defaultPick(sweep)).toEqual({ n: 4, condition: "sorn", seed: 0, readout: "X" });
    expect(defaultPick({ ...sweep, conditions: ["ip"], readouts: ["R"] })).toEqual({ n: 4, condition: "ip", seed: 0, readout: "R" });
    expect(traceSpec(sweep, { n: 8, condition: "static", seed: 2, readout: "R" })).toEqual({ n: 8, condition: "static", seed: 2, readouts: ["X", "R"], stepsPlastic: 1000, stepsTrain: 300, stepsTest: 100, ridge: 0, traceSteps: 100 });
    expect(traceSpec({ ...sweep, stepsTest: 1000 }, defaultPick(sweep)).traceSteps).toBe(TRACE_STEPS);
  });

  it("runs the picked cell's trace job with progress; the readout switches without a new job", async () => {
    let jobs = 0;
    const fractions: number[] = [];
    const m = new CountingTraceModel(backend((j, o) => ((jobs += j.length), inline(j, { ...o, onProgress: (p) => (fractions.push(p.fraction), o.onProgress?.(p)) }))));
    await m.show(); // before a run: nothing
    expect(jobs).toBe(0);
    m.reset(sweep);
    m.choose({ seed: 1 });
    await m.show();
    const s = m.store.getState();
    expect(s.phase).toBe("done");
    expect(s.message).toBe("Traced n = 4, sorn, seed 1 in 0.0 s: the first 100 of 100 test steps.");
    expect(s.shown!.pick).toEqual({ n: 4, condition: "sorn", seed: 1 });
    expect(s.shown!.trace.letters).toBeInstanceOf(Uint8Array);
    expect(s.shown!.rows.map((r) => r.readout)).toEqual(["X", "R"]);
    expect(fractions.at(-1)).toBe(1);
    m.choose({ readout: "R" });
    expect(m.store.getState().shown).toBe(s.shown);
    expect(jobs).toBe(1);
    expect(traceSummary(s.shown!, "R")).toMatch(/^Readout R in these \d+ steps: \d+ of \d+ letters right, \d+ of \d+ word ends \(C, F\)\. On the whole test stretch \(100 steps\): perf_all 0\.\d{3}, perf_reduced /);
    expect(traceSummary({ ...s.shown!, rows: s.shown!.rows.filter((r) => r.readout === "X") }, "R")).toBe("Readout R was not part of this run.");
    m.reset(sweep);
    expect(m.store.getState()).toMatchObject({ shown: null, phase: "idle", pick: defaultPick(sweep) });
  });

  it("cancels (the shown trace stays) and reports a failure", async () => {
    const hold: PoolRunner = (_jobs, o) => new Promise((_, reject) => o.signal?.addEventListener("abort", () => reject(new Error("cancelled"))));
    const m = new CountingTraceModel(backend(hold));
    m.reset(sweep);
    const run = m.show();
    expect(m.store.getState()).toMatchObject({ phase: "running", progress: 0 });
    await Promise.resolve();
    m.cancel();
    await run;
    expect(m.store.getState()).toMatchObject({ phase: "cancelled", progress: null, message: "Cancelled: no trace was made." });
    const bad = new CountingTraceModel(backend(async () => Promise.reject(new Error("job 0 (counting.trace) failed: boom"))));
    bad.reset(sweep);
    await bad.show();
    expect(bad.store.getState()).toMatchObject({ phase: "failed", message: "The trace failed: job 0 (counting.trace) failed: boom." });
  });

  it("a finished sweep hands its cells to the trace", async () => {
    const rows: PoolRunner = async (jobs) => jobs.map((j) => {
      const s = j.spec as { n: number; condition: string; seed: number; readouts: string[] };
      return s.readouts.map((readout) => ({ n: s.n, condition: s.condition, seed: s.seed, readout, perf_all: 1, perf_reduced: 1, perf_last: 1, meanRateE: 0.1, eeSynapses: 1 }));
    });
    const m = new CountingRunModel(backend(rows));
    m.edit({ n: "4, 8", seeds: "2", conditions: ["ip"], readouts: ["R"] });
    await m.run();
    expect(m.trace.store.getState().pick).toEqual({ n: 4, condition: "ip", seed: 0, readout: "R" });
    expect(m.trace.store.getState().sweep).toMatchObject({ n: [4, 8], seeds: 2, stepsTest: 1000 });
  });
});
