import { describe, expect, it } from "vitest";
import { forceSimulation } from "d3";
import { MAX_EDGES, layoutExtent, networkForces, strongestEdges } from "./network-layout";

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
    expect(strongestEdges([1, 0.3, 0.3, 1], 2, 0.3)).toEqual({ edges: [], total: 0 });
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
    expect(layoutExtent(nodes)).toBeGreaterThanOrEqual(Math.max(...nodes.map((d) => Math.abs(d.x!))));
  });
});
