import { describe, expect, it } from "vitest";
import {
  fanoFactor,
  inDegrees,
  isiExponentialFit,
  lognormalFit,
  networkFiringRate,
  pairwiseCorrelation,
  spikeSourceEntropy,
} from "../models/analysis";
import { perturbationExperiment } from "../models/sorn/perturbation";
import { uniformInput } from "../models/inputs";
import { networkFromRun, runOf } from "../models/sorn/io/run-of";
import type { RunFile } from "../models/sorn/io/run-file";
import { SornNetwork } from "../models/sorn/network";
import type { SpikeTrain } from "../models/sorn/types";
import { readSvgMetadata } from "../figures";
import { checkWellFormed } from "../../test/support/figures/xmlcheck";
import { analyzeRun, FIGURE_NAMES, RunAnalysisError, runFigures, runStatistics, selectRun, TRAIN_STAT_NAMES } from "./index";

const RECORDS = ["ExcitatoryActivation", "InhibitoryActivation", "EEConnectionCounts", "TE", "WEE"];

/** 200 unrecorded steps, then 300 recorded ones (steps 200..499), WEE every 100. */
function resumedRun(): RunFile {
  const first = new SornNetwork({ params: { ne: 40, nu: 4 }, seed: 9 });
  first.step(200, uniformInput(4, 1009));
  const net = networkFromRun(runOf(first), RECORDS, 100);
  net.step(300, uniformInput(4, 1009));
  return runOf(net, { kind: "uniform", seed: 1009 });
}
const run = resumedRun();
const E = run.records.ExcitatoryActivation!;
const rowsOf = (a: number, b: number): SpikeTrain => ({ steps: b - a, neurons: 40, data: E.data.slice(a * 40, b * 40) as Uint8Array });

/** A run whose E activity is silent (all zeros) and whose I activity is missing. */
function silentRun(): RunFile {
  const r = runOf(new SornNetwork({ params: { ne: 40, nu: 4 }, seed: 2, records: ["ExcitatoryActivation"] }).step(50));
  const a = r.records.ExcitatoryActivation!;
  return { ...r, records: { ExcitatoryActivation: { ...a, data: new Uint8Array(a.data.length) } as typeof a } };
}

describe("selectRun", () => {
  it("maps record rows to absolute steps and selects [from, to)", () => {
    const all = selectRun(run);
    expect(all.recorded).toEqual({ from: 200, to: 500 });
    expect([all.from, all.to, all.finalStep]).toEqual([200, 500, 500]);
    const sel = selectRun(run, { from: 250, to: 300 });
    expect(sel.trains.excitatory).toEqual(rowsOf(50, 100));
    expect(sel.trains.inhibitory!.steps).toBe(50);
    expect(Array.from(sel.counts.EEConnectionCounts!)).toEqual(Array.from(run.records.EEConnectionCounts!.data.subarray(50, 100)));
    expect(sel.thresholds.TE!.data).toEqual(Float64Array.from(run.records.TE!.data.subarray(50 * 40, 100 * 40)));
    expect(run.records.WEE!.shape[0]).toBe(3);
    expect(selectRun(run, { from: 250, to: 400 }).snapshots.WEE!.steps).toEqual([299, 399]);
  });

  it("rejects a reversed, empty or out-of-range selection, naming the end to blame", () => {
    const err = (range: { from?: number; to?: number }) => {
      try {
        selectRun(run, range);
      } catch (e) {
        expect(e).toBeInstanceOf(RunAnalysisError);
        return `${(e as RunAnalysisError).option}: ${(e as Error).message}`;
      }
      return "no error";
    };
    expect(err({ from: 300, to: 250 })).toBe("from: from (300) must be less than to (250); the range [from, to) would be empty");
    expect(err({ from: 100 })).toBe("from: step 100 is outside the recorded steps (the records cover steps 200–499)");
    expect(err({ to: 501 })).toBe("to: step 501 is past the recorded steps (the records cover steps 200–499; to is exclusive, so at most 500)");
    expect(err({ from: 1.5 })).toBe("from: must be a non-negative integer step, got 1.5");
    expect(() => selectRun({ ...run, records: {} }, { to: 3 })).toThrow("the run has no records to select steps from");
    expect(selectRun({ ...run, records: {} })).toMatchObject({ recorded: null, from: 500, to: 500 });
    const uneven = { ...run, records: { ...run.records, EEConnectionCounts: { dtype: "int32" as const, shape: [2], data: Int32Array.of(1, 2) } } };
    expect(() => selectRun(uneven)).toThrow("per-step records differ in length");
  });
});

