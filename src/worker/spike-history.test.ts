import { describe, expect, it } from "vitest";
import { SpikeHistory } from "./spike-history";

const bits = (n: number, on: number[]) => {
  const a = new Uint8Array(n);
  for (const i of on) a[i] = 1;
  return a;
};

describe("SpikeHistory", () => {
  it("cuts the latest steps as a train, numbering steps from 1", () => {
    const h = new SpikeHistory([{ name: "E", size: 40 }, { name: "I", size: 3 }], 5, 2);
    h.clear(0);
    for (let s = 0; s < 7; s++) h.push([bits(40, [s, 33 + (s % 2)]), bits(3, [s % 3])]);
    expect(h.held).toBe(5);
    const e = h.train("E", 3);
    expect(e.t0).toBe(5);
    expect(e.steps).toBe(3);
    const rows = [0, 1, 2].map((r) => Array.from(e.data.subarray(r * 40, r * 40 + 40)).flatMap((v, i) => (v ? [i] : [])));
    expect(rows).toEqual([[4, 33], [5, 34], [6, 33]]);
    const i = h.train("I");
    expect(i.steps).toBe(5);
    expect(Array.from(i.data.subarray(12, 15))).toEqual([1, 0, 0]);
  });

  it("counts rates over a sliding window", () => {
    const h = new SpikeHistory([{ name: "E", size: 2 }, { name: "I", size: 1 }], 10, 4);
    h.clear(0);
    const pattern = [[0], [0, 1], [], [0], [1], [1]];
    for (const on of pattern) h.push([bits(2, on), bits(1, [])]);
    // last 4 steps: [], [0], [1], [1] → neuron 0 once, neuron 1 twice
    const { rates, window } = h.rates();
    expect(window).toBe(4);
    expect(Array.from(rates)).toEqual([0.25, 0.5, 0]);
  });

  it("gives equal digests for equal histories and different ones otherwise", () => {
    const make = (flip: boolean) => {
      const h = new SpikeHistory([{ name: "E", size: 10 }, { name: "I", size: 2 }], 16, 4);
      h.clear(0);
      for (let s = 0; s < 20; s++) h.push([bits(10, [s % 10, flip && s === 19 ? 0 : s % 10]), bits(2, [])]);
      return h.digest();
    };
    expect(make(false)).toEqual(make(false));
    expect(make(true).hash).not.toBe(make(false).hash);
    expect(make(false).steps).toBe(16);
  });
});
