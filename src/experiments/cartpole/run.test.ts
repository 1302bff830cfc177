import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { PythonRandom } from "../../models/rng/python-random";
import { buildNetwork } from "../../models/sorn/construct";
import { SornNetwork } from "../../models/sorn/network";
import { inhibitoryCount, resolveParams } from "../../models/sorn/params";
import { stateOf } from "../../models/sorn/state";
import { compareSpecs, pairedDifference, parseVariants, summarizeRuns } from "./compare";
import { resolveRun, runSeeds, VARIANTS, type CartPoleRunSpec } from "./options";
import { Reservoir, RESERVOIR_H_IP, populationBin } from "./reservoir";
import { runCartPole } from "./run";
import { bootstrapMean, movingAverage, percentile } from "./stats";

const short: CartPoleRunSpec = { seed: 3, episodes: 30, env: "v0", evalEvery: 5, evalEpisodes: 3 };

describe("the reservoir", () => {
  it("has ne 50, ni 10 and h_ip = 2·4/50 = 0.16 by the package rule (B7)", () => {
    const r = new Reservoir({ seed: 1 });
    expect([r.ne, r.net.ni, r.nu]).toEqual([50, 10, 4]);
    expect(RESERVOIR_H_IP).toBe(0.16);
    expect(r.hIp).toBe(0.16);
    expect(r.net.noise()).toBe(false);
  });

  it("draws the docs' 4 standard normals first, then builds the network (the package's order)", () => {
    const r = new Reservoir({ seed: 7 });
    expect(Array.from(r.initialInput)).toEqual(Array.from(new NumpyRandom(7).normalFill(new Float64Array(4), 0, 1)));
    expect(r.net.t).toBe(1);
  });

  it("handing a built network to the engine as a state is lossless (same spikes as the engine's own build)", () => {
    const params = resolveParams({ ne: 50, nu: 4 });
    const np = new NumpyRandom(11);
    const py = new PythonRandom(11);
    const net = buildNetwork(params, np, py);
    const ni = inhibitoryCount(50);
    const state = stateOf({ net, ne: 50, ni, t: 0, xPrev: new Uint8Array(50), x: new Uint8Array(50), yPrev: new Uint8Array(ni), y: new Uint8Array(ni), np, py });
    const a = new SornNetwork({ params, seed: 11, state, noise: false });
    const b = new SornNetwork({ params, seed: 11, noise: false });
    const u = { nu: 4, fill: (t: number, out: Float64Array) => out.set([Math.sin(t), 0.3, -0.2, Math.cos(t)]) };
    for (let t = 0; t < 300; t++) {
      a.step(1, u);
      b.step(1, u);
      expect(a.x).toEqual(b.x);
    }
    expect(a.state()).toEqual(b.state());
  });

  it("population code (lab extension): 4K input neurons, one bin each, h_ip kept at 0.16", () => {
    const r = new Reservoir({ seed: 2, encoding: "population", bins: 5 });
    expect(r.nu).toBe(20);
    expect(r.hIp).toBe(0.16);
    expect([populationBin(-9, -1, 1, 5), populationBin(-1, -1, 1, 5), populationBin(0, -1, 1, 5), populationBin(0.999, -1, 1, 5), populationBin(1, -1, 1, 5), populationBin(7, -1, 1, 5)]).toEqual([0, 0, 2, 4, 4, 4]);
  });

  it("activity saved and restored exactly", () => {
    const r = new Reservoir({ seed: 4 });
    for (let t = 0; t < 20; t++) r.step([0.01 * t, -0.5, 0.02, 1.2]);
    const saved = r.saveActivity();
    r.step([1, 1, 1, 1]);
    r.restoreActivity(saved);
    expect(r.saveActivity()).toEqual(saved);
  });
});

