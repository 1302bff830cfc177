import { describe, expect, it } from "vitest";
import { packLists } from "../worker/spike-pack";
import { SpikeBatches } from "./spike-batches";

describe("SpikeBatches", () => {
  it("walks the held steps of a range across frames and answers whether a neuron fired", () => {
    const b = new SpikeBatches(100);
    b.push(3, packLists([[1], [], [0, 4]]));
    b.push(5, packLists([[2, 4], [3]]));
    const seen: [number, number[]][] = [];
    b.forEachStep(2, 4, (step, spikes) => seen.push([step, Array.from(spikes)]));
    expect(seen).toEqual([[2, []], [3, [0, 4]], [4, [2, 4]]]);
    expect([b.fired(4, 3), b.fired(1, 3), b.fired(3, 5), b.fired(3, 6)]).toEqual([true, false, true, null]);
    expect(b.oldest).toBe(1);
  });

  it("drops frames older than its history", () => {
    const b = new SpikeBatches(4);
    b.push(3, packLists([[1], [2], [3]]));
    b.push(5, packLists([[4], [5]]));
    expect(b.oldest).toBe(1);
    b.push(8, packLists([[6], [7], [8]]));
    expect(b.oldest).toBe(4);
    b.clear();
    expect(b.oldest).toBe(Infinity);
  });
});
