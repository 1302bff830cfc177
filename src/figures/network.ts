/**
 * Correlation network: one node per neuron, an edge for each of the strongest pairs whose
 * correlation exceeds a threshold (i ≠ j, either direction; at most {@link MAX_EDGES}, as the
 * live panel draws), laid out by the live panel's forces (`./network-layout.ts`) run headless
 * with a seeded random source, so the same input always gives the same picture.
 */
import { forceSimulation, scaleLinear } from "d3";
import type { SimulationLinkDatum, SimulationNodeDatum } from "d3";
import { frame, legend, plotArea, type LegendItem } from "./axes";
import { ISOLATED_OPACITY, MAX_EDGES, layoutExtent, networkForces, strongestEdges } from "./network-layout";
import { COLORS } from "./palette";
import { el, num, svgDocument, type FigureMeta } from "./svg";
import { checkScalar, checkSquare, type Numbers } from "./validate";

/** The legend colour of a neuron with no drawn edge (the excitatory blue at {@link ISOLATED_OPACITY} on white). */
const PALE = "#b1d0e5";

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
  /** Layout iterations (default 300). */
  iterations?: number;
  /** Seed of the layout's random source (default 1). */
  layoutSeed?: number;
}

interface Node extends SimulationNodeDatum {
  index: number;
}

/** d3-force's linear congruential generator, seeded: returns numbers in [0, 1). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** Node positions after `iterations` ticks of a seeded, headless force simulation. */
export function forceLayout(n: number, edges: [number, number][], iterations: number, seed: number): Node[] {
  const nodes: Node[] = Array.from({ length: n }, (_, index) => ({ index }));
  const links: SimulationLinkDatum<Node>[] = edges.map(([source, target]) => ({ source, target }));
  const sim = networkForces(forceSimulation(nodes).randomSource(lcg(seed)), links).stop();
  sim.tick(iterations);
  return nodes;
}

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
  const { edges, total } = strongestEdges(input.matrix, n, input.threshold, maxEdges);
  const nodes = forceLayout(n, edges, iterations, seed);
  const width = 800;
  const height = 640;
  const p = plotArea(width, height, { top: 58, right: 180, bottom: 20, left: 20 });
  const xs = nodes.map((d) => d.x as number);
  const ys = nodes.map((d) => d.y as number);
  const half = layoutExtent(nodes);
  const pad = 12;
  const sx = scaleLinear().domain([-half, half]).range([p.x + pad, p.x + p.width - pad]);
  const sy = scaleLinear().domain([-half, half]).range([p.y + p.height - pad, p.y + pad]);
  const r = Math.max(2, Math.min(6, 300 / Math.sqrt(n) / 4));

  const edgePath = edges
    .map(([i, j]) => `M${num(sx(xs[i]))},${num(sy(ys[i]))}L${num(sx(xs[j]))},${num(sy(ys[j]))}`)
    .join("");
  // As on the live panel, a neuron with no drawn edge is pale.
  const linked = new Uint8Array(n);
  for (const [i, j] of edges) linked[i] = linked[j] = 1;
  const dots = (from: number, to: number, fill: string): string =>
    el(
      "g",
      { fill, stroke: "#ffffff", "stroke-width": 0.5 },
      nodes
        .slice(from, to)
        .map((d) => el("circle", { cx: sx(d.x as number), cy: sy(d.y as number), r, ...(linked[d.index] ? {} : { "fill-opacity": ISOLATED_OPACITY }) }))
        .join(""),
    );
  const items: LegendItem[] = [];
  if (ne > 0) items.push({ label: "excitatory neuron", color: COLORS.excitatory, kind: "dot" });
  if (ne < n) items.push({ label: "inhibitory neuron", color: COLORS.inhibitory, kind: "dot" });
  items.push({ label: `correlation > ${input.threshold}`, color: COLORS.grey, kind: "line" });
  if (linked.includes(0)) items.push({ label: "no edge drawn", color: PALE, kind: "dot" });
  const body = [
    frame(p),
    edgePath ? el("path", { d: edgePath, class: "edges", fill: "none", stroke: COLORS.grey, "stroke-opacity": 0.6 }) : "",
    ne > 0 ? dots(0, ne, COLORS.excitatory) : "",
    ne < n ? dots(ne, n, COLORS.inhibitory) : "",
    legend(p, items, "outside"),
  ].join("\n");
  const drawn = total > edges.length ? ` (strongest ${edges.length} drawn)` : "";
  const subtitle =
    `${total} edge${total === 1 ? "" : "s"} where correlation > ${input.threshold}${drawn} among ${n} neurons ` +
    `(force layout, ${iterations} iterations, seed ${seed})`;
  return svgDocument({ width, height, meta, subtitle, body });
}
