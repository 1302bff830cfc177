import { describe, expect, it } from "vitest";
import type { LognormalRow } from "../../experiments/lognormal/job";
import { lifetimeFigure } from "./lognormal-chart-data";

const row = (seed: number, counts: number[] | null) =>
  ({ seed, lifetimes: counts && { births: 9, pruned: counts.reduce((a, b) => a + b, 0), median: 3, mean: 4, max: 9, counts, aliveAtEnd: 0, aliveMedianAge: null, initial: 5, initialPruned: 1 } }) as unknown as LognormalRow;

describe("lifetimeFigure", () => {
  it("draws the non-empty power-of-two bins of each seed that followed lifetimes, on log-log axes", () => {
    const f = lifetimeFigure([row(0, [2, 0, 5, 1]), row(1, null), row(2, [0, 3])])!;
    expect(f.traces.map((t) => t.name)).toEqual(["seed 0", "seed 2"]);
    expect(f.traces[0].x).toEqual([1, 4, 8]);
    expect(f.traces[0].y).toEqual([2, 5, 1]);
    expect(f.traces[0].text).toEqual(["seed 0<br>lifetime 1–1 steps: 2 synapses", "seed 0<br>lifetime 4–7 steps: 5 synapses", "seed 0<br>lifetime 8–15 steps: 1 synapses"]);
    expect([f.xaxis, f.yaxis]).toEqual([{ type: "log" }, { type: "log" }]);
  });

  it("is null when no row followed them", () => {
    expect(lifetimeFigure([row(0, null)])).toBeNull();
  });
});
