import { describe, expect, it } from "vitest";
import { spikeSourceEntropy } from "./entropy";
import { trainFromRows } from "./test-helpers";

describe("spikeSourceEntropy", () => {
  it("is 1 for equal counts and 0 for a single source", () => {
    expect(spikeSourceEntropy(trainFromRows(["111", "111"]))).toBe(1);
    expect(spikeSourceEntropy(trainFromRows(["100", "100"]))).toBe(0);
    // Counts [1, 1, 2] → p = [¼, ¼, ½], H = (¼ln4 + ¼ln4 + ½ln2)/ln3 = 1.5·ln2/ln3.
    expect(spikeSourceEntropy(trainFromRows(["111", "001"]))).toBeCloseTo((1.5 * Math.LN2) / Math.log(3), 15);
  });
  it("treats 0·ln 0 as 0 (silent neurons) and matches scipy", () => {
    // The 24×6 train of correlation.test.ts (neuron 4 silent; counts [4,10,8,8,0,24]).
    // scipy.stats.entropy([4,10,8,8,0,24]) / np.log(6) = 0.7988191254980092.
    const rows = [
      "011101", "000001", "111001", "000001", "000001", "100101", "010001", "011101",
      "010101", "010001", "010101", "000001", "000101", "000001", "001001", "000001",
      "100101", "011001", "000101", "100001", "001001", "011001", "000001", "011001",
    ];
    expect(spikeSourceEntropy(trainFromRows(rows))).toBeCloseTo(0.7988191254980092, 15);
    // Without the silent column the package's own formula applies (N = 5):
    // np.sum(p*np.log(p))/np.log(1/5) = 0.8893115548314992.
    const five = rows.map((r) => r.slice(0, 4) + r[5]);
    expect(spikeSourceEntropy(trainFromRows(five))).toBeCloseTo(0.8893115548314992, 15);
  });
  it("rejects a train with no spikes or a single neuron", () => {
    expect(() => spikeSourceEntropy(trainFromRows(["000", "000"]))).toThrow(
      "spikeSourceEntropy: spikeTrain has no spikes, so the spike-source distribution is undefined",
    );
    expect(() => spikeSourceEntropy(trainFromRows(["1", "1"]))).toThrow(
      "spikeSourceEntropy: spikeTrain must have at least 2 neurons (the entropy is normalised by ln N)",
    );
  });
});
