/**
 * Correlation network: one node per neuron, an edge for each of the strongest pairs whose
 * correlation exceeds a threshold (i ≠ j, either direction; at most {@link MAX_EDGES}, as the
 * live panel draws), laid out by the live panel's forces (`./network-layout.ts`) run headless
 * with a seeded random source, so the same input always gives the same picture. Edges are drawn
 * in five strength bins (one `<path>` each, opacity 0.15 → 0.9 as r rises from the
 * weakest drawn r to the strongest), the connected neurons fill the plot area, the neurons with no
 * drawn edge sit in rows below them, and nodes are coloured by firing rate, community or type.
 */
import { forceSimulation } from "d3";
import type { SimulationLinkDatum, SimulationNodeDatum } from "d3";
import { frame, plotArea } from "./axes";
import { checkColoring, nodeColors, type NodeColoring } from "./network-color";
import { networkLegend } from "./network-legend";
import { MAX_EDGES, edgeBins, networkForces, placeNodes, strongestEdges } from "./network-layout";
import { COLORS } from "./palette";
import { el, figureSize, HEADER_HEIGHT, num, svgDocument, type FigureMeta } from "./svg";
import { checkNumbers, checkScalar, checkSquare, type Numbers } from "./validate";

/** Input of {@link networkFigure}. */
export interface NetworkInput {
  /** Row-major n×n correlation matrix. */
  matrix: Numbers;
  n: number;
  /** Edge wherever corr[i][j] > threshold (i ≠ j). */
  threshold: number;
  /** Most edges drawn, the strongest first (default {@link MAX_EDGES}, as the live panel). */
  maxEdges?: number;
  /** Neurons 0..excitatory−1 are drawn as excitatory, the rest inhibitory (default all excitatory). */
  excitatory?: number;
  /** Mean spikes per step of each neuron (n values, finite, ≥ 0), for `color: "rate"`. */
  rates?: Numbers;
  /** Node colours: by firing rate, community or E/I type (default "rate" with rates, else "type"). */
  color?: NodeColoring;
  /** Layout iterations (default 300). */
  iterations?: number;
  /** Seed of the layout's random source (default 1). */
  layoutSeed?: number;
}

interface Node extends SimulationNodeDatum {
  id: number;
}

/** d3-force's linear congruential generator, seeded: returns numbers in [0, 1). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/**
 * Node positions after `iterations` ticks of a seeded, headless force simulation of the nodes
 * that have an edge (the others stay at x = y = undefined, as in the live panel).
 */
export function forceLayout(n: number, edges: [number, number][], iterations: number, seed: number): Node[] {
  const nodes: Node[] = Array.from({ length: n }, (_, id) => ({ id }));
  const linked = new Uint8Array(n);
  for (const [i, j] of edges) linked[i] = linked[j] = 1;
  const links: SimulationLinkDatum<Node>[] = edges.map(([s, t]) => ({ source: nodes[s], target: nodes[t] }));
  const sim = networkForces(forceSimulation(nodes.filter((d) => linked[d.id])).randomSource(lcg(seed)), links).stop();
  sim.tick(iterations);
  return nodes;
}

/** Node radius (px) for n nodes: 300 / √n / 4 clamped to [2, 6]. */
export const nodeRadius = (n: number): number => Math.max(2, Math.min(6, 300 / Math.sqrt(Math.max(1, n)) / 4));

