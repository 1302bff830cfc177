import { describe, expect, it } from "vitest";
import { forEachPackedStep, packLists, packedSteps, SpikePacker, stepSpikes } from "./spike-pack";

const bits = (n: number, on: number[]) => {
  const a = new Uint8Array(n);
  for (const i of on) a[i] = 1;
  return a;
};

describe("SpikePacker", () => {
  it("packs E then I spikes per step with offsets, I neurons after ne", () => {
    const p = new SpikePacker(8);
    p.addStep([bits(5, [0, 3]), bits(2, [1])]);
    p.addStep([bits(5, []), bits(2, [])]);
    p.addStep([bits(5, [4]), bits(2, [0, 1])]);
    const packed = p.take();
    expect(Array.from(packed)).toEqual([3, 0, 3, 3, 6, 0, 3, 6, 4, 5, 6]);
    expect(packedSteps(packed)).toBe(3);
    expect(Array.from(stepSpikes(packed, 0))).toEqual([0, 3, 6]);
    expect(Array.from(stepSpikes(packed, 1))).toEqual([]);
    expect(Array.from(stepSpikes(packed, 2))).toEqual([4, 5, 6]);
    expect(packedSteps(p.take())).toBe(0);
  });

  it("keeps only the latest `capacity` steps of a long backlog", () => {
    const p = new SpikePacker(4);
    for (let s = 0; s < 23; s++) p.addStep([bits(30, [s]), bits(1, s % 2 ? [0] : [])]);
    const packed = p.take();
    const seen: number[][] = [];
    forEachPackedStep(packed, (_s, spikes) => seen.push(Array.from(spikes)));
    expect(seen).toEqual([[19, 30], [20], [21, 30], [22]]);
  });

  it("round-trips explicit lists and refuses steps outside the pack", () => {
    const lists = [[1, 2], [], [7]];
    const packed = packLists(lists);
    const back: number[][] = [];
    forEachPackedStep(packed, (_s, sp) => back.push(Array.from(sp)));
    expect(back).toEqual(lists);
    expect(() => stepSpikes(packed, 3)).toThrow(RangeError);
  });
});
