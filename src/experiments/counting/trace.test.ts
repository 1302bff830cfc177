import { describe, expect, it } from "vitest";
import { SornInputError } from "../../models/params/error";
import { runJobs } from "../../pool/node";
import { runCountingJob, runCountingJobDetailed } from "./job";
import { countingScores } from "./metrics";
import { countingTraceKind } from "./trace-kind";
import { NO_LETTER, buildTrace, traceTally } from "./trace";

const small = { n: 4, condition: "sorn" as const, seed: 1, stepsPlastic: 1500, stepsTrain: 400, stepsTest: 300 };

describe("the trace of the test stretch", () => {
  it("keeps the rows of runCountingJob, and has no trace unless asked", () => {
    const plain = runCountingJob(small);
    expect(runCountingJobDetailed(small)).toEqual({ rows: plain, trace: null });
    expect(runCountingJobDetailed({ ...small, traceSteps: 50 }).rows).toEqual(plain);
  });

  it("agrees with the scores when it covers the whole test stretch (R exactly; X but for its last prediction)", () => {
    const { rows, trace } = runCountingJobDetailed({ ...small, traceSteps: small.stepsTest });
    const t = trace!;
    expect(t).toMatchObject({ n: 4, condition: "sorn", seed: 1, steps: 300, firstStep: 1900, testSteps: 300, ne: 200 });
    expect(t.states.length).toBe(300 * 200);
    const [X, R] = rows;
    // R: every test letter has its prediction, so the trace's tally is the score.
    const r = traceTally(t, "R");
    expect(countingScores(t.letters, t.predicted.R!)).toEqual({ perf_all: R.perf_all, perf_reduced: R.perf_reduced, perf_last: R.perf_last });
    expect(r.all).toEqual([Math.round(R.perf_all * 300), 300]);
    // X: the trace holds the predictions for letters 1…299; the job's last one (for the letter after the stretch) is outside.
    const x = traceTally(t, "X");
    expect(x.all[1]).toBe(299);
    expect(Math.round(X.perf_all * 300) - x.all[0]).toBeGreaterThanOrEqual(0);
    expect(Math.round(X.perf_all * 300) - x.all[0]).toBeLessThanOrEqual(1);
    expect(t.predicted.X![0]).toBe(NO_LETTER);
    // The mean E rate over the trace's states is the row's.
    expect(t.states.reduce((a, b) => a + b, 0) / (300 * 200)).toBeCloseTo(X.meanRateE, 12);
  });

  it("a shorter trace is the start of the whole one; the pools are E neurons 10k…10k+9", () => {
    const whole = runCountingJobDetailed({ ...small, traceSteps: 300 }).trace!;
    const part = runCountingJobDetailed({ ...small, traceSteps: 120, readouts: ["R", "X"] }).trace!;
    expect(part.letters).toEqual(whole.letters.subarray(0, 120));
    expect(part.states).toEqual(whole.states.subarray(0, 120 * 200));
    expect(part.predicted.X).toEqual(whole.predicted.X!.subarray(0, 120));
    expect(part.predicted.R).toEqual(whole.predicted.R!.subarray(0, 120));
    expect(Array.from(part.pools)).toEqual([...Array(60).keys()]);
  });

  it("aligns X one step later than R: X's prediction for letter k is the one made at step k − 1", () => {
    const p = Uint8Array.from([1, 2, 3, 4, 5]);
    const t = buildTrace({ n: 1, condition: "sorn", seed: 0, steps: 4, firstStep: 2, testSteps: 5, ne: 1, stream: Uint8Array.from([0, 1, 2, 3, 4, 5, 0, 1]), testStates: new Uint8Array(5), testPredictions: { X: p, R: p } });
    expect(Array.from(t.letters)).toEqual([2, 3, 4, 5]);
    expect(Array.from(t.predicted.X!)).toEqual([NO_LETTER, 1, 2, 3]);
    expect(Array.from(t.predicted.R!)).toEqual([1, 2, 3, 4]);
    expect(traceTally(t, "X").all).toEqual([0, 3]);
    expect(traceTally(t, "R", 0, 2).all).toEqual([0, 2]);
  });

  it("refuses a trace longer than the test stretch", () => {
    expect(() => runCountingJobDetailed({ ...small, traceSteps: 301 })).toThrow(SornInputError);
    expect(() => runCountingJobDetailed({ ...small, traceSteps: -1 })).toThrow(/^traceSteps: must be an integer in \[0, stepsTest = 300\]/);
  });

  it("crosses the worker pool as typed arrays, the same as in this thread", async () => {
    const spec = { ...small, traceSteps: 100 };
    const [viaWorker] = await runJobs([countingTraceKind.job(spec)], { workers: 1 });
    expect(viaWorker.trace!.letters).toBeInstanceOf(Uint8Array);
    expect(viaWorker.trace!.states).toBeInstanceOf(Uint8Array);
    expect(viaWorker.trace!.predicted.X).toBeInstanceOf(Uint8Array);
    expect(viaWorker.trace!.pools).toBeInstanceOf(Int32Array);
    expect(viaWorker).toEqual(runCountingJobDetailed(spec));
  }, 30_000);
});
