/** The counting runner's model: the form's refusals, a run's progress, cancel, failure, the JSON; the chart's traces; C19 as shown. */
import { describe, expect, it } from "vitest";
import type { CountingRow } from "../../experiments/counting/job";
import type { CountingRunner } from "../../experiments/counting/sweep";
import { runJobs } from "../../pool/node";
import { sweepChart, seedJitter } from "./counting-chart-data";
import { CountingRunModel, type CountingBackend } from "./counting-run";
import { COUNTING_SIZES, defaultCountingForm, parseCountingForm } from "./counting-settings";
import { c19Views } from "./counting-verdicts";

const row = (n: number, condition: CountingRow["condition"], seed: number, perf_last: number, readout: CountingRow["readout"] = "X"): CountingRow => ({
  n, condition, seed, readout, perf_all: 0.9, perf_reduced: 0.95, perf_last, meanRateE: 0.1, eeSynapses: 1000,
});

/** A pool that answers each job with one synthetic row per readout; with `hold`, it stops after the first job until cancelled. */
function fakeRunner(hold = false): CountingRunner & { seen: number } {
  const f = (async (jobs, options) => {
    f.seen = jobs.length;
    const out: CountingRow[][] = [];
    for (let i = 0; i < jobs.length; i++) {
      const s = jobs[i].spec;
      out.push((s.readouts ?? ["X"]).map((r) => row(s.n, s.condition, s.seed, s.condition === "sorn" ? 0.9 : 0.2, r)));
      options.onResult?.(i, out[i]);
      options.onProgress?.({ fraction: (i + 1) / jobs.length });
      if (hold) await new Promise((_, reject) => options.signal?.addEventListener("abort", () => reject(new Error(`cancelled: ${i + 1} of ${jobs.length} jobs finished`))));
    }
    return out;
  }) as CountingRunner & { seen: number };
  f.seen = 0;
  return f;
}

function model(runner: CountingRunner) {
  const saved: { text: string; filename: string }[] = [];
  const backend: CountingBackend = { runner: async () => runner, save: (text, filename) => saved.push({ text, filename }), now: () => 0 };
  return { m: new CountingRunModel(backend), saved };
}

describe("counting settings", () => {
  it("parses the default form into the quick sweep", () => {
    const p = parseCountingForm(defaultCountingForm());
    expect(p).toEqual({ ok: true, size: "quick", sweep: { n: [8], seeds: 10, conditions: ["sorn", "static", "ip"], readouts: ["X", "R"], stepsPlastic: 5_000, stepsTrain: 1_000, stepsTest: 1_000, ridge: 0 } });
    expect(COUNTING_SIZES.quick.label).toMatch(/not the paper protocol/);
  });

  it("says what is wrong at each field", () => {
    const p = parseCountingForm({ n: "4, 0", seeds: "0", conditions: [], readouts: ["X"], size: "full" });
    expect(p).toEqual({
      ok: false,
      errors: { n: "n: every value must be a positive integer, got '0'", seeds: "seeds: a whole number from 1 to 100 (seeds 0…K−1), got '0'", conditions: "conditions: needs at least one condition (sorn, static, ip)" },
    });
    expect(parseCountingForm({ ...defaultCountingForm(), n: "500" })).toMatchObject({ errors: { n: "n: at most 200 in the page, got 500" } });
    expect(parseCountingForm({ ...defaultCountingForm(), n: "4,4" })).toMatchObject({ errors: { n: "n: 4 given twice" } });
    expect(parseCountingForm({ ...defaultCountingForm(), conditions: ["ip", "sorn"], size: "full" })).toMatchObject({ ok: true, sweep: { conditions: ["sorn", "ip"], stepsPlastic: 50_000, stepsTrain: 5_000, stepsTest: 5_000 } });
  });
});

