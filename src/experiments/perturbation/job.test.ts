import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { SornNetwork } from "../../models/sorn/network";
import { perturbationExperiment } from "../../models/sorn/perturbation";
import { CONDITION_FREEZE, countingParams, jobSeeds } from "../counting/preset";
import { countingLetters, letterInput } from "../counting/source";
import { flipSeed, resolvePerturbationJob, runPerturbationJob } from "./job";

const small = { stepsPlastic: 1000, perturbations: 5, gap: 50, horizon: 30 };

describe("perturbation (C22's exact parts)", () => {
  it("an unperturbed copy (no flip, the same input and noise) stays at d ≡ 0 for 10⁴ steps", () => {
    const letters = countingLetters(8, 12_000, new NumpyRandom(jobSeeds(1).task));
    const input = letterInput(letters);
    const net = new SornNetwork({ params: countingParams(), seed: 1, freeze: CONDITION_FREEZE.sorn, noise: true });
    net.step(1000, input);
    const r = perturbationExperiment({ state: net.state(), params: countingParams(), seed: 1, input, steps: 10_000, neuron: null, phase: "training", noise: true });
    expect(r.maxDistance).toBe(0);
    expect(r.distances.length).toBe(10_001);
    // and the flip itself is seen: d(0) = 1
    expect(perturbationExperiment({ state: net.state(), params: countingParams(), seed: 1, input, steps: 1, neuron: 3 }).distances[0]).toBe(1);
  });
});

describe("runPerturbationJob (small sizes)", () => {
  it("gives d̄(0) = 1, curves of H + 1 steps, the dead fraction, and the same row for the same spec", () => {
    const spec = { condition: "ip" as const, seed: 2, ...small };
    const row = runPerturbationJob(spec);
    expect(row.d).toHaveLength(31);
    expect(row.d[0]).toBe(1);
    expect(row.neurons).toHaveLength(5);
    const flips = new NumpyRandom(flipSeed(2));
    expect(row.neurons).toEqual(Array.from({ length: 5 }, () => flips.randint(200)));
    expect(row.dead * 5).toBeCloseTo(Math.round(row.dead * 5), 12);
    expect(row).toMatchObject({ condition: "ip", seed: 2, input: "counting", n: 8, eeSynapses: expect.any(Number) });
    expect(runPerturbationJob(spec)).toEqual(row);
  });

  it("spontaneous: the frozen phase runs without input", () => {
    const row = runPerturbationJob({ condition: "static", seed: 0, input: "spontaneous", ...small });
    expect(row.input).toBe("spontaneous");
    expect(row.meanRateE).toBeLessThan(0.2);
  });

  it("refuses bad specs naming the field", () => {
    expect(() => resolvePerturbationJob({ condition: "plastic" as never, seed: 0 })).toThrow(/condition/);
    expect(() => resolvePerturbationJob({ condition: "sorn", seed: 0, input: "none" as never })).toThrow("unknown input 'none' (inputs: counting, spontaneous)");
    expect(() => resolvePerturbationJob({ condition: "sorn", seed: 0, horizon: 0 })).toThrow(/horizon/);
  });
});
