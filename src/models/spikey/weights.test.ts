import { describe, expect, it } from "vitest";
import { resolveKeys } from "./keys";
import { Manual, Random, WeightMatrix } from "./parts/weights";
import { streamRng } from "./rng";

describe("weights (spec §1.2: masked, clipped to [0, max_weight])", () => {
  it("Manual layer blocks sit on the block diagonal: in → hidden, hidden → out", () => {
    const v = resolveKeys("Manual", Manual.keys, { n_inputs: 2, n_neurons: 3, max_weight: 10, matrix: [[[1, 2], [3, 4]], [[5], [6]]] });
    const m = Manual.build(v, streamRng(0, 1));
    expect([...m.w]).toEqual([1, 2, 0, 3, 4, 0, 0, 0, 5, 0, 0, 6, 0, 0, 0]);
    expect([...m.mask]).toEqual([1, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0]);
    expect([...m.colIndex]).toEqual([0, 1, 0, 1, 2, 2]);
  });

  it("values start clipped, masked cells stay 0 under any change, the rest stay in [0, max]", () => {
    const m = new WeightMatrix(1, 2, 1, Float32Array.of(0.5, 0, 7, -1, 0, 0.2));
    expect([...m.w]).toEqual([0.5, 0, 1, 0, 0, Math.fround(0.2)]);
    expect([...m.mask]).toEqual([1, 0, 1, 1, 0, 1]);
    for (let i = 0; i < m.w.length; i++) m.w[i] += 3;
    m.clip();
    expect([...m.w]).toEqual([1, 0, 1, 1, 0, 1]);
    for (let i = 0; i < m.w.length; i++) m.w[i] = i % 2 ? NaN : -4;
    m.clip();
    expect([...m.w].every((x) => x === 0)).toBe(true);
  });

  it("Random: layers mask, no self-loops, force_unidirectional leaves no reciprocal pair; seeded", () => {
    const keys = (extra: object) => resolveKeys("Random", Random.keys, { n_inputs: 3, n_neurons: 6, max_weight: 1, ...extra });
    const layered = Random.build(keys({ layers: [[3, 4], [4, 2]] }), streamRng(1, 6));
    for (let u = 0; u < 9; u++) for (let c = 0; c < 6; c++) {
      const allowed = (u < 3 && c < 4) || (u >= 3 && u < 7 && c >= 4);
      expect(layered.get(u, c) !== 0).toBe(allowed);
    }
    const uni = Random.build(keys({ force_unidirectional: true }), streamRng(2, 6));
    for (let i = 0; i < 6; i++) {
      expect(uni.get(3 + i, i)).toBe(0);
      for (let j = 0; j < 6; j++) if (i !== j) expect(uni.get(3 + i, j) !== 0 && uni.get(3 + j, i) !== 0).toBe(false);
    }
    const a = Random.build(keys({ connection_prob: 0.5 }), streamRng(3, 6));
    const b = Random.build(keys({ connection_prob: 0.5 }), streamRng(3, 6));
    expect([...a.w]).toEqual([...b.w]);
    expect([...a.w].every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  it("a block that does not fit names the key", () => {
    const v = resolveKeys("Random", Random.keys, { n_inputs: 2, n_neurons: 2, max_weight: 1, layers: [[5, 2]] });
    expect(() => Random.build(v, streamRng(0, 6))).toThrow(/^layers: layer block 0 \(5 × 2\)/);
  });
});
