import { describe, expect, it } from "vitest";
import type { WeightMatrix } from "../sorn/types";
import { degreeDistribution, inDegrees, outDegrees } from "./degrees";
import { denseWeights } from "./test-helpers";

// W[pre, post], 3 × 4.
const W = denseWeights([
  [0, 0.2, 0, 0.5],
  [0.1, 0, 0, 0.3],
  [0, 0.4, 0, 0.9],
]);

describe("inDegrees / outDegrees", () => {
  it("count positive entries per column / per row", () => {
    // Columns: (0,0.1,0) → 1, (0.2,0,0.4) → 2, zeros → 0, (0.5,0.3,0.9) → 3. Rows: 2 each.
    expect(Array.from(inDegrees(W))).toEqual([1, 2, 0, 3]);
    expect(Array.from(outDegrees(W))).toEqual([2, 2, 2]);
  });
  it("rejects non-finite weights and entries outside the shape", () => {
    expect(() => inDegrees(denseWeights([[0, NaN]]))).toThrow("inDegrees: weights[0][1] must be finite (got NaN)");
    const liar: WeightMatrix = { ...denseWeights([[1]]), forEachNonZero: (fn) => fn(0, 3, 1) };
    expect(() => outDegrees(liar)).toThrow("outDegrees: weights visited entry (0, 3) outside its 1×1 shape");
    expect(() => inDegrees({ ...denseWeights([[1]]), rows: 0 })).toThrow("inDegrees: weights.rows must be a positive integer (got 0)");
    expect(() => inDegrees(null as unknown as WeightMatrix)).toThrow("inDegrees: weights must be a WeightMatrix");
  });
});

describe("degreeDistribution", () => {
  it("histograms the degrees and fits a normal (mean, population sd)", () => {
    // In-degrees [1,2,0,3]: mean 1.5, sd √((2.25+0.25+2.25+0.25)/4) = √1.25.
    // 3 bins over [0, 3]: edges 0,1,2,3; 0 → bin 0, 1 → bin 1, 2 and 3 → bin 2.
    const d = degreeDistribution(W, "in", 3);
    expect(d.mean).toBe(1.5);
    expect(d.sd).toBeCloseTo(Math.sqrt(1.25), 15);
    expect(Array.from(d.histogram.counts)).toEqual([1, 1, 2]);
    expect(Array.from(d.histogram.density)).toEqual([0.25, 0.25, 0.5]);
    // Out-degrees all 2: sd 0, range widened to [1.5, 2.5].
    const o = degreeDistribution(W, "out", 2);
    expect(o).toMatchObject({ mean: 2, sd: 0 });
    expect(Array.from(o.histogram.edges)).toEqual([1.5, 2, 2.5]);
  });
  it("rejects a bad direction or bin count", () => {
    expect(() => degreeDistribution(W, "up" as never, 3)).toThrow('degreeDistribution: direction must be "in" or "out" (got up)');
    expect(() => degreeDistribution(W, "in", 0)).toThrow("degreeDistribution: bins must be a positive integer (got 0)");
    expect(() => degreeDistribution(denseWeights([[0, NaN]]), "out", 2)).toThrow("degreeDistribution: weights[0][1] must be finite (got NaN)");
  });
});
