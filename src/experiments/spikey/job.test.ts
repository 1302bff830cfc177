import { describe, expect, it } from "vitest";
import { runSpikeyJob } from "./job";

describe("spikey.run jobs (held-out metrics, threshold fixed on the training tail)", () => {
  it("E4, seed 0, 300 training + 100 held-out states: the rewarded states' rate rises above the others; exact under the seed", () => {
    const r = runSpikeyJob({ preset: "e4-conditioning", seed: 0, train: 300, evaluate: 100 });
    expect(r.margin).toBeGreaterThan(0);
    expect(r.weight_sum_end).toBeGreaterThan(r.weight_sum_start);
    expect(r.spec.seed).toBe(0);
    expect(runSpikeyJob({ preset: "e4-conditioning", seed: 0, train: 300, evaluate: 100 }).rate_by_state).toEqual(r.rate_by_state);
    expect({ margin: +r.margin.toFixed(4), accuracy: r.accuracy, threshold: +r.threshold.toFixed(4) }).toMatchInlineSnapshot(`
      {
        "accuracy": 1,
        "margin": 0.1294,
        "threshold": 0.1082,
      }
    `);
  });
  it("the lr = 0 control changes no weight and is flat", () => {
    const r = runSpikeyJob({ preset: "e4-control", seed: 1, train: 100, evaluate: 100 });
    expect(r.weight_sum_end).toBe(r.weight_sum_start);
    expect(r.flatness).toBeLessThan(0.03);
  });
  it("an unknown preset names the key", () => {
    expect(() => runSpikeyJob({ preset: "e7", seed: 0 })).toThrow(/^preset: unknown preset 'e7'/);
  });
});

describe("exploratory presets", () => {
  it("E2 (temporal XOR, StaticMap rasters) and E5 (ordinal, TopAction + OrdinalMatch) run and score; the rasters are fixed data", () => {
    const e2 = runSpikeyJob({ preset: "e2-temporal-xor", seed: 0, train: 10, evaluate: 8 });
    expect(Object.keys(e2.spec.params.state_spike_map as object).sort()).toEqual(["00", "01", "10", "11"]);
    expect(runSpikeyJob({ preset: "e2-temporal-xor", seed: 1, train: 1, evaluate: 1 }).spec.params.state_spike_map).toEqual(e2.spec.params.state_spike_map);
    const e5 = runSpikeyJob({ preset: "e5-ordinal", seed: 0, train: 50, evaluate: 40 });
    expect(e5.action_match).toBeGreaterThanOrEqual(0);
    expect(e5.action_match).toBeLessThanOrEqual(1);
  });
});