describe("runs", () => {
  it("are deterministic: the same spec gives identical scores and evaluations", () => {
    for (const mode of ["docs", "corrected"] as const) expect(runCartPole({ ...short, mode })).toEqual(runCartPole({ ...short, mode }));
  });

  for (const mode of ["docs", "corrected"] as const) {
    for (const variant of VARIANTS) {
      it(`${mode} / ${variant}: a short run`, () => {
        const r = runCartPole({ ...short, mode, variant });
        expect(r.scores).toHaveLength(30);
        expect(r.aborted).toBeUndefined();
        for (const s of r.scores) expect(s).toBeGreaterThanOrEqual(8);
        expect(r.steps).toBe(r.scores.reduce((a, b) => a + b, 0));
        const learnsFrom = variant === "random" ? -1 : mode === "docs" ? 0 : 20;
        expect(r.learningFrom).toBe(learnsFrom);
        // evaluations after every 5 learning episodes and after the last (not twice)
        const trained = variant === "random" || mode === "docs" ? 30 : 10;
        expect(r.evaluations.map((e) => e.trainingEpisodes)).toEqual([...Array(trained / 5).keys()].map((k) => 5 * (k + 1)));
        for (const e of r.evaluations) expect(e.scores).toHaveLength(3);
        expect(r.hIp).toBe(variant === "plastic" || variant === "frozen" ? 0.16 : null);
      });
    }
  }

  it("evaluation never changes the training run", () => {
    const a = runCartPole({ ...short, evalEpisodes: 0 });
    const b = runCartPole({ ...short, evalEpisodes: 4, evalEvery: 1, overlap: true });
    const c = runCartPole({ ...short, evalEpisodes: 0, overlap: true });
    expect(a.evaluations).toEqual([]);
    expect(b.scores).toEqual(c.scores);
    expect(runCartPole({ ...short, evalEvery: 2 }).scores).toEqual(a.scores);
  });

  it("controls on the same seed start from the same environment states", () => {
    // in corrected mode every variant takes the same random actions in the plasticity episodes
    // (the env and action streams are shared; the reservoir's steps draw from neither)
    const random = runCartPole({ ...short, variant: "random", episodes: 20 }).scores;
    for (const variant of ["plastic", "frozen", "raw"] as const) expect(runCartPole({ ...short, variant, episodes: 20 }).scores).toEqual(random);
  });

  it("options change the run: reset, overlap, baselines, population code, v1", () => {
    const base = runCartPole(short).scores;
    for (const extra of [{ resetReservoir: true }, { overlap: true }, { baseline: "none" }, { baseline: "running" }, { encoding: "population", bins: 4 }, { plasticEpisodes: 0 }] as const) {
      const r = runCartPole({ ...short, ...extra });
      expect(r.scores).toHaveLength(30);
      expect(r.scores).not.toEqual(base);
    }
    expect(resolveRun({ seed: 0, episodes: 5 }).env).toBe("v1");
    expect(resolveRun({ seed: 0, episodes: 5, mode: "docs" })).toMatchObject({ env: "v0", alpha: 1e-4, plasticEpisodes: 5, overlap: true, baseline: "none" });
  });

  it("C11 in a run: docs with z > 709 ends with the B3 report, the corrected softmax carries on", () => {
    const docs = runCartPole({ ...short, mode: "docs", wScale: 1000 });
    expect(docs.aborted?.message).toMatch(/^softmax overflow \(docs bug B3\).*\(episode 0, step 0\)$/);
    expect(docs.scores).toEqual([]);
    const corrected = runCartPole({ ...short, wScale: 1e5, episodes: 25 });
    expect(corrected.aborted).toBeUndefined();
    expect(corrected.scores).toHaveLength(25);
  });

  it("refuses bad options with the field named", () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ mode: "doc" }, "mode: unknown mode 'doc' (docs, corrected)"],
      [{ variant: "lsm" }, "variant: unknown variant 'lsm' (plastic, frozen, raw, random)"],
      [{ episodes: 0 }, "episodes: must be an integer in [1, 10000000], got 0"],
      [{ episodes: undefined }, "episodes: is required"],
      [{ seed: -1 }, "seed: must be an integer in [0, 4294967295], got -1"],
      [{ env: "v2" }, "env: unknown env 'v2' (v0, v1)"],
      [{ plasticEpisodes: 31 }, "plasticEpisodes: must be an integer in [0, 30], got 31"],
      [{ alpha: 0 }, "alpha: must be a number > 0, got 0"],
      [{ gamma: 1.5 }, "gamma: must be a number in [0, 1], got 1.5"],
      [{ mode: "docs", baseline: "none" }, "baseline: only in corrected mode (the docs have no baseline, bug B2)"],
      [{ baseline: "mean" }, "baseline: unknown baseline 'mean' (standardize, none, running)"],
      [{ bins: 4 }, "bins: needs encoding 'population'"],
      [{ encoding: "population", bins: 13 }, "bins: must be an integer in [2, 12], got 13"],
      [{ evalEvery: 0 }, "evalEvery: must be an integer in [1, 10000000], got 0"],
    ];
    for (const [change, message] of bad) expect(() => runCartPole({ ...short, ...change } as CartPoleRunSpec)).toThrow(message);
  });
});

describe("seeds, comparison and statistics", () => {
  it("derives the streams from the run seed", () => {
    expect(runSeeds(5)).toEqual({ sorn: 5, policy: 1005, actions: 3005, env: 5, evalEnv: 2 ** 32 + 5, evalPolicy: 2005, pretrain: 4005 });
    expect(runSeeds(2 ** 32 - 1).policy).toBe(999);
  });

  it("compares variants seed by seed and pairs the held-out means", () => {
    const specs = compareSpecs({ episodes: 25, env: "v0", evalEpisodes: 2 }, parseVariants("plastic,frozen"), [0, 1]);
    expect(specs.map((s) => `${s.variant}${s.seed}`)).toEqual(["plastic0", "frozen0", "plastic1", "frozen1"]);
    const runs = specs.map((s) => runCartPole(s));
    const [plastic, frozen] = summarizeRuns(runs);
    expect([plastic.label, frozen.label]).toEqual(["corrected", "frozen"]);
    const d = pairedDifference(runs, "corrected", "frozen");
    expect(d.differences).toEqual([0, 1].map((s) => runs[2 * s].evaluations.at(-1)!.mean - runs[2 * s + 1].evaluations.at(-1)!.mean));
    expect(() => parseVariants("plastic,lsm")).toThrow("compare: unknown variant 'lsm' (variants: plastic, frozen, raw, random)");
    expect(() => parseVariants("raw,raw")).toThrow("compare: variant 'raw' given twice");
  });

  it("percentile, moving average and bootstrap", () => {
    expect(percentile([1, 2, 3, 4], 25)).toBe(1.75);
    expect(Array.from(movingAverage([2, 4, 6, 8], 2))).toEqual([2, 3, 5, 7]);
    const b = bootstrapMean([1, 2, 3, 4, 5], { seed: 1, resamples: 2000 });
    expect(b.mean).toBe(3);
    expect(b.lo).toBeLessThan(3);
    expect(b.hi).toBeGreaterThan(3);
    expect(bootstrapMean([1, 2, 3, 4, 5], { seed: 1, resamples: 2000 })).toEqual(b);
  });
});
