/** The lognormal, perturbation and random-sequence runners: forms, jobs, JSON layouts, charts' data, C21–C23 as shown; C20 on the counting tab. */
import { describe, expect, it } from "vitest";
import type { CountingRow } from "../../experiments/counting/job";
import type { LognormalRow } from "../../experiments/lognormal/job";
import { ZHENG_NOISE_SIGMA } from "../../experiments/lognormal/preset";
import type { PerturbationRow } from "../../experiments/perturbation/job";
import type { RandomSequenceRow } from "../../experiments/random-sequence/job";
import { runJobs } from "../../pool/node";
import { c20Views } from "./counting-verdicts";
import { dipSentence, fractionFigure, histogramFigure } from "./lognormal-chart-data";
import { LOGNORMAL_SIZES, lognormalExperiment, lognormalRunModel, parseLognormalForm } from "./lognormal-run";
import { distanceFigure } from "./perturbation-chart-data";
import { PERTURBATION_SIZES, parsePerturbationForm, perturbationExperiment, perturbationSpecs } from "./perturbation-run";
import type { PoolRunner } from "./pool-run";
import { c21Views, c22Views, c23Views } from "./preset-verdicts";
import { memoryFigure, memoryGroups } from "./random-sequence-chart-data";
import { RANDOM_SEQUENCE_SIZES, parseRandomSequenceForm, randomSequenceExperiment, randomSequenceSpecs } from "./random-sequence-run";

/** The plan of a form that parses. */
function planOf<P>(p: { ok: true; plan: P } | { ok: false; errors: object }): P {
  if (!p.ok) throw new Error(`refused: ${JSON.stringify(p.errors)}`);
  return p.plan;
}

const inProcess: PoolRunner = (jobs, o) => runJobs(jobs, { ...o, workers: 0 });

const logRow = (seed: number, over: Partial<LognormalRow> = {}): LognormalRow => ({
  seed, steps: 200_000, noiseSigma: ZHENG_NOISE_SIGMA, fractionSteps: [0, 50_000, 200_000], fraction: [0.1, 0.013, 0.04], minFraction: 0.013, minStep: 50_000, endFraction: 0.04, recovery: 0.04 / 0.013,
  mu: -3, sigma: 1, skewW: 4.8, skewLnW: 0.1, weights: 1500, meanRateE: 0.1, lifetimes: null,
  snapshots: [{ step: 200_000, fraction: 0.04, count: 100, mu: -3, sigma: 1, skewW: 4.8, skewLnW: 0.1, histogram: { edges: [-2, -1, 0], counts: [60, 40] } }], ...over,
});
const pRow = (condition: PerturbationRow["condition"], seed: number, d: number, input: PerturbationRow["input"] = "counting"): PerturbationRow => ({ condition, seed, input, n: 8, d: Array.from({ length: 101 }, (_, k) => (k === 0 ? 1 : d)), dead: d === 0 ? 1 : 0.5, neurons: [], meanRateE: 0.1, eeSynapses: 1000 });
const rsRow = (condition: RandomSequenceRow["condition"], seed: number): RandomSequenceRow => ({ condition, seed, pools: "disjoint", alphabet: 10, readout: "lsq", perf: Array.from({ length: 20 }, (_, k) => (k === 0 ? 1 : Math.max(0.1, 1 - 0.2 * k))), capacity: 4, meanRateE: 0.1, eeSynapses: 900 });

