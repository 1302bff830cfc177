import { describe, expect, it } from "vitest";
import type { SpikeTrain } from "../sorn/types";
import { pairwiseCorrelation } from "./correlation";
import { randomTrain, trainFromRows } from "./test-helpers";
import { pearson } from "./timeseries";

// Made with numpy 1.x-compatible RandomState(12345): X = (rng.random_sample((24, 6)) < 0.35),
// then column 4 set to 0 (silent) and column 5 to 1 (always on).
const rows = [
  "011101", "000001", "111001", "000001", "000001", "100101", "010001", "011101",
  "010101", "010001", "010101", "000001", "000101", "000001", "001001", "000001",
  "100101", "011001", "000101", "100001", "001001", "011001", "000001", "011001",
];
// np.corrcoef(X[:, [0,1,2,3]].T), numpy 2.4.6.
const C = [
  [1, -0.15118578920369097, -0.0790569415042095, 0.15811388300841908],
  [-0.15118578920369097, 1, 0.4780914437337574, 0.11952286093343935],
  [-0.0790569415042095, 0.4780914437337574, 1, -0.12500000000000003],
  [0.15811388300841908, 0.11952286093343935, -0.12500000000000003, 1],
];
// C[np.triu_indices(4, 1)].mean()
const MEAN = 0.06674757616128589;

function column(t: SpikeTrain, i: number): number[] {
  return Array.from({ length: t.steps }, (_, s) => t.data[s * t.neurons + i]);
}

describe("pairwiseCorrelation", () => {
  it.each(["auto", "active-lists", "bitsets"] as const)("matches numpy's corrcoef (%s)", (method) => {
    const r = pairwiseCorrelation(trainFromRows(rows), method);
    expect(r.neurons).toBe(6);
    expect(r.constantNeurons).toEqual([4, 5]);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(r.matrix[i * 6 + j]).toBeCloseTo(C[i][j], 15);
    // Rows/columns of the constant neurons 4 and 5 are all 0, their diagonal included.
    for (let k = 0; k < 6; k++) {
      for (const c of [4, 5]) {
        expect(r.matrix[c * 6 + k]).toBe(0);
        expect(r.matrix[k * 6 + c]).toBe(0);
      }
    }
    // Mean over the 4·3/2 = 6 pairs of non-constant neurons.
    expect(r.pairs).toBe(6);
    expect(r.meanCorrelation).toBeCloseTo(MEAN, 15);
  });

  it("agrees with a direct Pearson on every pair, by both counting methods", () => {
    // 300 steps × 40 neurons, rates from 0.02 to 0.8; neuron 7 silent, neuron 9 always on.
    const t = randomTrain(300, 40, (i) => (i === 7 ? 0 : i === 9 ? 1 : 0.02 + (0.78 * i) / 39), 2024);
    const a = pairwiseCorrelation(t, "active-lists");
    const b = pairwiseCorrelation(t, "bitsets");
    expect(Array.from(b.matrix)).toEqual(Array.from(a.matrix));
    expect(a.constantNeurons).toEqual([7, 9]);
    let sum = 0;
    for (let i = 0; i < 40; i++) {
      for (let j = i + 1; j < 40; j++) {
        if (i === 7 || i === 9 || j === 7 || j === 9) continue;
        const r = pearson(column(t, i), column(t, j));
        expect(a.matrix[i * 40 + j]).toBeCloseTo(r, 13);
        sum += r;
      }
    }
    expect(a.pairs).toBe((38 * 37) / 2);
    expect(a.meanCorrelation).toBeCloseTo(sum / a.pairs, 13);
  });

  it("returns a null mean when fewer than two neurons vary", () => {
    const r = pairwiseCorrelation(trainFromRows(["100", "110", "000"]));
    // Neuron 0 varies (1,1,0); neuron 1 varies (0,1,0); neuron 2 silent. One pair:
    // n0 = 2, n1 = 1, n01 = 1, T = 3: (3·1 − 2·1)/(√(2·1)·√(1·2)) = 1/2.
    expect(r.meanCorrelation).toBeCloseTo(0.5, 15);
    expect(r.pairs).toBe(1);
    const s = pairwiseCorrelation(trainFromRows(["10", "10", "00"]));
    expect(s).toMatchObject({ meanCorrelation: null, pairs: 0, constantNeurons: [1] });
    expect(Array.from(s.matrix)).toEqual([1, 0, 0, 0]);
  });

  it("handles 1000 independent neurons × 20000 steps (mean correlation ≈ 0)", () => {
    // Speed is measured by `npm run bench`, never asserted here.
    const t = randomTrain(20000, 1000, () => 0.1, 99);
    const r = pairwiseCorrelation(t);
    // Independent neurons: the mean correlation is ≈ 0 (sd of one r ≈ 1/√T ≈ 0.007).
    expect(Math.abs(r.meanCorrelation ?? 1)).toBeLessThan(1e-3);
  });

  it("rejects a bad method or train", () => {
    expect(() => pairwiseCorrelation(trainFromRows(["10"]), "fast" as never)).toThrow(
      'pairwiseCorrelation: method must be "auto", "active-lists" or "bitsets" (got fast)',
    );
    expect(() => pairwiseCorrelation({ steps: 1, neurons: 2, data: Uint8Array.from([3, 0]) })).toThrow(
      "pairwiseCorrelation: spikeTrain must be binary (0/1); found 3 at step 0, neuron 0",
    );
  });
});
