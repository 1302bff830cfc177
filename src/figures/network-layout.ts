/**
 * What the correlation network draws, shared by the live panel (`src/plots/correlation.ts`) and
 * the exported figure (`./network.ts`), so the screen and the export show the same graph: the
 * edge set (the strongest pairs above the threshold, at most {@link MAX_EDGES}) and the forces
 * that lay it out.
 */
import { forceLink, forceManyBody, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3";
import type { Numbers } from "./validate";

/** Most edges drawn, the strongest first, so the live layout stays fluid and the picture readable. */
export const MAX_EDGES = 1500;

/** Opacity of a neuron with no drawn edge (live and exported). */
export const ISOLATED_OPACITY = 0.35;

/** The edges drawn and how many pairs passed the threshold. */
export interface EdgeSelection {
  /** Undirected edges [i, j], i < j, strongest first (ties in (i, j) order). */
  edges: [number, number][];
  /** Pairs whose correlation exceeds the threshold (≥ edges.length). */
  total: number;
}

/**
 * The pairs {i, j}, i < j, whose correlation max(m[i][j], m[j][i]) exceeds `threshold`: the
 * `max` strongest of them, strongest first, and how many there are in all.
 */
export function strongestEdges(m: Numbers, n: number, threshold: number, max = MAX_EDGES): EdgeSelection {
  if (!Number.isInteger(n) || n < 0 || m.length !== n * n) throw new Error(`strongestEdges: need an n×n matrix, got ${m.length} values for n = ${n}`);
  if (Number.isNaN(threshold)) throw new Error("strongestEdges: threshold must be a number, got NaN");
  if (!(max >= 0)) throw new Error(`strongestEdges: max must be ≥ 0, got ${max}`);
  const found: { i: number; j: number; r: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r = Math.max(m[i * n + j], m[j * n + i]);
      if (r > threshold) found.push({ i, j, r });
    }
  }
  // Array.prototype.sort is stable: equal strengths keep their (i, j) order.
  found.sort((p, q) => q.r - p.r);
  return { edges: found.slice(0, max).map(({ i, j }) => [i, j]), total: found.length };
}

/**
 * Put the network's forces on `sim`: links of length 24, a weak repulsion between every pair and
 * a pull toward the origin, which keeps unconnected nodes near the graph and the picture centred.
 */
export function networkForces<N extends SimulationNodeDatum, S extends Simulation<N, undefined>>(sim: S, links: SimulationLinkDatum<N>[]): S {
  return sim
    .force("link", forceLink<N, SimulationLinkDatum<N>>(links).distance(24).strength(0.3))
    .force("charge", forceManyBody<N>().strength(-18))
    .force("x", forceX<N>().strength(0.06))
    .force("y", forceY<N>().strength(0.06));
}

/** The half-width of the square around the origin that holds every node (at least 1). */
export function layoutExtent(nodes: readonly SimulationNodeDatum[]): number {
  let half = 1;
  for (const d of nodes) half = Math.max(half, Math.abs(d.x ?? 0), Math.abs(d.y ?? 0));
  return half;
}
