/**
 * What the correlation network draws, shared by the live panel (`src/plots/correlation.ts`) and
 * the exported figure (`./network.ts`), so the screen and the export show the same graph: the
 * edge set (the strongest pairs above the threshold, at most {@link MAX_EDGES}), the forces
 * that lay it out, the opacity and width of an edge by its strength ({@link edgeBins}) and where
 * each node goes in the frame ({@link placeNodes}: the connected neurons stretched to fill it,
 * the neurons without a drawn edge in a band of rows below them).
 */
import { forceLink, forceManyBody, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3";
import type { Numbers } from "./validate";

/** Most edges drawn, the strongest first, so the live layout stays fluid and the picture readable. */
export const MAX_EDGES = 1500;

/** The live panel's default edge threshold: an edge wherever r > 0.1 (then the strongest {@link MAX_EDGES}). */
export const DEFAULT_THRESHOLD = 0.1;

/** The edges drawn and how many pairs passed the threshold. */
export interface EdgeSelection {
  /** Undirected edges [i, j], i < j, strongest first (ties in (i, j) order). */
  edges: [number, number][];
  /** strengths[k] = max(m[i][j], m[j][i]) of edges[k] (non-increasing). */
  strengths: number[];
  /** Pairs whose correlation exceeds the threshold (≥ edges.length). */
  total: number;
}

/**
 * The pairs {i, j}, i < j, whose correlation max(m[i][j], m[j][i]) exceeds `threshold`: the
 * `max` strongest of them, strongest first, with their strengths, and how many there are in all.
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
  const kept = found.slice(0, max);
  return { edges: kept.map(({ i, j }) => [i, j]), strengths: kept.map((e) => e.r), total: found.length };
}

/**
 * Put the network's forces on `sim`: links of length 24, a weak repulsion between every pair and
 * a pull toward the origin, which keeps the components together and the picture centred. Both
 * views simulate only the neurons with a drawn edge; {@link placeNodes} sets the others apart.
 */
export function networkForces<N extends SimulationNodeDatum, S extends Simulation<N, undefined>>(sim: S, links: SimulationLinkDatum<N>[]): S {
  return sim
    .force("link", forceLink<N, SimulationLinkDatum<N>>(links).distance(24).strength(0.3))
    .force("charge", forceManyBody<N>().strength(-18))
    .force("x", forceX<N>().strength(0.06))
    .force("y", forceY<N>().strength(0.06));
}

/** Edge strength bins: opacity and width rise with the bin (weakest first, so strong edges draw on top). */
export const EDGE_BINS = 5;
/** Opacity of the weakest and the strongest bin. */
export const EDGE_OPACITY: readonly [number, number] = [0.15, 0.9];
/** Stroke width (px) of the weakest and the strongest bin. */
export const EDGE_WIDTH: readonly [number, number] = [0.6, 1.5];

/** One bin of edges, drawn as one path. */
export interface EdgeBin {
  /** Its strengths lie in (lo, hi] (the first bin also holds r = lo exactly). */
  lo: number;
  hi: number;
  opacity: number;
  width: number;
  /** Indices into the edge list. */
  members: number[];
}

/**
 * The bin of an edge of strength r: with t = (r − lo) / (hi − lo) clamped to [0, 1] (t = 1 when
 * hi = lo), bin b = min(B − 1, ⌊t·B⌋) of B = {@link EDGE_BINS}; bin b draws at opacity
 * o₀ + (o₁ − o₀)·b/(B − 1) and width w₀ + (w₁ − w₀)·b/(B − 1), i.e. 0.15 … 0.9 and 0.6 … 1.5 px.
 */
export function edgeBin(r: number, lo: number, hi: number, bins = EDGE_BINS): number {
  const t = hi > lo ? Math.min(1, Math.max(0, (r - lo) / (hi - lo))) : 1;
  return Math.min(bins - 1, Math.floor(t * bins));
}

/** Opacity of bin b of B: linear from {@link EDGE_OPACITY}[0] (b = 0) to [1] (b = B − 1). */
export function binOpacity(b: number, bins = EDGE_BINS): number {
  return EDGE_OPACITY[0] + ((EDGE_OPACITY[1] - EDGE_OPACITY[0]) * b) / Math.max(1, bins - 1);
}

/** Stroke width of bin b of B: linear from {@link EDGE_WIDTH}[0] to [1]. */
export function binWidth(b: number, bins = EDGE_BINS): number {
  return EDGE_WIDTH[0] + ((EDGE_WIDTH[1] - EDGE_WIDTH[0]) * b) / Math.max(1, bins - 1);
}

/**
 * The drawn edges in B equal-width strength bins over [lo, hi] = [weakest, strongest drawn r]
 * (see {@link edgeBin}; the weakest drawn r is the threshold in effect once the edges are cut to
 * the strongest {@link MAX_EDGES}), empty bins left out.
 */
export function edgeBins(strengths: readonly number[], bins = EDGE_BINS): EdgeBin[] {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`edgeBins: bins must be an integer ≥ 1, got ${bins}`);
  if (strengths.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of strengths) {
    if (Number.isNaN(r)) throw new Error("edgeBins: a strength is NaN");
    lo = Math.min(lo, r);
    hi = Math.max(hi, r);
  }
  const out: EdgeBin[] = Array.from({ length: bins }, (_, b) => ({
    lo: lo + ((hi - lo) * b) / bins,
    hi: lo + ((hi - lo) * (b + 1)) / bins,
    opacity: binOpacity(b, bins),
    width: binWidth(b, bins),
    members: [],
  }));
  strengths.forEach((r, k) => out[edgeBin(r, lo, hi, bins)].members.push(k));
  return out.filter((b) => b.members.length > 0);
}

