import { describe, expect, it } from "vitest";
import { rasterFigure } from "./raster";
import { describeRows, rasterRows, rasterTickRows } from "./raster-rows";

describe("raster rows (shared by the live raster and its export)", () => {
  it("numbers E rows by neuron and I rows by ne + i, E first", () => {
    expect(rasterRows([50, 51, 52], [0, 3], 200)).toEqual([50, 51, 52, 200, 203]);
    expect(rasterRows([], [1], 10)).toEqual([11]);
  });

  it("labels every k-th row from the top row, at most `count` of them", () => {
    expect(rasterTickRows(10)).toEqual([0, 2, 4, 6, 8]);
    expect(rasterTickRows(4)).toEqual([0, 1, 2, 3]);
    expect(rasterTickRows(240)).toEqual([0, 50, 100, 150, 200]);
    expect(rasterTickRows(38)).toEqual([0, 10, 20, 30]);
    expect(rasterTickRows(0)).toEqual([]);
    for (let n = 1; n < 3000; n += 37) {
      const t = rasterTickRows(n);
      expect(t[0]).toBe(0);
      expect(t.length).toBeLessThanOrEqual(6);
      expect(t.every((r) => r < n)).toBe(true);
    }
    expect(() => rasterTickRows(-1)).toThrow(/rows must be a whole number/);
  });

  it("describes the rows in ranges", () => {
    expect(describeRows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 50, 51, 52], [0, 1], 200)).toBe("E neurons 0–9, 50–52, then I neurons 200–201");
    expect(describeRows([7], [], 10)).toBe("E neurons 7");
    expect(describeRows([], [], 10)).toBe("no neurons");
  });

  it("puts the exported raster's first chosen neuron on its top row and labels rows by neuron", () => {
    const steps = 3;
    const neurons = 100;
    const data = new Uint8Array(steps * neurons);
    data[0 * neurons + 50] = 1; // neuron 50 fires at step 0: top row
    data[1 * neurons + 59] = 1; // neuron 59 at step 1: bottom row
    const svg = rasterFigure({ excitatory: { steps, neurons, data }, excitatorySubset: [50, 51, 52, 53, 54, 55, 56, 57, 58, 59] }, { title: "R", config: {}, seed: 1 });
    const ys = [...svg.matchAll(/M[\d.]+,([\d.]+)h/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    expect(ys[0]).toBeLessThan(ys[1]);
    const axis = /<g class="axis y">(.*?)<\/g>/s.exec(svg)![1];
    const labels = [...axis.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>(\d+)<\/text>/g)].map((m) => [Number(m[1]), m[2]] as const);
    expect(labels.sort((a, b) => a[0] - b[0]).map((l) => l[1])).toEqual(["50", "52", "54", "56", "58"]);
  });
});