describe("CountingRunModel", () => {
  it("runs the sweep's jobs, reports progress and keeps the rows", async () => {
    const runner = fakeRunner();
    const { m, saved } = model(runner);
    m.edit({ n: "4, 8", seeds: "2", conditions: ["sorn", "static"], readouts: ["X"] });
    const fractions: number[] = [];
    m.store.subscribe((s) => s.progress && fractions.push(s.progress.done));
    await m.run();
    const s = m.store.getState();
    expect(runner.seen).toBe(8);
    expect(s.phase).toBe("done");
    expect(s.message).toBe("Finished: 8 jobs in 0.0 s (quick size).");
    expect(s.result?.rows).toHaveLength(8);
    expect(Math.max(...fractions)).toBe(8);
    m.download();
    expect(saved[0].filename).toBe("sorn-counting-quick-n4-8-2seeds.json");
    const doc = JSON.parse(saved[0].text);
    expect(doc).toMatchObject({ preset: "counting", settings: { n: [4, 8], seeds: 2, size: "quick", taskSeeds: [1000, 1001] }, references: { 4: { cannotCount: { perf_last: 0 } } } });
    expect(doc.results).toHaveLength(8);
    expect(doc.summary).toHaveLength(4);
  });

  it("refuses bad fields without starting, keeping the shown results", async () => {
    const runner = fakeRunner();
    const { m } = model(runner);
    m.edit({ n: "4", seeds: "1", readouts: ["X"] });
    await m.run();
    const before = m.store.getState().result;
    m.edit({ seeds: "many" });
    await m.run();
    expect(m.store.getState()).toMatchObject({ phase: "done", errors: { seeds: "seeds: a whole number from 1 to 100 (seeds 0…K−1), got 'many'" } });
    expect(m.store.getState().result).toBe(before);
    m.edit({ seeds: "2" });
    expect(m.store.getState().errors).toEqual({});
  });

  it("cancels: says so, with the jobs finished, and keeps the last finished run", async () => {
    const { m } = model(fakeRunner());
    m.edit({ n: "4", seeds: "1", readouts: ["X"] });
    await m.run();
    const kept = m.store.getState().result;
    const held = model(fakeRunner(true));
    const h = held.m;
    h.store.setState({ result: kept });
    h.edit({ n: "4", seeds: "2", conditions: ["sorn"], readouts: ["X"] });
    const running = h.run();
    await new Promise((r) => setTimeout(r, 5));
    expect(h.store.getState()).toMatchObject({ phase: "running", progress: { fraction: 0.5, done: 1, total: 2 } });
    h.cancel();
    await running;
    expect(h.store.getState()).toMatchObject({ phase: "cancelled", progress: null, message: "Cancelled: 1 of 2 jobs had finished; their rows are not kept. The chart shows the last finished run." });
    expect(h.store.getState().result).toBe(kept);
  });

  it("cancels a real in-process run and reports failures", async () => {
    const { m } = model(((jobs, o) => runJobs(jobs, { ...o, workers: 0 })) as CountingRunner);
    m.edit({ n: "4", seeds: "3", conditions: ["static"], readouts: ["X"] });
    const running = m.run();
    setTimeout(() => m.cancel(), 50);
    await running;
    const s = m.store.getState();
    expect(s.phase).toBe("cancelled");
    expect(s.message).toMatch(/^Cancelled: [0-2] of 3 jobs had finished; their rows are not kept\.$/);
    expect(s.result).toBeNull();
    const failing = model((async () => {
      throw new Error("job 0 (counting.run) failed: boom");
    }) as CountingRunner).m;
    await failing.run();
    expect(failing.store.getState()).toMatchObject({ phase: "failed", message: "The run failed: job 0 (counting.run) failed: boom." });
  });

  it("runs one quick job for real on the in-process pool", async () => {
    const { m } = model(((jobs, o) => runJobs(jobs, { ...o, workers: 0 })) as CountingRunner);
    m.edit({ n: "4", seeds: "1", conditions: ["sorn"], readouts: ["X", "R"] });
    await m.run();
    const rows = m.store.getState().result!.rows;
    expect(rows.map((r) => [r.n, r.condition, r.readout, r.seed])).toEqual([[4, "sorn", "X", 0], [4, "sorn", "R", 0]]);
    expect(rows[0].perf_last).toBeGreaterThan(0.5);
  });
});

