import { describe, expect, it } from "vitest";
import { interpolateViridis } from "d3";
import { COMMUNITY_COLORS, OTHER_COLOR, checkColoring, communities, nodeColors, rateColor, rateDomain } from "./network-color";
import { COLORS } from "./palette";

/** Every pair of `ids` as an edge of weight w. */
function clique(ids: number[], w: number): { edges: [number, number][]; weights: number[] } {
  const edges: [number, number][] = [];
  for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) edges.push([ids[a], ids[b]]);
  return { edges, weights: edges.map(() => w) };
}

describe("communities (deterministic label propagation)", () => {
  // Two 5-cliques {0,2,4,6,8} and {1,3,5,7,9} (interleaved indices), a weak bridge 8–9, node 10 alone.
  const a = clique([0, 2, 4, 6, 8], 0.8);
  const b = clique([1, 3, 5, 7, 9], 0.6);
  const edges: [number, number][] = [...a.edges, ...b.edges, [8, 9]];
  const weights = [...a.weights, ...b.weights, 0.2];

  it("finds the two cliques, labels them by size then smallest member, and −1 for an isolated node", () => {
    expect(Array.from(communities(11, edges, weights))).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, -1]);
  });

  it("gives the same labels for the same graph, whatever order the edges come in", () => {
    const order = edges.map((_, k) => k).reverse();
    const again = communities(11, order.map((k) => edges[k]), order.map((k) => weights[k]));
    expect(Array.from(again)).toEqual(Array.from(communities(11, edges, weights)));
  });

  it("ranks a larger community first", () => {
    const big = clique([5, 6, 7, 8], 0.5);
    const small = clique([0, 1], 0.9);
    expect(Array.from(communities(9, [...small.edges, ...big.edges], [...small.weights, ...big.weights]))).toEqual([1, 1, -1, -1, -1, 0, 0, 0, 0]);
  });

  it("refuses edges outside the nodes and a weight count that does not match", () => {
    expect(() => communities(2, [[0, 2]], [1])).toThrow(/edge \[0, 2\] outside 0..1/);
    expect(() => communities(2, [[0, 1]], [])).toThrow(/0 weights for 1 edges/);
  });
});

describe("node colours", () => {
  it("maps rates onto viridis between the 2nd and 98th percentiles", () => {
    const rates = Array.from({ length: 101 }, (_, i) => i / 100);
    expect(rateDomain(rates)).toEqual([0.02, 0.98]);
    expect(rateColor(0.02, 0.02, 0.98)).toBe(interpolateViridis(0));
    expect(rateColor(0.5, 0.02, 0.98)).toBe(interpolateViridis(0.5));
    expect(rateColor(1, 0.02, 0.98)).toBe(interpolateViridis(1));
    expect(rateColor(0.3, 0.3, 0.3)).toBe(interpolateViridis(0.5));
    const c = nodeColors("rate", { n: 101, excitatory: 80, rates, edges: [], strengths: [] });
    expect(c.key).toEqual({ kind: "rate", lo: 0.02, hi: 0.98, clampedLo: true, clampedHi: true });
    expect(c.ring).toBe(true);
    expect(c.fill[0]).toBe(c.fill[2]);
    expect(c.fill[100]).toBe(interpolateViridis(1));
  });

  it("colours the largest communities, greys the rest, and colours by type", () => {
    const c = nodeColors("community", { n: 4, excitatory: 4, edges: [[0, 1]], strengths: [0.5] });
    expect(c.fill).toEqual([COMMUNITY_COLORS[0], COMMUNITY_COLORS[0], OTHER_COLOR, OTHER_COLOR]);
    expect(c.key).toEqual({ kind: "community", sizes: [2], other: 2, total: 1 });
    const t = nodeColors("type", { n: 3, excitatory: 2, edges: [], strengths: [] });
    expect(t.fill).toEqual([COLORS.excitatory, COLORS.excitatory, COLORS.inhibitory]);
    expect(t.ring).toBe(false);
  });

  it("says what is wrong with a bad colouring or missing rates", () => {
    expect(checkColoring("f", "community")).toBe("community");
    expect(() => checkColoring("f", "rainbow")).toThrow("f: color must be one of rate, community, type, got rainbow");
    expect(() => nodeColors("rate", { n: 3, excitatory: 3, rates: [0.1], edges: [], strengths: [] })).toThrow(/color "rate" needs 3 rates, got 1/);
  });
});
