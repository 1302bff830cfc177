import { describe, expect, it } from "vitest";
import { endRange, LIVE_VIEW, panView, timeDomain, zoomView, type TimeLimits } from "./zoom";

const limits = (newest: number): TimeLimits => ({ newest, defaultSpan: 1000, minSpan: 20, history: 10_000 });

describe("time axis zoom and pan", () => {
  it("the live view shows the default span ending at the newest step, and follows it", () => {
    expect(timeDomain(LIVE_VIEW, limits(600))).toEqual({ first: -399, last: 600 });
    expect(timeDomain(LIVE_VIEW, limits(5000))).toEqual({ first: 4001, last: 5000 });
  });

  it("zooming while following keeps following, the newest step at the right edge", () => {
    const v = zoomView(LIVE_VIEW, limits(5000), 0.5, 4200);
    expect(v).toEqual({ span: 500, end: null });
    expect(timeDomain(v, limits(6000))).toEqual({ first: 5501, last: 6000 });
  });

  it("zooming a view panned back keeps the step under the pointer in place", () => {
    const panned = { span: 1000, end: 3000 };
    const v = zoomView(panned, limits(5000), 0.5, 2500);
    const d = timeDomain(v, limits(5000));
    expect(d.last - d.first + 1).toBe(500);
    // 2500 was halfway across [2001, 3000]; it stays halfway.
    expect(Math.abs((2500 - d.first) / (d.last - d.first) - 0.5)).toBeLessThan(0.01);
    expect(timeDomain(v, limits(9000))).toEqual(d);
  });

  it("spans stay between the smallest zoom and the history held", () => {
    expect(zoomView(LIVE_VIEW, limits(50_000), 1e-6, 0).span).toBe(20);
    expect(zoomView(LIVE_VIEW, limits(50_000), 1e6, 0).span).toBe(10_000);
  });

  it("panning back pins the view; panning to the newest step follows again", () => {
    const back = panView(LIVE_VIEW, limits(5000), -700);
    expect(back).toEqual({ span: null, end: 4300 });
    expect(timeDomain(back, limits(5100))).toEqual({ first: 3301, last: 4300 });
    expect(panView(back, limits(5100), 2000)).toEqual({ span: null, end: null });
  });

  it("the view can end as early as the oldest held step, never before step 1 or the held history", () => {
    expect(endRange(limits(50_000))).toEqual({ min: 40_001, max: 50_000 });
    expect(panView(LIVE_VIEW, limits(50_000), -1e9)).toEqual({ span: null, end: 40_001 });
    expect(timeDomain({ span: 200, end: -5 }, limits(600))).toEqual({ first: -198, last: 1 });
    expect(endRange(limits(0))).toEqual({ min: 0, max: 0 });
  });
});