describe("the n-sweep chart's traces", () => {
  const rows = [row(4, "sorn", 0, 0.8), row(4, "sorn", 1, 1), row(8, "sorn", 0, 0.6), row(8, "sorn", 1, 0.4), row(4, "static", 0, 0.2), row(4, "static", 1, 0.2), row(4, "sorn", 0, 0.1, "R")];
  it("has the reference lines, then per condition the seeds and the mean ± sd, coloured by condition", () => {
    const { traces, xRange, ns } = sweepChart(rows, "perf_last", "X");
    expect(ns).toEqual([4, 8]);
    expect(xRange).toEqual([2.5, 9.5]);
    expect(traces.map((t) => t.name)).toEqual(["optimal (knows the count)", "cannot count (knows the letter)", "SORN (STDP + IP + SS): seeds", "SORN (STDP + IP + SS)", "static reservoir: seeds", "static reservoir"]);
    expect(traces[0].y).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(traces[1].y).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(traces[2].y).toEqual([0.8, 1, 0.6, 0.4]);
    expect(traces[3].y[0]).toBeCloseTo(0.9, 12);
    expect(traces[3].error_y!.array[0]).toBeCloseTo(Math.SQRT1_2 * 0.2, 12);
    expect(traces[3].text![1]).toBe("SORN (STDP + IP + SS)<br>n = 8: mean perf_last = 0.500 ± 0.141 (sd, 2 seeds)");
    expect(traces[2].marker!.color).toBe("#0072b2");
    expect(traces[4].marker!.color).toBe("#d55e00");
    // Seeds stay near their n, and within their condition's slot.
    for (const [i, x] of traces[2].x.entries()) expect(Math.abs(x! - [4, 4, 8, 8][i])).toBeLessThan(0.3);
  });

  it("draws the other metrics' reference values and the other readout", () => {
    const all = sweepChart(rows, "perf_reduced", "X").traces;
    expect(all[1].y[1]).toBeCloseTo(4 / 5, 12); // x = 3, 4, …, 9
    expect(sweepChart(rows, "perf_all", "X").traces[0].y[1]).toBeCloseTo(1 - 1 / 12, 12);
    expect(sweepChart(rows, "perf_last", "R").traces.filter((t) => t.mode !== "lines")).toHaveLength(2);
    expect(sweepChart([], "perf_last", "X").traces).toEqual([]);
  });

  it("jitters seeds the same way every time, within [−1, 1]", () => {
    const j = [...Array(50).keys()].map(seedJitter);
    expect(j).toEqual([...Array(50).keys()].map(seedJitter));
    expect(Math.max(...j.map(Math.abs))).toBeLessThanOrEqual(1);
    expect(new Set(j).size).toBeGreaterThan(40);
  });
});

describe("C19 as shown", () => {
  it("says what it needs when the run lacks n, conditions or seeds", () => {
    const few = [0, 1].flatMap((s) => [row(8, "sorn", s, 0.9), row(8, "static", s, 0.2)]);
    const { verdicts, note } = c19Views(few, "quick");
    expect(verdicts.map((v) => v.status)).toEqual(["NEEDS", "NEEDS", "NEEDS", "NEEDS", "NEEDS"]);
    expect(verdicts[0].text).toBe("needs n = 8 and ≥ 10 seeds (conditions sorn, readout X)");
    expect(verdicts[3].text).toBe("needs n = 12 and ≥ 10 seeds (conditions sorn and ip, readout X)");
    expect(note).toMatch(/indicative only/);
  });

  it("gives PASS / FAIL with the numbers at n = 8 with 10 seeds", () => {
    const ten = [...Array(10).keys()].flatMap((s) => [row(8, "sorn", s, 0.9), row(8, "static", s, s < 5 ? 0.95 : 0.1)]);
    const { verdicts, note } = c19Views(ten, "full");
    expect(note).toBeNull();
    expect(verdicts.slice(0, 3).map((v) => [v.status, v.text])).toEqual([
      ["PASS", "0.900 ± 0.000 (10 seeds)"],
      ["FAIL", expect.stringMatching(/^0\.525 ± 0\.448 \(10 seeds\)$/)],
      ["FAIL", "5/10 wins, 0 ties, mean diff 0.375"],
    ]);
    expect(verdicts[4].status).toBe("NEEDS");
  });
});

describe("ExperimentsModel", () => {
  it("opens on a tab, closes, and saves through the shell", async () => {
    const { ExperimentsModel } = await import("./view");
    const files: string[] = [];
    const x = new ExperimentsModel({ download: (_d, name, type) => files.push(`${name} ${type}`) });
    expect(x.store.getState()).toEqual({ open: false, tab: "cartpole" });
    x.open("counting");
    expect(x.store.getState()).toEqual({ open: true, tab: "counting" });
    x.close();
    expect(x.store.getState().open).toBe(false);
    x.save("{}", "a.json");
    expect(files).toEqual(["a.json application/json"]);
  });
});
