/**
 * The correlation network: one node per E neuron, an edge wherever the Pearson correlation of
 * two spike trains exceeds the threshold, laid out live by d3-force and drawn on a canvas (an
 * SVG with thousands of moving lines would stall the page). The matrix comes from the analysis
 * worker on demand; moving the threshold only re-filters the edges. The edge rule, the forces,
 * the edge-strength bins, the placement (connected neurons fill the frame, the others sit in
 * rows below) and the node colours are the exported figure's (`src/figures/network-*.ts`), so
 * the export shows this graph.
 */
import { forceSimulation, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3";
import { nodeColors, rateColor, type NodeColors } from "../figures/network-color";
import { MAX_EDGES, edgeBins, networkForces, placeNodes, strongestEdges, type EdgeBin } from "../figures/network-layout";
import { CanvasPlot } from "./canvas-plot";
import type { PlotContext } from "./context";

interface Node extends SimulationNodeDatum {
  id: number;
}

/** The grey of the edges (the figure's COLORS.grey), as r, g, b. */
const EDGE_RGB = "127, 127, 127";

/** Canvas force layout of the thresholded correlation graph. */
export class CorrelationPlot extends CanvasPlot {
  private sim: Simulation<Node, SimulationLinkDatum<Node>> | null = null;
  private nodes: Node[] = [];
  private edges: [number, number][] = [];
  private bins: EdgeBin[] = [];
  private linked = new Uint8Array(0);
  private colors: NodeColors | null = null;

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
      this.edges = [];
      this.bins = [];
      this.colors = null;
      this.onInfo("Press Compute to correlate the latest 2,000 steps of E spikes.");
      this.requestDraw();
      return;
    }
    if (this.nodes.length !== r.n) this.nodes = Array.from({ length: r.n }, (_, id) => ({ id }));
    const { edges, strengths, total } = strongestEdges(r.matrix, r.n, model.threshold, MAX_EDGES);
    this.edges = edges;
    this.bins = edgeBins(strengths);
    this.linked = new Uint8Array(r.n);
    for (const [i, j] of edges) this.linked[i] = this.linked[j] = 1;
    const rates = model.rates?.length === r.n ? model.rates : undefined;
    const mode = model.color === "rate" && !rates ? "type" : model.color;
    this.colors = nodeColors(mode, { n: r.n, excitatory: r.n, rates, edges, strengths });
    const mean = r.mean === null ? "n/a" : r.mean.toFixed(4);
    const shown = total > edges.length ? ` (strongest ${edges.length} drawn)` : "";
    const key = this.colors.key;
    const colour =
      key.kind === "rate"
        ? `colour: firing rate ${key.lo.toFixed(3)}–${key.hi.toFixed(3)} spikes/step (dark = low)`
        : key.kind === "community"
          ? `colour: ${key.total} communities (the ${key.sizes.length} largest coloured)`
          : "colour: type";
    const isolated = r.n - this.linked.reduce((a, b) => a + b, 0);
    this.onInfo(
      `${total} edges with r > ${model.threshold.toFixed(2)}${shown} among ${r.n} E neurons, steps ${model.computedAt - r.steps + 1}–${model.computedAt}; ` +
        `mean r ${mean}; ${r.constant} constant neurons left out; ${isolated} without an edge (bottom rows); ${colour}`,
    );
    // Only the neurons with an edge are simulated; placeNodes sets the others apart.
    const links = edges.map(([s, t]) => ({ source: this.nodes[s], target: this.nodes[t] }));
    this.sim = networkForces(forceSimulation(this.nodes.filter((d) => this.linked[d.id])), links)
      .alpha(0.8)
      .on("tick", () => this.requestDraw());
    this.requestDraw();
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, this.width, this.height);
    const colors = this.colors;
    if (this.nodes.length === 0 || !colors) return;
    const n = this.nodes.length;
    const r = Math.max(2, Math.min(5, 60 / Math.sqrt(n)));
    const legend = colors.key.kind === "rate" ? 18 : 0;
    const box = { x: 6, y: 6 + legend, width: this.width - 12, height: this.height - 12 - legend };
    if (box.width <= 0 || box.height <= 0) return;
    const at = placeNodes(this.nodes, this.linked, box, 2.5 * r + 2, r + 2);
    for (const b of this.bins) {
      ctx.strokeStyle = `rgba(${EDGE_RGB}, ${b.opacity})`;
      ctx.lineWidth = b.width;
      ctx.beginPath();
      for (const k of b.members) {
        const [i, j] = this.edges[k];
        ctx.moveTo(at.x[i], at.y[i]);
        ctx.lineTo(at.x[j], at.y[j]);
      }
      ctx.stroke();
    }
    if (at.band && at.graph) {
      const y = (at.band.y + at.graph.y + at.graph.height) / 2;
      ctx.strokeStyle = "#bbb";
      ctx.setLineDash([3, 3]);
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(box.x, y);
      ctx.lineTo(box.x + box.width, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    for (let i = 0; i < n; i++) {
      ctx.fillStyle = colors.fill[i];
      ctx.beginPath();
      ctx.arc(at.x[i], at.y[i], r, 0, 2 * Math.PI);
      ctx.fill();
    }
    if (colors.key.kind === "rate") this.rateBar(ctx, colors.key.lo, colors.key.hi);
  }

  /** A small viridis bar at the top right, its lowest rate left of it, its highest right of it. */
  private rateBar(ctx: CanvasRenderingContext2D, lo: number, hi: number): void {
    const w = 90;
    const x0 = this.width - w - 40;
    for (let k = 0; k < 30; k++) {
      ctx.fillStyle = rateColor(lo + ((k + 0.5) / 30) * (hi - lo), lo, hi);
      ctx.fillRect(x0 + (k * w) / 30, 6, w / 30 + 0.5, 9);
    }
    ctx.fillStyle = "#333";
    ctx.font = "10px sans-serif";
    ctx.textAlign = "right";
    ctx.fillText(`rate ${lo.toFixed(3)}`, x0 - 4, 14);
    ctx.textAlign = "left";
    ctx.fillText(hi.toFixed(3), x0 + w + 4, 14);
  }
}
