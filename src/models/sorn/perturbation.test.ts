import { describe, expect, it } from "vitest";
import { uniformInput } from "../inputs";
import { SornNetwork } from "./network";
import { hammingDistance } from "../analysis/hamming";
import { perturbationExperiment, type PerturbationOptions } from "./perturbation";

const params = { ne: 60, nu: 6 };
const seed = 11;
const warm = new SornNetwork({ params, seed }).step(300, uniformInput(6, 1011));
const state = warm.state();
const base = (): PerturbationOptions => ({ state, params, seed, input: uniformInput(6, 1011), steps: 80 });

describe("perturbationExperiment", () => {
  it("starts at distance 1 (the flipped spike) and matches the Hamming distance of the kept trains", () => {
    const r = perturbationExperiment({ ...base(), neuron: 7, keepTrains: true });
    expect(r.distances.length).toBe(81);
    expect(r.distances[0]).toBe(1);
    expect(r.startStep).toBe(300);
    expect(r.neuron).toBe(7);
    expect(r.flippedTo).toBe(1 - warm.x[7]);
    expect(r.phase).toBe("training");
    expect(Array.from(hammingDistance(r.reference!, r.perturbed!))).toEqual(Array.from(r.distances));
    // Row 0 differs exactly at the flipped neuron.
    const diff = [];
    for (let i = 0; i < 60; i++) if (r.reference!.data[i] !== r.perturbed!.data[i]) diff.push(i);
    expect(diff).toEqual([7]);
    expect(r.maxDistance).toBe(Math.max(...r.distances));
    expect(r.finalDistance).toBe(r.distances[80]);
    expect(r.meanDistance).toBeCloseTo(r.distances.slice(1).reduce((s, d) => s + d, 0) / 80, 12);
  });

  it("gives 0 everywhere for the unperturbed pair, noise on (both copies draw the same noise)", () => {
    for (const phase of ["training", "plasticity"] as const) {
      const r = perturbationExperiment({ ...base(), neuron: null, phase, noise: true });
      expect(Array.from(r.distances)).toEqual(new Array(81).fill(0));
      expect(r.flippedTo).toBeNull();
      expect(r.extinctAt).toBe(1);
    }
  });

  it("runs the reference copy exactly like a plain continuation of the run (same input, same noise)", () => {
    const r = perturbationExperiment({ ...base(), keepTrains: true, phase: "training" });
    const plain = new SornNetwork({ params, seed, state, phase: "training", records: ["ExcitatoryActivation"] });
    plain.step(80, uniformInput(6, 1011));
    const t = plain.recorder.train("ExcitatoryActivation");
    expect(Array.from(r.reference!.data.subarray(60))).toEqual(Array.from(t.data));
  });

  it("is reproducible, and the perturbation does change the later activity of some flip", () => {
    const a = perturbationExperiment({ ...base(), neuron: 3 });
    const b = perturbationExperiment({ ...base(), neuron: 3 });
    expect(Array.from(a.distances)).toEqual(Array.from(b.distances));
    // Over all neurons, at least one flip must propagate (d(1) > 0 somewhere): a flip that
    // could never change anything would mean the copies are not coupled to x(t).
    const spread = Array.from({ length: 60 }, (_, n) => perturbationExperiment({ ...base(), steps: 1, neuron: n }).distances[1]);
    expect(Math.max(...spread)).toBeGreaterThan(0);
  });

  it("reports where the distance died out", () => {
    const results = Array.from({ length: 20 }, (_, n) => perturbationExperiment({ ...base(), neuron: n }));
    for (const r of results) {
      if (r.finalDistance > 0) expect(r.extinctAt).toBeNull();
      else {
        const k = r.extinctAt!;
        expect(k).toBeGreaterThanOrEqual(1);
        expect(Array.from(r.distances.subarray(k)).every((d) => d === 0)).toBe(true);
        if (k > 1) expect(r.distances[k - 1]).toBeGreaterThan(0);
      }
    }
  });

  it("keeps learning in the plasticity phase only when asked (the copies then run the rules)", () => {
    const training = perturbationExperiment({ ...base(), neuron: 5, keepTrains: true });
    const plastic = perturbationExperiment({ ...base(), neuron: 5, phase: "plasticity", keepTrains: true });
    expect(plastic.phase).toBe("plasticity");
    const ref = new SornNetwork({ params, seed, state, phase: "plasticity", records: ["ExcitatoryActivation"] });
    ref.step(80, uniformInput(6, 1011));
    expect(Array.from(plastic.reference!.data.subarray(60))).toEqual(Array.from(ref.recorder.train("ExcitatoryActivation").data));
    expect(Array.from(plastic.reference!.data)).not.toEqual(Array.from(training.reference!.data));
  });

  it("rejects bad options clearly", () => {
    expect(() => perturbationExperiment({ ...base(), steps: 0 })).toThrow("perturbationExperiment: steps must be a positive integer (got 0)");
    expect(() => perturbationExperiment({ ...base(), neuron: 60 })).toThrow("perturbationExperiment: neuron must be an integer in [0, 59] or null (got 60)");
    expect(() => perturbationExperiment({ ...base(), input: uniformInput(3, 1) })).toThrow("perturbationExperiment: input must have nu = 6 rows (got 3)");
    expect(() => perturbationExperiment({ ...base(), phase: "sleep" as never })).toThrow(/phase/);
  });
});
