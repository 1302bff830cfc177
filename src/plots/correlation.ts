/**
 * The correlation network: one node per E neuron, an edge wherever the Pearson correlation of
 * two spike trains exceeds the threshold, laid out live by d3-force and drawn on a canvas (an
 * SVG with thousands of moving lines would stall the page). The matrix comes from the analysis
 * worker on demand; moving the threshold only re-filters the edges. The edge rule and the forces
 * are the exported figure's (`src/figures/network-layout.ts`), so the export shows this graph.
 */
import { forceSimulation, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3";
import { ISOLATED_OPACITY, MAX_EDGES, layoutExtent, networkForces, strongestEdges } from "../figures/network-layout";
import { COLOR } from "./axes";
import { CanvasPlot } from "./canvas-plot";
import type { PlotContext } from "./context";

interface Node extends SimulationNodeDatum {
  id: number;
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
    const { edges, total } = strongestEdges(r.matrix, r.n, model.threshold, MAX_EDGES);
    this.links = edges.map(([s, t]) => ({ source: s, target: t }));
    this.degree = new Int32Array(r.n);
    for (const [i, j] of edges) {
      this.degree[i]++;
      this.degree[j]++;
    }
    const mean = r.mean === null ? "n/a" : r.mean.toFixed(4);
    const shown = total > edges.length ? ` (strongest ${edges.length} drawn)` : "";
    this.onInfo(`${total} edges with r > ${model.threshold.toFixed(2)}${shown} among ${r.n} E neurons, steps ${model.computedAt - r.steps + 1}–${model.computedAt}; mean r ${mean}; ${r.constant} constant neurons left out`);
    this.sim = networkForces(forceSimulation(this.nodes), this.links)
      .alpha(0.8)
      .on("tick", () => this.requestDraw());
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, this.width, this.height);
    if (this.nodes.length === 0) return;
    const half = layoutExtent(this.nodes);
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
      ctx.fillStyle = COLOR.e;
      ctx.globalAlpha = this.degree[d.id] > 0 ? 1 : ISOLATED_OPACITY;
      ctx.beginPath();
      ctx.arc(cx + (d.x ?? 0) * scale, cy + (d.y ?? 0) * scale, r, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  }
}
