/** Spec/experiments.md §5 C8's numbers on the geometry (the pixel probe on a canvas comes with the page view). */
import { describe, expect, it } from "vitest";
import { cartPoleGeometry, css } from "./render-geometry";

describe("cart-pole render geometry (Gymnasium's render(), §1.6)", () => {
  it("a 600 × 400 screen at 125 px/m", () => {
    const g = cartPoleGeometry([0, 0, 0, 0]);
    expect([g.width, g.height, g.scale]).toEqual([600, 400, 125]);
    expect(g.background).toEqual([255, 255, 255]);
  });
  it("the cart's centre column is 300 px at x = 0 and 425 px at x = 1.0; it reaches the edge at ±2.4", () => {
    expect(cartPoleGeometry([0, 0, 0, 0]).cart.centre.x).toBe(300);
    expect(cartPoleGeometry([1.0, 0, 0, 0]).cart.centre.x).toBe(425);
    expect(cartPoleGeometry([2.4, 0, 0, 0]).cart.centre.x).toBe(600);
    expect(cartPoleGeometry([-2.4, 0, 0, 0]).cart.centre.x).toBe(0);
    const c = cartPoleGeometry([1.0, 0, 0, 0]).cart;
    expect(c.x + c.width / 2).toBe(425);
  });
  it("cart 50 × 30 px, black, centred on the track (y flipped: 400 − 100)", () => {
    const { cart, track } = cartPoleGeometry([0, 0, 0, 0]);
    expect(cart).toMatchObject({ x: 275, y: 285, width: 50, height: 30, centre: { x: 300, y: 300 }, colour: [0, 0, 0] });
    expect(track).toEqual({ from: { x: 0, y: 300 }, to: { x: 600, y: 300 }, colour: [0, 0, 0] });
  });
  it("pole 10 × 125 px, colour (202, 152, 101), upright at θ = 0 from 5 px below the axle", () => {
    const { pole, axle } = cartPoleGeometry([0, 0, 0, 0]);
    expect([pole.width, pole.length]).toEqual([10, 125]);
    expect(pole.colour).toEqual([202, 152, 101]);
    expect(css(pole.colour)).toBe("rgb(202, 152, 101)");
    expect(pole.axle).toEqual({ x: 300, y: 292.5 });
    // Corners (±5, −5) and (±5, 120) about the axle, y up → canvas y down.
    expect(pole.corners).toEqual([
      { x: 295, y: 297.5 },
      { x: 295, y: 172.5 },
      { x: 305, y: 172.5 },
      { x: 305, y: 297.5 },
    ]);
    const xs = pole.corners.map((p) => p.x);
    const ys = pole.corners.map((p) => p.y);
    expect([Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)]).toEqual([10, 125]);
    expect(pole.tip).toEqual({ x: 300, y: 172.5 });
    expect(axle).toEqual({ centre: { x: 300, y: 292.5 }, radius: 5, colour: [129, 132, 203] });
  });
  it("for θ = 0.1 rad the pole's tip lies right of (and above) the axle, by 120·sin θ and 120·cos θ", () => {
    const { pole } = cartPoleGeometry([0, 0, 0.1, 0]);
    expect(pole.tip.x).toBeGreaterThan(pole.axle.x);
    expect(pole.tip.x - pole.axle.x).toBeCloseTo(120 * Math.sin(0.1), 12);
    expect(pole.axle.y - pole.tip.y).toBeCloseTo(120 * Math.cos(0.1), 12);
    expect(cartPoleGeometry([0, 0, -0.1, 0]).pole.tip.x).toBeLessThan(300);
    // The pole keeps its size when rotated: opposite corners 10 and 125 px apart.
    const [bl, tl, tr] = pole.corners;
    expect(Math.hypot(tr.x - tl.x, tr.y - tl.y)).toBeCloseTo(10, 12);
    expect(Math.hypot(tl.x - bl.x, tl.y - bl.y)).toBeCloseTo(125, 12);
  });
});
