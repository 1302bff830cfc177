import { describe, expect, it } from "vitest";
import { forceSimulation } from "d3";
import { EDGE_OPACITY, MAX_EDGES, binOpacity, edgeBin, edgeBins, networkForces, placeNodes, strongestEdges } from "./network-layout";

/** A symmetric n×n matrix with m[i][j] = f(i, j) off the diagonal and 1 on it. */
function symmetric(n: number, f: (i: number, j: number) => number): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i * n + j] = i === j ? 1 : f(Math.min(i, j), Math.max(i, j));
  return m;
}

describe("strongestEdges (the live panel's and the export's one edge rule)", () => {
  it("keeps the pairs above the threshold, strongest first, and counts them", () => {
    // Pairs 01 .5, 02 .2, 03 .1, 12 .9, 13 .3, 23 0.
    const m = [1, 0.5, 0.2, 0.1, 0.5, 1, 0.9, 0.3, 0.2, 0.9, 1, 0, 0.1, 0.3, 0, 1];
    expect(strongestEdges(m, 4, 0.15)).toEqual({
      edges: [
        [1, 2],
        [0, 1],
        [1, 3],
        [0, 2],
      ],
      strengths: [0.9, 0.5, 0.3, 0.2],
      total: 4,
    });
  });

  it("draws at most max edges but counts every pair above the threshold", () => {
    const n = 80;
    const m = symmetric(n, (i, j) => ((i * 31 + j * 17) % 101) / 100);
    const all = strongestEdges(m, n, 0.1, Infinity);
    expect(all.total).toBe(all.edges.length);
    const top = strongestEdges(m, n, 0.1, 50);
    expect(top.total).toBe(all.total);
    expect(top.edges).toEqual(all.edges.slice(0, 50));
    const r = (e: [number, number]) => m[e[0] * n + e[1]];
    const weakestDrawn = Math.min(...top.edges.map(r));
    expect(all.edges.slice(50).every((e) => r(e) <= weakestDrawn)).toBe(true);
    expect(strongestEdges(m, n, 0.1).edges.length).toBe(Math.min(MAX_EDGES, all.total));
  });

  it("breaks ties in (i, j) order and reads either direction of an asymmetric matrix", () => {
    const m = [1, 0.4, 0.4, 0, 1, 0, 0, 0.4, 1];
    expect(strongestEdges(m, 3, 0.2).edges).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it("is strict at the threshold and refuses a matrix of the wrong size", () => {
    expect(strongestEdges([1, 0.3, 0.3, 1], 2, 0.3)).toEqual({ edges: [], strengths: [], total: 0 });
    expect(() => strongestEdges([1, 0, 0], 2, 0.1)).toThrow(/need an n×n matrix, got 3 values for n = 2/);
    expect(() => strongestEdges([1, 0, 0, 1], 2, NaN)).toThrow(/threshold must be a number/);
  });
});

describe("networkForces", () => {
  it("pulls a two-cluster layout around the origin, linked nodes together", () => {
    const nodes = Array.from({ length: 6 }, () => ({}) as { x?: number; y?: number });
    const links = [
      { source: 0, target: 1 },
      { source: 1, target: 2 },
      { source: 3, target: 4 },
    ];
    networkForces(forceSimulation(nodes), links).stop().tick(300);
    const mean = (k: "x" | "y") => nodes.reduce((s, d) => s + (d[k] ?? 0), 0) / nodes.length;
    expect(Math.abs(mean("x"))).toBeLessThan(5);
    expect(Math.abs(mean("y"))).toBeLessThan(5);
    const dist = (a: number, b: number) => Math.hypot(nodes[a].x! - nodes[b].x!, nodes[a].y! - nodes[b].y!);
    expect(dist(0, 1)).toBeLessThan(dist(0, 5));
  });
});

describe("edge opacity by strength", () => {
  it("rises with r, from 0.15 at the weakest drawn edge to 0.9 at the strongest, in 5 bins", () => {
    const rs = Array.from({ length: 101 }, (_, k) => 0.3 + (0.6 * k) / 100);
    const bins = edgeBins(rs);
    expect(bins.map((b) => b.members.length)).toEqual([20, 20, 20, 20, 21]);
    expect(bins.map((b) => b.opacity)).toEqual([0.15, 0.3375, 0.525, 0.7125, 0.9]);
    expect(bins.map((b) => b.width)).toEqual([0.6, 0.825, 1.05, 1.275, 1.5]);
    expect(bins[0].lo).toBeCloseTo(0.3, 12);
    expect(bins[4].hi).toBeCloseTo(0.9, 12);
    const opacityOf = new Map<number, number>();
    for (const b of bins) for (const k of b.members) opacityOf.set(k, b.opacity);
    for (let k = 1; k < rs.length; k++) expect(opacityOf.get(k)!).toBeGreaterThanOrEqual(opacityOf.get(k - 1)!);
    expect(opacityOf.get(0)).toBe(EDGE_OPACITY[0]);
    expect(opacityOf.get(100)).toBe(EDGE_OPACITY[1]);
  });

  it("puts equal strengths in the top bin, leaves empty bins out and refuses bad input", () => {
    expect(edgeBin(0.5, 0.5, 0.5)).toBe(4);
    expect(edgeBins([0.5, 0.5]).map((b) => [b.opacity, b.members])).toEqual([[0.9, [0, 1]]]);
    expect(edgeBins([0.2, 0.8]).map((b) => b.opacity)).toEqual([0.15, 0.9]);
    expect(edgeBins([])).toEqual([]);
    expect(binOpacity(0, 1)).toBe(0.15);
    expect(() => edgeBins([0.1], 0)).toThrow(/bins must be an integer ≥ 1, got 0/);
    expect(() => edgeBins([NaN])).toThrow(/a strength is NaN/);
  });
});

describe("placeNodes (where the live panel and the export put each node)", () => {
  const box = { x: 10, y: 20, width: 300, height: 200 };
  const pos = [
    { x: -5, y: 0 },
    { x: 5, y: 2 },
    { x: 0, y: 10 },
    { x: 99, y: -99 },
    { x: 1, y: 1 },
  ];

  it("stretches the connected nodes over the box and puts the isolated ones in rows below", () => {
    const at = placeNodes(pos, [1, 1, 1, 0, 0], box, 10, 4);
    // Two isolated nodes: one row of 30 slots, centred, at the bottom.
    expect(at.band).toEqual({ x: 10, y: 210, width: 300, height: 10 });
    expect([at.x[3], at.y[3], at.x[4], at.y[4]]).toEqual([155, 215, 165, 215]);
    // The graph box: the rest less the gap (10) and the pad (4) on every side.
    expect(at.graph).toEqual({ x: 14, y: 24, width: 292, height: 172 });
    expect([at.x[0], at.x[1], at.x[2]]).toEqual([14, 306, 160]);
    expect([at.y[0], at.y[1], at.y[2]]).toEqual([24, 24 + 0.2 * 172, 196]);
    const graphBottom = at.graph!.y + at.graph!.height;
    expect(Math.min(at.y[3], at.y[4])).toBeGreaterThan(graphBottom);
  });

  it("fills rows of ⌊W / spacing⌋ and centres them; gives the graph the whole box without isolated nodes", () => {
    const many = Array.from({ length: 7 }, () => ({ x: 0, y: 0 }));
    const at = placeNodes(many, [0, 0, 0, 0, 0, 0, 0], { x: 0, y: 0, width: 30, height: 100 }, 10);
    expect(at.graph).toBeNull();
    expect(at.band).toEqual({ x: 0, y: 35, width: 30, height: 30 });
    expect(Array.from(at.x)).toEqual([5, 15, 25, 5, 15, 25, 15]);
    expect(Array.from(at.y)).toEqual([40, 40, 40, 50, 50, 50, 60]);
    const all = placeNodes(pos, [1, 1, 1, 1, 1], box, 10);
    expect(all.band).toBeNull();
    expect(Math.min(...all.x)).toBe(10);
    expect(Math.max(...all.x)).toBe(310);
    expect(Math.min(...all.y)).toBe(20);
    expect(Math.max(...all.y)).toBe(220);
  });

  it("centres an axis with no extent and refuses bad input", () => {
    const at = placeNodes([{ x: 3, y: 3 }, { x: 3, y: 3 }], [1, 1], box, 10);
    expect([at.x[0], at.y[0]]).toEqual([160, 120]);
    expect(() => placeNodes(pos, [1], box, 10)).toThrow(/linked has 1 entries for 5 nodes/);
    expect(() => placeNodes(pos, [1, 1, 1, 1, 1], box, 0)).toThrow(/spacing must be > 0, got 0/);
  });
});