/** A rectangle in frame coordinates (y down). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where every node goes. */
export interface Placement {
  x: Float64Array;
  y: Float64Array;
  /** The box the connected nodes' centres span, or null when no node has an edge. */
  graph: Box | null;
  /** The band of the isolated nodes, or null when every node has an edge. */
  band: Box | null;
}

/**
 * Node positions in `box`. The k nodes with no drawn edge (`linked[i]` false), in index order,
 * go in rows `spacing` apart at the bottom: c = max(1, ⌊W / spacing⌋) per row, each row centred,
 * ⌈k / c⌉ rows, a band of height rows·spacing. The connected nodes fill the rest, less one
 * `spacing` gap and `pad` on every side: each axis is scaled on its own, x ↦ left + (x − x_min)
 * / (x_max − x_min) · width, the same for y, so they span its whole width and height (an axis
 * with no extent is centred). With no isolated node the graph gets the whole box; with no
 * connected node the rows are centred in it.
 */
export function placeNodes(pos: readonly SimulationNodeDatum[], linked: ArrayLike<number | boolean>, box: Box, spacing: number, pad = 0): Placement {
  const n = pos.length;
  if (linked.length !== n) throw new Error(`placeNodes: linked has ${linked.length} entries for ${n} nodes`);
  if (!(spacing > 0)) throw new Error(`placeNodes: spacing must be > 0, got ${spacing}`);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const lonely: number[] = [];
  const joined: number[] = [];
  for (let i = 0; i < n; i++) (linked[i] ? joined : lonely).push(i);
  const cols = Math.max(1, Math.floor(box.width / spacing));
  const rows = Math.ceil(lonely.length / cols);
  const bandH = rows * spacing;
  let band: Box | null = null;
  if (lonely.length > 0) {
    const top = joined.length > 0 ? box.y + box.height - bandH : box.y + (box.height - bandH) / 2;
    band = { x: box.x, y: top, width: box.width, height: bandH };
    lonely.forEach((i, k) => {
      const row = Math.floor(k / cols);
      const inRow = Math.min(cols, lonely.length - row * cols);
      x[i] = box.x + box.width / 2 + (k - row * cols - (inRow - 1) / 2) * spacing;
      y[i] = top + (row + 0.5) * spacing;
    });
  }
  if (joined.length === 0) return { x, y, graph: null, band };
  const g: Box = { x: box.x + pad, y: box.y + pad, width: box.width - 2 * pad, height: Math.max(0, box.height - 2 * pad - (band ? bandH + spacing : 0)) };
  const fit = (v: (d: SimulationNodeDatum) => number, out: Float64Array, from: number, span: number): void => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of joined) {
      lo = Math.min(lo, v(pos[i]));
      hi = Math.max(hi, v(pos[i]));
    }
    for (const i of joined) out[i] = hi > lo ? from + ((v(pos[i]) - lo) / (hi - lo)) * span : from + span / 2;
  };
  fit((d) => d.x ?? 0, x, g.x, g.width);
  fit((d) => d.y ?? 0, y, g.y, g.height);
  return { x, y, graph: g, band };
}
