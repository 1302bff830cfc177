import { describe, expect, it } from "vitest";
import { isiExponentialFit, isiHistogram, isiValues } from "./isi";
import { trainFromRows, trainFromSpikeTimes } from "./test-helpers";

// 400 ISIs drawn with numpy RandomState(3).geometric(0.15, 400).
const ISI = (
  "5,8,3,5,14,14,1,2,1,4,1,4,7,3,7,6,1,6,2,4,3,8,4,2,5,10,3,2,4,17,23,7,15,12,3,1,7,6,3,2,4,4,2,3,4,13,6,3,3,4,2,2,5," +
  "1,5,3,8,9,8,8,3,7,3,6,3,4,1,2,22,2,8,7,8,4,6,1,1,2,2,1,1,5,2,19,8,5,8,2,17,12,8,5,12,9,7,16,7,3,5,2,2,8,10,23,12,5," +
  "1,5,17,10,5,4,2,2,1,14,7,1,4,1,2,9,7,5,2,7,20,4,1,1,1,20,5,12,2,2,8,14,3,1,13,3,9,2,8,12,8,3,8,1,3,4,13,2,14,10,22," +
  "3,2,2,11,21,8,5,3,12,13,1,2,11,12,3,3,4,5,1,12,5,10,2,21,9,3,19,8,12,1,1,9,3,5,2,24,5,11,1,5,1,14,4,1,1,5,1,2,4,5,6," +
  "6,3,6,2,2,10,2,2,2,5,1,1,4,2,8,10,6,8,4,1,4,3,6,1,2,11,2,4,17,2,1,8,6,6,1,4,1,2,8,1,3,28,22,5,9,7,4,12,2,11,1,13,7," +
  "4,7,4,10,1,5,13,17,2,2,15,3,1,8,4,9,4,5,4,3,15,7,10,14,2,16,13,5,6,1,9,2,5,1,1,6,5,7,10,25,1,7,6,7,5,6,13,4,5,8,1," +
  "4,1,1,1,2,2,5,6,11,5,14,4,9,5,7,2,18,10,1,5,34,1,3,9,1,9,6,9,5,18,3,6,1,5,4,26,18,1,1,1,2,8,5,5,4,1,4,43,11,6,2,16," +
  "4,6,2,3,3,4,1,7,2,6,6,8,3,3,9,4,2,15,1,14,3,3,24,4,8,4,16,8,5,1,3,5,3,5,2,5"
)
  .split(",")
  .map(Number);
// Spike times 0, ISI[0], ISI[0]+ISI[1], …; T = ΣISI + 1 = 2534.
const times = ISI.reduce((t, d) => [...t, t[t.length - 1] + d], [0]);
const train = trainFromSpikeTimes(2534, times);

describe("isiValues and isiHistogram", () => {
  it("collect one neuron's or all neurons' intervals", () => {
    // Neuron 0 spikes at 0, 2, 3; neuron 1 at 1, 4; neuron 2 at 4 only.
    const t = trainFromRows(["100", "010", "100", "100", "011"]);
    expect(Array.from(isiValues(t, 0))).toEqual([2, 1]);
    expect(Array.from(isiValues(t))).toEqual([2, 1, 3]);
    expect(Array.from(isiHistogram(t, 2).counts)).toEqual([1, 2]); // [1,2) holds 1; [2,3] holds 2, 3
  });
  it("bin like numpy", () => {
    expect(Array.from(isiValues(train, 0))).toEqual(ISI);
    // np.histogram(isi, bins=12): counts [192 87 59 28 16 6 8 2 0 1 0 1], edges 1, 4.5, …, 43.
    const h = isiHistogram(train, 12, 0);
    expect(Array.from(h.counts)).toEqual([192, 87, 59, 28, 16, 6, 8, 2, 0, 1, 0, 1]);
    expect(Array.from(h.edges)).toEqual([1, 4.5, 8, 11.5, 15, 18.5, 22, 25.5, 29, 32.5, 36, 39.5, 43]);
  });
  it("reject a train without intervals", () => {
    const t = trainFromRows(["10", "01", "00"]);
    expect(() => isiValues(t)).toThrow("isiValues: no neuron spikes twice, so there is no inter-spike interval");
    expect(() => isiHistogram(t, 3, 1)).toThrow("isiHistogram: neuron 1 spikes fewer than twice, so it has no inter-spike interval");
    expect(() => isiHistogram(t, 3, 2)).toThrow("isiHistogram: neuron must be an integer in [0, 1] (got 2)");
    expect(() => isiHistogram(t, 0)).toThrow("isiHistogram: bins must be a positive integer (got 0)");
  });
});

describe("isiExponentialFit", () => {
  it("reproduces the package's fit with points = 'package'", () => {
    // The package: y, x = np.histogram(isi, 12); x = [int(e) for e in x];
    // curve_fit(f, x[1:12], y[1:12]) (p0 = 1, 1, 1) → (161.40151640616244, 0.14229182583736016,
    // 1.6278868140447769), RSS 143.3063708596813; with p0 = (200, 0.1, 0) and xtol = ftol = 1e-15
    // → (161.40145194627453, 0.14229173021231586, 1.6278970475773593), RSS 143.3063708589575.
    const r = isiExponentialFit(train, 12, { neuron: 0, points: "package" });
    expect(Array.from(r.x)).toEqual([4, 8, 11, 15, 18, 22, 25, 29, 32, 36, 39]); // int(4.5) = 4, …
    expect(Array.from(r.y)).toEqual([87, 59, 28, 16, 6, 8, 2, 0, 1, 0, 1]);
    expect(r.fit.a).toBeCloseTo(161.40145194627453, 3);
    expect(r.fit.b).toBeCloseTo(0.14229173021231586, 6);
    expect(r.fit.c).toBeCloseTo(1.6278970475773593, 4);
    expect(r.fit.rss).toBeCloseTo(143.3063708589575, 8);
  });
  it("fits every bin at its centre by default", () => {
    // scipy: curve_fit(f, centres, counts, p0=(200, 0.1, 0), xtol = ftol = 1e-15) →
    // (317.73662671113607, 0.19103190591286728, −1.2303002052485752), RSS 218.4206678843887.
    const r = isiExponentialFit(train, 12, { neuron: 0 });
    expect(r.x[0]).toBe(2.75);
    expect(r.y.length).toBe(12);
    expect(r.fit.a).toBeCloseTo(317.73662671113607, 4);
    expect(r.fit.b).toBeCloseTo(0.19103190591286728, 7);
    expect(r.fit.c).toBeCloseTo(-1.2303002052485752, 5);
    expect(r.fit.rss).toBeCloseTo(218.4206678843887, 8);
  });
  it("rejects too few points and an unknown point choice", () => {
    expect(() => isiExponentialFit(train, 3, { neuron: 0, points: "package" })).toThrow(
      'isiExponentialFit: bins (3) gives fewer than 3 distinct points to fit with points = "package"',
    );
    expect(() => isiExponentialFit(train, 12, { points: "edges" as never })).toThrow(
      'isiExponentialFit: points must be "centres" or "package" (got edges)',
    );
    expect(() => isiExponentialFit(train, -2)).toThrow("isiExponentialFit: bins must be a positive integer (got -2)");
  });
});
