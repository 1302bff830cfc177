/**
 * The correlation network: one node per E neuron, an edge wherever the Pearson correlation of
 * two spike trains exceeds the threshold, laid out live by d3-force and drawn on a canvas (an
 * SVG with thousands of moving lines would stall the page). The matrix comes from the analysis
 * worker on demand; moving the threshold only re-filters the edges.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3";
import { COLOR } from "./axes";
import { CanvasPlot } from "./canvas-plot";
import type { PlotContext } from "./context";

interface Node extends SimulationNodeDatum {
  id: number;
}

/** Most edges drawn (the strongest first) so the layout stays fluid. */
export const MAX_EDGES = 1500;

/** Edges {i, j}, i < j, with r_ij > threshold, strongest first, at most `max`; and how many there are. */
export function edgesAbove(matrix: Float64Array, n: number, threshold: number, max = MAX_EDGES): { edges: [number, number][]; total: number } {
  const found: [number, number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (matrix[i * n + j] > threshold) found.push([i, j, matrix[i * n + j]]);
  found.sort((p, q) => q[2] - p[2]);
  return { edges: found.slice(0, max).map(([i, j]) => [i, j]), total: found.length };
}

/** Canvas force layout of the thresholded correlation graph. */
export class CorrelationPlot extends CanvasPlot {
  private sim: Simulation<Node, SimulationLinkDatum<Node>> | null = null;
  private nodes: Node[] = [];
  private links: SimulationLinkDatum<Node>[] = [];
  private degree = new Int32Array(0);

  constructor(
    host: HTMLElement,
    private readonly c: PlotContext,
    private readonly onInfo: (text: string) => void,
  ) {
    super(host, "Correlation network of excitatory neurons: a node per neuron, an edge per strongly correlated pair");
    this.onDestroy(c.correlation.subscribe(() => this.update()));
    this.onDestroy(() => this.sim?.stop());
    this.update();
  }

  private update(): void {
    const model = this.c.correlation;
    const r = model.result;
    this.sim?.stop();
    if (!r) {
      this.nodes = [];
      this.links = [];
      this.onInfo("Press Compute to correlate the latest 2,000 steps of E spikes.");
      this.requestDraw();
      return;
    }
    if (this.nodes.length !== r.n) this.nodes = Array.from({ length: r.n }, (_, id) => ({ id }));
    const { edges, total } = edgesAbove(r.matrix, r.n, model.threshold);
    this.links = edges.map(([s, t]) => ({ source: s, target: t }));
    this.degree = new Int32Array(r.n);
    for (const [i, j] of edges) {
      this.degree[i]++;
      this.degree[j]++;
    }
    const mean = r.mean === null ? "n/a" : r.mean.toFixed(4);
    const shown = total > edges.length ? ` (strongest ${edges.length} drawn)` : "";
    this.onInfo(`${total} edges with r > ${model.threshold.toFixed(2)}${shown} among ${r.n} E neurons, steps ${model.computedAt - r.steps + 1}–${model.computedAt}; mean r ${mean}; ${r.constant} constant neurons left out`);
    this.sim = forceSimulation(this.nodes)
      .force("link", forceLink<Node, SimulationLinkDatum<Node>>(this.links).distance(24).strength(0.3))
      .force("charge", forceManyBody().strength(-18))
      .force("x", forceX().strength(0.06))
      .force("y", forceY().strength(0.06))
      .alpha(0.8)
      .on("tick", () => this.requestDraw());
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, this.width, this.height);
    if (this.nodes.length === 0) return;
    let half = 1;
    for (const d of this.nodes) half = Math.max(half, Math.abs(d.x ?? 0), Math.abs(d.y ?? 0));
    const scale = (Math.min(this.width, this.height) / 2 - 10) / half;
    const cx = this.width / 2;
    const cy = this.height / 2;
    ctx.strokeStyle = "rgba(120, 120, 120, 0.35)";
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const l of this.links) {
      const s = l.source as Node;
      const t = l.target as Node;
      ctx.moveTo(cx + (s.x ?? 0) * scale, cy + (s.y ?? 0) * scale);
      ctx.lineTo(cx + (t.x ?? 0) * scale, cy + (t.y ?? 0) * scale);
    }
    ctx.stroke();
    const r = Math.max(2, Math.min(5, 60 / Math.sqrt(this.nodes.length)));
    for (const d of this.nodes) {
      ctx.fillStyle = this.degree[d.id] > 0 ? COLOR.e : "#b9c6d8";
      ctx.beginPath();
      ctx.arc(cx + (d.x ?? 0) * scale, cy + (d.y ?? 0) * scale, r, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
}
