import { describe, expect, it } from "vitest";
import { SornInputError } from "../../models/params/error";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { SornNetwork } from "../../models/sorn/network";
import { resolveJob, runCountingJob, stretchTargets } from "./job";
import { CONDITION_FREEZE, countingParams, jobSeeds } from "./preset";
import { countingLetters, letterInput } from "./source";

const small = { stepsPlastic: 1500, stepsTrain: 400, stepsTest: 400 };

describe("runCountingJob (small step counts)", () => {
  it("gives one row per readout with every field, and the same rows for the same spec", () => {
    const spec = { n: 4, condition: "sorn" as const, seed: 3, ...small };
    const rows = runCountingJob(spec);
    expect(rows.map((r) => r.readout)).toEqual(["X", "R"]);
    for (const r of rows) {
      expect(r).toMatchObject({ n: 4, condition: "sorn", seed: 3 });
      for (const k of ["perf_all", "perf_reduced", "perf_last", "meanRateE"] as const) expect(r[k]).toBeGreaterThanOrEqual(0), expect(r[k]).toBeLessThanOrEqual(1);
      expect(Number.isInteger(r.eeSynapses)).toBe(true);
    }
    expect(runCountingJob(spec)).toEqual(rows);
    expect(runCountingJob({ ...spec, readouts: ["R"] })).toEqual([rows[1]]);
  });

  it("runs the engine with seed S and the letter stream of RandomState((S + 1000) mod 2^32)", () => {
    const seed = 7;
    expect(jobSeeds(seed)).toEqual({ engine: 7, task: 1007 });
    expect(jobSeeds(4294967000).task).toBe(704);
    const letters = countingLetters(4, 1500, new NumpyRandom(1007));
    const net = new SornNetwork({ params: countingParams(), seed, freeze: CONDITION_FREEZE.sorn, noise: false });
    net.step(1500, letterInput(letters));
    const [row] = runCountingJob({ n: 4, condition: "sorn", seed, readouts: ["X"], ...small });
    expect(row.eeSynapses).toBe(net.net.Wee.nonZeroCount());
  });

  it("static and ip keep every E→E synapse (no STDP); all conditions start from the same network", () => {
    const fresh = new SornNetwork({ params: countingParams(), seed: 2 }).net.Wee.nonZeroCount();
    for (const condition of ["static", "ip"] as const) expect(runCountingJob({ n: 4, condition, seed: 2, readouts: ["X"], ...small })[0].eeSynapses).toBe(fresh);
    expect(runCountingJob({ n: 4, condition: "sorn", seed: 2, readouts: ["X"], ...small, stepsPlastic: 0 })[0].eeSynapses).toBe(fresh);
  });

  it("the network is the spec's step 1 (ne 200, nu 60, λ 10, dense E→I, η 0.001 / 0.001, h_ip 0.1, te_max 1, ti_max 0.5)", () => {
    const p = new SornNetwork({ params: countingParams() }).params;
    expect(p).toMatchObject({ ne: 200, nu: 60, lambda_ee: 10, network_type_ei: "Dense", eta_stdp: 0.001, eta_ip: 0.001, h_ip: 0.1, te_max: 1, ti_max: 0.5 });
    expect(CONDITION_FREEZE).toEqual({ sorn: ["istdp", "sp"], static: ["stdp", "ip", "sp", "istdp", "ss"], ip: ["stdp", "ss", "istdp", "sp"] });
  });

  it("aligns the targets: X predicts letter(t+1) from x'(t), R reads letter(t) from r(t)", () => {
    const letters = Uint8Array.from({ length: 20 }, (_, i) => i % 6);
    expect(Array.from(stretchTargets(letters, 10, "X", 2, 3))).toEqual([13 % 6, 14 % 6, 15 % 6]);
    expect(Array.from(stretchTargets(letters, 10, "R", 2, 3))).toEqual([12 % 6, 13 % 6, 14 % 6]);
  });

  it("reports progress that rises to 1", () => {
    const seen: number[] = [];
    runCountingJob({ n: 2, condition: "static", seed: 0, stepsPlastic: 2000, stepsTrain: 1000, stepsTest: 1000 }, { progress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it("refuses bad specs with a SornInputError naming the field", () => {
    const base = { n: 4, condition: "sorn" as const, seed: 0 };
    const bad: [object, RegExp][] = [
      [{ n: 0 }, /^n: must be a positive integer, got 0/],
      [{ n: 2.5 }, /^n: must be a positive integer/],
      [{ condition: "plastic" }, /^condition: unknown condition 'plastic' \(conditions: sorn, static, ip\)/],
      [{ readouts: ["Y"] }, /^readout: unknown readout 'Y' \(readouts: X, R\)/],
      [{ seed: -1 }, /^seed: must be an integer in \[0, 4294967295\]/],
      [{ stepsTest: 0 }, /^stepsTest: must be an integer ≥ 1/],
      [{ ridge: -1 }, /^ridge: must be a finite number ≥ 0/],
    ];
    for (const [change, message] of bad) {
      const run = () => resolveJob({ ...base, ...change } as never);
      expect(run).toThrow(SornInputError);
      expect(run).toThrow(message);
    }
    expect(resolveJob(base)).toMatchObject({ stepsPlastic: 50_000, stepsTrain: 5_000, stepsTest: 5_000, readouts: ["X", "R"], ridge: 0 });
  });
});