/** Graph of the neurons whose correlation exceeds the threshold, with the threshold and edge count. */
export function networkFigure(input: NetworkInput, meta: FigureMeta): string {
  const figure = "networkFigure";
  const { n } = input;
  checkSquare(figure, "matrix", input.matrix, n);
  checkScalar(figure, "threshold", input.threshold);
  const ne = input.excitatory ?? n;
  if (!Number.isInteger(ne) || ne < 0 || ne > n) {
    throw new Error(`${figure}: excitatory must be an integer in [0, n], got ${String(input.excitatory)}`);
  }
  const iterations = input.iterations ?? 300;
  checkScalar(figure, "iterations", iterations, "count");
  const seed = input.layoutSeed ?? 1;
  checkScalar(figure, "layoutSeed", seed);
  const maxEdges = input.maxEdges ?? MAX_EDGES;
  checkScalar(figure, "maxEdges", maxEdges, "count");
  if (input.rates !== undefined) {
    checkNumbers(figure, "rates", input.rates);
    if (input.rates.length !== n) throw new Error(`${figure}: rates must have n = ${n} values, got ${input.rates.length}`);
    if (Array.from(input.rates).some((r) => r < 0)) throw new Error(`${figure}: rates must be ≥ 0`);
  }
  const mode = checkColoring(figure, input.color ?? (input.rates ? "rate" : "type"));
  if (mode === "rate" && !input.rates) throw new Error(`${figure}: color "rate" needs rates (n values)`);

  const { edges, strengths, total } = strongestEdges(input.matrix, n, input.threshold, maxEdges);
  const nodes = forceLayout(n, edges, iterations, seed);
  const linked = new Uint8Array(n);
  for (const [i, j] of edges) linked[i] = linked[j] = 1;
  // Narrow (under 560 units), the key goes in two columns under the plot instead of beside it.
  const size = figureSize(meta, 800, 640);
  const { width } = size;
  const narrow = width < 560;
  const r = nodeRadius(n);
  const colors = nodeColors(mode, { n, excitatory: ne, rates: input.rates, edges, strengths });
  const bins = edgeBins(strengths);
  const isolated = n - linked.reduce((a, b) => a + b, 0);
  const keyOf = { color: colors.key, ring: colors.ring, bins, isolated };
  const keyHeight = narrow ? networkLegend(0, 0, keyOf, 2).height : 0;
  const height = narrow && meta.layout?.height === undefined ? Math.round(HEADER_HEIGHT + width * 0.8 + 24 + keyHeight) : size.height;
  const p = plotArea(width, height, narrow ? { top: HEADER_HEIGHT, right: 12, bottom: keyHeight + 24, left: 12 } : { top: HEADER_HEIGHT, right: 190, bottom: 12, left: 12 });
  const at = placeNodes(nodes, linked, p, 2.5 * r + 2, r + 3);

  const edgePaths = bins.map((b) =>
    el("path", {
      d: b.members.map((k) => `M${num(at.x[edges[k][0]])},${num(at.y[edges[k][0]])}L${num(at.x[edges[k][1]])},${num(at.y[edges[k][1]])}`).join(""),
      fill: "none",
      stroke: COLORS.grey,
      "stroke-opacity": num(b.opacity),
      "stroke-width": num(b.width),
    }),
  );
  const circle = (i: number): string => el("circle", { cx: num(at.x[i]), cy: num(at.y[i]), r: num(r), fill: colors.fill[i] });
  const ids = Array.from({ length: n }, (_, i) => i);
  const dots = (list: number[], ring: boolean): string =>
    list.length === 0 ? "" : el("g", ring ? { stroke: "#000000", "stroke-width": 1.2 } : { stroke: "#ffffff", "stroke-width": 0.5 }, list.map(circle).join(""));
  const ringed = (i: number): boolean => colors.ring && i >= ne;
  const gapY = at.band && at.graph ? num((at.band.y + at.graph.y + at.graph.height) / 2) : null;
  const separator = gapY === null ? "" : el("line", { x1: p.x, x2: p.x + p.width, y1: gapY, y2: gapY, stroke: "#bbbbbb", "stroke-dasharray": "3 3" });
  const body = [
    frame(p),
    separator,
    el("g", { class: "edges" }, edgePaths.join("")),
    el("g", { class: "nodes" }, dots(ids.filter((i) => !ringed(i)), false) + dots(ids.filter(ringed), true)),
    narrow ? networkLegend(p.x, p.y + p.height + 18, keyOf, 2).svg : networkLegend(p.x + p.width + 12, p.y, keyOf).svg,
  ].join("\n");
  const drawn = total > edges.length ? `, the strongest ${edges.length} drawn` : "";
  const by = mode === "rate" ? "firing rate" : mode === "community" ? "community" : "type";
  const subtitle = `${total} pair${total === 1 ? "" : "s"} with r > ${input.threshold}${drawn}; ${n} neurons coloured by ${by}; force layout: seed ${seed}, ${iterations} iterations`;
  return svgDocument({ width, height, meta, subtitle, body });
}
