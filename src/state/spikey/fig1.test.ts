import { describe, expect, it } from "vitest";
import { curvePath, fig1Curves, weightRange, xOf, yOf } from "./fig1";

describe("the Fig. 1 panel's data", () => {
  it("has Florian's MSTDPET curve: w(200) 0.32161, peak 0.41960 at 140 ms (spec §3 closed form)", () => {
    const [et, mstdp, spikey] = fig1Curves();
    expect(et.rule).toBe("mstdpet");
    expect(et.t).toHaveLength(201);
    expect(et.final).toBeCloseTo(0.32161, 5);
    expect(et.peak).toBeCloseTo(0.4196, 5);
    expect(et.peakT).toBe(140);
    expect([mstdp.rule, spikey.rule]).toEqual(["mstdp", "spikey-rlstdp"]);
    expect(et.w[0]).toBeCloseTo(0.2, 7);
  });

  it("maps a curve to an SVG path in its box", () => {
    const box = { left: 10, top: 20, width: 200, height: 100, lo: 0, hi: 0.5 };
    expect(xOf(box, 100)).toBe(110);
    expect(yOf(box, 0.25)).toBe(70);
    expect(curvePath({ t: [0, 200], w: [0, 0.5] }, box)).toBe("M10.00 120.00 L210.00 20.00");
    expect(weightRange(fig1Curves())).toEqual({ lo: 0.15, hi: 0.45 });
  });
});