describe("runStatistics", () => {
  const stats = runStatistics(run, { from: 300, to: 500 }) as Record<string, any>;
  const train = rowsOf(100, 300);

  it("names every key after its function and covers both populations", () => {
    for (const k of [...TRAIN_STAT_NAMES, "inDegrees", "outDegrees", "degreeDistribution", "weightsAtLeast", "weightHistogram", "lognormalFit", "connectionCounts", "thresholds", "weightSnapshots", "perturbationExperiment"]) {
      expect(stats, k).toHaveProperty(k);
    }
    for (const k of TRAIN_STAT_NAMES) expect(Object.keys(stats[k]), k).toEqual(["excitatory", "inhibitory"]);
    expect(stats.selection).toEqual({ from: 300, to: 500, steps: 200, recorded: { from: 200, to: 500 } });
    expect(stats.run.seed).toBe(9);
  });

  it("computes just the statistics named with `only`, each equal to the whole document's", () => {
    const picked = ["spikeSourceEntropy", "lognormalFit", "thresholds", "perturbationExperiment"];
    const part = analyzeRun(run, { from: 300, to: 500 }).statistics(picked) as Record<string, unknown>;
    const header = ["format", "version", "run", "selection", "settings"];
    expect(Object.keys(part).sort()).toEqual([...header, ...picked].sort());
    for (const k of [...header, ...picked]) expect(part[k], k).toEqual(stats[k]);
    expect(Object.keys(analyzeRun(run).statistics([]))).toEqual(header);
  });

  it("agrees with direct calls of the analysis functions on the selected steps", () => {
    const a = networkFiringRate(train);
    expect(stats.networkFiringRate.excitatory.activeNeurons.mean).toBeCloseTo(a.reduce((s, v) => s + v, 0) / 200, 12);
    expect(stats.networkFiringRate.excitatory.activeNeurons.max).toBe(Math.max(...a));
    const c = pairwiseCorrelation(train);
    expect(stats.pairwiseCorrelation.excitatory.meanCorrelation).toBe(c.meanCorrelation);
    expect(stats.pairwiseCorrelation.excitatory.constantNeurons).toEqual(c.constantNeurons);
    expect(stats.pairwiseCorrelation.excitatory.matrix).toBeUndefined();
    expect(stats.spikeSourceEntropy.excitatory).toBe(spikeSourceEntropy(train));
    const fano = Array.from({ length: 40 }, (_, i) => fanoFactor(train, i, 10).fano).filter((f): f is number => f !== null);
    expect(stats.fanoFactor.excitatory.fano.max).toBe(Math.max(...fano));
    expect(stats.isiExponentialFit.excitatory.fit).toEqual(isiExponentialFit(train, 20).fit);
  });

  it("takes the structure from the final state, checked against the raw Wee array", () => {
    const { shape, data } = run.state.Wee;
    const ws = Array.from(data).filter((w) => w >= 0.01);
    const mu = ws.reduce((s, w) => s + Math.log(w), 0) / ws.length;
    expect(stats.lognormalFit.mu).toBeCloseTo(mu, 12);
    expect(stats.lognormalFit.n).toBe(ws.length);
    expect(stats.lognormalFit).toMatchObject({ matrix: "Wee", step: 500 });
    expect(stats.lognormalFit.sigma).toBeCloseTo(lognormalFit(ws).sigma, 12);
    const inDeg = Array.from({ length: shape[1] }, (_, j) => Array.from({ length: shape[0] }, (_, i) => data[i * shape[1] + j]).filter((w) => w > 0).length);
    expect(stats.inDegrees.max).toBe(Math.max(...inDeg));
    expect(stats.inDegrees.mean).toBeCloseTo(inDeg.reduce((s, d) => s + d, 0) / inDeg.length, 12);
    expect(Array.from(inDegrees(analyzeRun(run).selection.weights.Wee))).toEqual(inDeg);
  });

  it("runs the perturbation experiment on the final state with the run's input continued", () => {
    const direct = perturbationExperiment({ state: run.state, params: run.params, seed: run.seed, input: uniformInput(4, 1009), steps: 100 });
    expect(stats.perturbationExperiment.distances).toEqual(Array.from(direct.distances));
    expect(stats.perturbationExperiment).toMatchObject({ startStep: 500, neuron: 0, phase: "training", input: { kind: "uniform", seed: 1009, continued: true } });
    const off = runStatistics(run, { perturbationSteps: 0 }) as Record<string, any>;
    expect(off.perturbationExperiment.skipped).toMatch(/switched off/);
    const file = runStatistics({ ...run, input: { kind: "file", path: "u.npy" } }, { perturbationSteps: 5 }) as Record<string, any>;
    expect(file.perturbationExperiment.input).toEqual({ kind: "none", reason: "the run's input file covers only the run's own steps" });
  });

  it("adds the full arrays only with `full`", () => {
    const full = runStatistics(run, { from: 300, to: 500, full: true }) as Record<string, any>;
    expect(full.pairwiseCorrelation.excitatory.matrix).toHaveLength(40);
    expect(full.pairwiseCorrelation.excitatory.matrix[3][3]).toBe(pairwiseCorrelation(train).matrix[3 * 40 + 3]);
    expect(full.networkFiringRate.excitatory.values).toEqual(Array.from(networkFiringRate(train)));
  });

  it("puts { skipped: why } where a record is missing or the train is silent", () => {
    const s = runStatistics(silentRun()) as Record<string, any>;
    expect(s.networkFiringRate.inhibitory).toEqual({ skipped: "no InhibitoryActivation record" });
    expect(s.spikeSourceEntropy.excitatory.skipped).toMatch(/^spikeSourceEntropy: /);
    expect(s.isiExponentialFit.excitatory.skipped).toMatch(/^isiExponentialFit: no neuron spikes twice/);
    expect(s.thresholds).toEqual({ skipped: "no TE or TI record" });
    expect(s.pairwiseCorrelation.excitatory.meanCorrelation).toBeNull();
    expect(s.scaleIndependentSmoothness.excitatory).toBe("Infinity");
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("rejects bad settings with the setting's name", () => {
    expect(() => runStatistics(run, { bins: 0 })).toThrow(RunAnalysisError);
    expect(() => runStatistics(run, { perturbationNeuron: 40 })).toThrow("must be an E neuron in [0, 39], got 40");
  });
});

describe("runFigures", () => {
  const set = runFigures(run, { from: 300, to: 500 });

  it("draws every figure the records allow, with the run's configuration and seed in the metadata", () => {
    expect(set.figures.map((f) => f.name)).toEqual(FIGURE_NAMES);
    expect(set.skipped).toEqual([]);
    for (const f of set.figures) {
      expect(checkWellFormed(f.svg), f.name).toBe("svg");
      const meta = readSvgMetadata(f.svg)!;
      expect(meta.seed).toBe(9);
      expect(meta.config).toMatchObject({ params: { ne: 40, nu: 4 }, steps: { from: 300, to: 500 }, finalStep: 500 });
      expect(f.svg).toContain(`<title>${f.title}</title>`);
    }
    const hamming = set.figures.find((f) => f.name === "hamming-distance")!;
    expect(hamming.title).toBe("Hamming distance: neuron 0 flipped in the final state (step 500)");
    expect((readSvgMetadata(hamming.svg)!.config as any).perturbation).toMatchObject({ steps: 100, phase: "training" });
  });

  it("says which figures it skipped and why", () => {
    const partial = runFigures({ ...run, records: { ExcitatoryActivation: run.records.ExcitatoryActivation } });
    expect(partial.skipped).toEqual([
      { name: "connection-counts", reason: "no EEConnectionCounts record" },
      { name: "thresholds", reason: "no TE record" },
    ]);
    const silent = runFigures(silentRun());
    const reasons = Object.fromEntries(silent.skipped.map((s) => [s.name, s.reason]));
    expect(reasons["firing-rate"]).toMatch(/every step has 0 active neurons/);
    expect(reasons.correlation).toMatch(/fewer than 2 E neurons vary/);
    expect(reasons.isi).toBe("no E neuron spikes twice in steps 0–49");
    expect(silent.figures.map((f) => f.name)).toContain("dashboard");
  });

  it("draws the final-state figures of a run without records", () => {
    const bare = runFigures({ ...run, records: {} });
    expect(bare.figures.map((f) => f.name)).toEqual(["weight-distribution", "connections-per-neuron", "hamming-distance", "dashboard"]);
    expect(bare.figures[3].title).toBe("SORN run, seed 9, final state (step 500)");
    expect(bare.skipped.find((s) => s.name === "raster")!.reason).toBe("no ExcitatoryActivation record");
  });

  it("makes just the figures asked for, and rejects unknown names", () => {
    expect(runFigures(run, { figures: ["raster"] }).figures.map((f) => f.name)).toEqual(["raster"]);
    expect(() => runFigures(run, { figures: ["pie"] })).toThrow("unknown figure 'pie'");
  });
});