describe("lognormal runner", () => {
  it("parses the form: σ = √0.05 by default, 0.04 as the package's; the quick size says it is not the protocol", () => {
    expect(LOGNORMAL_SIZES.quick.label).toMatch(/not the paper protocol/);
    const p = parseLognormalForm(lognormalExperiment.defaultForm());
    expect(p).toEqual({ ok: true, plan: { size: "quick", seeds: 5, steps: 50_000, every: 1000, checkpoints: [10_000], bins: 20, noiseSigma: Math.sqrt(0.05), lifetimes: false } });
    expect(parseLognormalForm({ seeds: "3", noise: "package", size: "full", lifetimes: true })).toMatchObject({ plan: { steps: 200_000, noiseSigma: 0.04, lifetimes: true } });
    expect(parseLognormalForm({ seeds: "0", noise: "zheng", size: "quick", lifetimes: false })).toEqual({ ok: false, errors: { seeds: "seeds: a whole number from 1 to 100 (seeds 0…K−1), got '0'" } });
  });

  it("runs tiny jobs on the in-process pool; charts, sentence and JSON in the CLI's layout", async () => {
    const saved: { text: string; filename: string }[] = [];
    const m = lognormalRunModel({ runner: async () => inProcess, save: (text, filename) => saved.push({ text, filename }), now: () => 0 });
    const exp = m.experiment;
    const plan = { ...planOf(parseLognormalForm({ seeds: "2", noise: "zheng", size: "quick", lifetimes: false })), steps: 2000, every: 500, checkpoints: [] };
    const rows = (await inProcess(exp.jobs(plan), {})) as LognormalRow[];
    const result = exp.collect(plan, rows, 1.5);
    expect(result.rows.map((r) => [r.seed, r.steps, r.fractionSteps])).toEqual([[0, 2000, [0, 500, 1000, 1500, 2000]], [1, 2000, [0, 500, 1000, 1500, 2000]]]);
    const f = fractionFigure(result.rows);
    expect(f.traces).toHaveLength(4);
    expect(f.traces[0].text?.[1]).toMatch(/^seed 0<br>step 500: connection fraction 0\.\d{4}$/);
    const h = histogramFigure(result.rows[0])!;
    expect(h.traces.map((t) => t.type)).toEqual(["bar", "scatter"]);
    expect((h.traces[0].y as number[]).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(result.rows[0].weights);
    expect(dipSentence(result.rows)).toMatch(/^This run \(2 seeds, 2,000 steps\): the fraction went from/);
    m.store.setState({ result });
    m.download();
    expect(saved[0].filename).toBe("sorn-lognormal-quick-2seeds.json");
    const doc = JSON.parse(saved[0].text);
    expect(Object.keys(doc)).toEqual(["preset", "source", "settings", "results", "seconds"]);
    expect(doc.settings).toMatchObject({ seeds: 2, steps: 2000, noiseSigma: Math.sqrt(0.05), size: "quick" });
    expect(doc.results).toHaveLength(2);
  });

  it("the fitted normal's expected counts integrate to the weights counted", () => {
    const h = histogramFigure(logRow(0))!;
    const fit = h.traces[1];
    expect(fit.name).toMatch(/^fitted normal: log₁₀ w ~ N\(-1\.303, 0\.434²\)/);
    // Bins of width 1 here: the trapezoid over [−2, 0] ≈ count × P(−2 ≤ log10 w ≤ 0) = 100 × (Φ(3.000) − Φ(−1.605)).
    const ys = fit.y as number[];
    const area = ys.slice(1).reduce((a, y, i) => a + ((y + ys[i]) / 2) * 0.02, 0);
    expect(area).toBeCloseTo(100 * (0.99865 - 0.05424), 1);
  });

  it("C21: PASS/FAIL with 5 full runs at σ = √0.05; else what the run lacks", () => {
    const plan = { size: "full" as const, seeds: 5, steps: 200_000, every: 1000, checkpoints: [], bins: 20, noiseSigma: ZHENG_NOISE_SIGMA, lifetimes: false };
    const rows = [0, 1, 2, 3, 4].map((s) => logRow(s, s === 4 ? { skewLnW: -1.2 } : {})); // beyond the engine-locked bound 1.1
    const full = c21Views(rows, plan);
    expect(full.verdicts.map((v) => v.status)).toEqual(["PASS", "PASS", "FAIL"]);
    expect(full.verdicts[2].text).toMatch(/skew\(ln w\) -1\.20–0\.10/);
    expect(full.note).toBeNull();
    expect(c21Views(rows.slice(0, 2), plan).verdicts[0].text).toBe("needs 5 seeds; this run has 2");
    expect(c21Views(rows, { ...plan, noiseSigma: 0.04 }).verdicts[0].text).toBe("needs σ = √0.05 (C21 is the Zheng preset); this run has σ = 0.04");
    const quick = c21Views(rows.map((r) => ({ ...r, steps: 50_000 })), { ...plan, size: "quick", steps: 50_000 });
    expect(quick.verdicts.every((v) => v.status === "NEEDS" && v.text === "needs runs of ≥ 1.2·10⁵ steps (the full size: 2·10⁵); this run has 50,000")).toBe(true);
    expect(quick.note).toMatch(/indicative only/);
  });
});

describe("perturbation runner", () => {
  it("parses the form into input × condition × seed jobs, the spontaneous case optional", () => {
    expect(PERTURBATION_SIZES.quick.label).toMatch(/not the paper protocol/);
    const p = parsePerturbationForm({ seeds: "2", conditions: ["ip", "static"], spontaneous: true, size: "full" });
    if (!p.ok) throw new Error("refused");
    expect(p.plan).toMatchObject({ conditions: ["static", "ip"], inputs: ["counting", "spontaneous"], stepsPlastic: 50_000, perturbations: 50, gap: 200, horizon: 100, noise: false });
    expect(perturbationSpecs(p.plan).map((s) => `${s.input} ${s.condition} ${s.seed}`)).toEqual(["counting static 0", "counting static 1", "counting ip 0", "counting ip 1", "spontaneous static 0", "spontaneous static 1", "spontaneous ip 0", "spontaneous ip 1"]);
    expect(parsePerturbationForm({ seeds: "x", conditions: [], spontaneous: false, size: "quick" })).toEqual({ ok: false, errors: { seeds: "seeds: a whole number from 1 to 100 (seeds 0…K−1), got 'x'", conditions: "conditions: needs at least one condition (sorn, static, ip)" } });
  });

  it("draws one mean d(t) line per condition × input; JSON with the summary", () => {
    const rows = [pRow("static", 0, 0), pRow("static", 1, 0.2), pRow("sorn", 0, 2, "spontaneous")];
    const f = distanceFigure(rows);
    expect(f.traces.map((t) => [t.name, t.line?.dash])).toEqual([["static reservoir, counting input (n = 8)", undefined], ["SORN (STDP + IP + SS), spontaneous (no input)", "dot"]]);
    expect(f.traces[0].y[10]).toBeCloseTo(0.1);
    expect(f.traces[0].text?.[10]).toBe("static reservoir, counting input (n = 8)<br>t = 10: mean d = 0.100 (2 seeds)");
    const plan = planOf(parsePerturbationForm(perturbationExperiment.defaultForm()));
    const { body, filename } = perturbationExperiment.document({ plan, rows, seconds: 2 });
    expect(filename).toBe("sorn-perturbation-quick-5seeds.json");
    expect(Object.keys(body)).toEqual(["settings", "results", "summary", "seconds"]);
  });

  it("C22: PASS/FAIL with 5 seeds per condition; else what it needs", () => {
    const five = [0, 1, 2, 3, 4];
    const rows = [...five.map((s) => pRow("static", s, 0)), ...five.map((s) => pRow("sorn", s, 1)), ...five.map((s) => pRow("ip", s, s < 3 ? 2 : 0))];
    expect(c22Views(rows, "full").verdicts.map((v) => v.status)).toEqual(["PASS", "PASS", "FAIL"]);
    const few = c22Views(rows.filter((r) => r.seed < 2), "quick");
    expect(few.verdicts.map((v) => v.text)).toEqual(["needs ≥ 5 seeds of static with the counting input", "needs ≥ 5 seeds of sorn and static with the counting input", "needs ≥ 5 seeds of ip and static with the counting input"]);
    expect(few.note).toMatch(/^Quick size: C22 is defined for 50,000 plastic steps/);
  });
});

describe("random-sequence runner", () => {
  it("parses the form; refusals per list; jobs pools × condition × seed", () => {
    expect(RANDOM_SEQUENCE_SIZES.quick.label).toMatch(/not the paper protocol/);
    const p = parseRandomSequenceForm({ seeds: "1", conditions: ["sorn"], pools: ["overlapping", "disjoint"], readouts: ["logistic", "lsq"], size: "quick" });
    if (!p.ok) throw new Error("refused");
    expect(p.plan).toMatchObject({ pools: ["disjoint", "overlapping"], readouts: ["lsq", "logistic"], stepsPlastic: 10_000, stepsTrain: 3_000, stepsTest: 1_000, lags: 20, alphabet: 10 });
    expect(randomSequenceSpecs(p.plan).map((s) => s.pools)).toEqual(["disjoint", "overlapping"]);
    expect(parseRandomSequenceForm({ seeds: "1", conditions: ["sorn"], pools: [], readouts: [], size: "quick" })).toEqual({ ok: false, errors: { pools: "pools: needs at least one pool layout (disjoint, overlapping)", readouts: "readouts: needs at least one readout (lsq, logistic)" } });
  });

  it("draws the memory curves with the chance line; capacity per group; C23 as shown", () => {
    const rows = [rsRow("sorn", 0), rsRow("sorn", 1), rsRow("static", 0)];
    const f = memoryFigure(rows);
    expect(f.traces.map((t) => t.name)).toEqual(["chance 1/A = 0.100", "SORN (STDP + IP + SS), disjoint pools, least squares", "static reservoir, disjoint pools, least squares"]);
    expect(f.traces[1].x).toEqual([...Array(20).keys()]);
    expect(f.traces[1].text?.[2]).toBe("SORN (STDP + IP + SS), disjoint pools, least squares<br>k = 2: perf = 0.600 ± 0.000 (sd, 2 seeds)<br>MC = 4.00");
    expect(memoryGroups(rows).map((g) => [g.seeds, g.capacity.mean])).toEqual([[2, 4], [1, 4]]);
    const shown = c23Views(rows, "quick");
    expect(shown.verdicts.map((v) => [v.status, v.text])).toEqual([["PASS", "1.000–1.000 (3 runs)"], ["PASS", "perf(19) − 1/A 0.000–0.000 (3 runs)"]]);
    expect(shown.note).toMatch(/indicative only/);
    expect(c23Views([], "full").verdicts.map((v) => v.text)).toEqual(["needs a finished run", "needs a finished run"]);
    const { body } = randomSequenceExperiment.document({ plan: planOf(parseRandomSequenceForm(randomSequenceExperiment.defaultForm())), rows, seconds: 1 });
    expect(Object.keys(body)).toEqual(["settings", "results", "seconds"]);
  });
});

describe("C20 on the counting tab", () => {
  const row = (condition: CountingRow["condition"], seed: number, meanRateE: number, eeSynapses = 1000): CountingRow => ({ n: 8, condition, seed, readout: "X", perf_all: 0.9, perf_reduced: 0.9, perf_last: 0.5, meanRateE, eeSynapses });
  it("judges the rates per condition; the synapse count only at the full size", () => {
    const rows = [row("sorn", 0, 0.1), row("static", 0, 0.2)];
    const quick = c20Views(rows, "quick");
    expect(quick.verdicts.map((v) => v.status)).toEqual(["PASS", "NEEDS", "FAIL", "NEEDS"]);
    expect(quick.verdicts[1].text).toBe("needs a run of condition ip with readout X");
    expect(quick.verdicts[3].text).toMatch(/^needs the full size/);
    expect(c20Views(rows, "full").verdicts[3]).toMatchObject({ status: "PASS", text: "1000–1000 (1 runs)" });
  });
});
