import { describe, expect, it } from "vitest";
import { RecentSeries, StridedSeries } from "./series";

describe("RecentSeries", () => {
  it("keeps the latest steps and finds values by step number", () => {
    const s = new RecentSeries(2, 4);
    s.append(3, 3, [[1, 2, 3], [10, 20, 30]]);
    s.append(6, 3, [[4, 5, 6], [40, 50, 60]]);
    expect(s.held).toBe(4);
    expect(s.at(0, 6)).toBe(6);
    expect(s.at(1, 3)).toBe(30);
    expect(s.at(0, 2)).toBeUndefined();
    expect(s.at(0, 7)).toBeUndefined();
  });

  it("takes only the tail of a batch longer than its capacity", () => {
    const s = new RecentSeries(1, 3);
    s.append(10, 10, [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]);
    expect([s.at(0, 8), s.at(0, 9), s.at(0, 10), s.at(0, 7)]).toEqual([8, 9, 10, undefined]);
  });
});

describe("StridedSeries", () => {
  it("thins a long run to its capacity, keeping evenly spaced steps", () => {
    const s = new StridedSeries(1, 8);
    for (let t = 1; t <= 100; t++) s.append(t, 1, [[t * 2]]);
    expect(s.steps.length).toBeLessThanOrEqual(8);
    expect(s.stride).toBe(16);
    expect(s.steps).toEqual([16, 32, 48, 64, 80, 96]);
    expect(s.values[0]).toEqual(s.steps.map((t) => t * 2));
  });
});
