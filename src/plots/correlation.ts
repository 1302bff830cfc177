/**
 * The correlation network: one node per E neuron, an edge wherever the Pearson correlation of
 * two spike trains exceeds the threshold, laid out live by d3-force in an SVG. The matrix comes
 * from the analysis worker on demand; moving the threshold only re-filters edges.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, select, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3";
import { COLOR } from "./axes";
import type { PlotContext } from "./context";

interface Node extends SimulationNodeDatum {
  id: number;
}

/** Most edges drawn (the strongest first) so the layout stays fluid. */
export const MAX_EDGES = 3000;

/** Edges {i, j}, i < j, with r_ij > threshold, strongest first, at most `max`. */
export function edgesAbove(matrix: Float64Array, n: number, threshold: number, max = MAX_EDGES): [number, number][] {
  const found: [number, number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (matrix[i * n + j] > threshold) found.push([i, j, matrix[i * n + j]]);
  found.sort((p, q) => q[2] - p[2]);
  return found.slice(0, max).map(([i, j]) => [i, j]);
}

/** SVG force layout of the thresholded correlation graph. */
export class CorrelationPlot {
  private readonly svg;
  private sim: Simulation<Node, SimulationLinkDatum<Node>> | null = null;
  private nodes: Node[] = [];
  private readonly unsubscribe: () => void;
  private readonly observer: ResizeObserver;

  constructor(
    private readonly host: HTMLElement,
    private readonly c: PlotContext,
    private readonly onInfo: (text: string) => void,
  ) {
    this.svg = select(host).append("svg").attr("role", "img").attr("aria-label", "Correlation network of excitatory neurons");
    this.svg.append("g").attr("class", "edges");
    this.svg.append("g").attr("class", "nodes");
    this.unsubscribe = c.correlation.subscribe(() => this.update());
    this.observer = new ResizeObserver(() => this.fit());
    this.observer.observe(host);
    this.update();
  }

  private fit(): void {
    const r = this.host.getBoundingClientRect();
    const w = Math.max(50, r.width);
    const h = Math.max(50, r.height);
    this.svg.attr("width", w).attr("height", h).attr("viewBox", `${-w / 2} ${-h / 2} ${w} ${h}`);
  }

  private update(): void {
    this.fit();
    const r = this.c.correlation.result;
    const threshold = this.c.correlation.threshold;
    if (!r) {
      this.sim?.stop();
      this.svg.select(".edges").selectAll("line").remove();
      this.svg.select(".nodes").selectAll("circle").remove();
      this.onInfo("Press Compute to correlate the latest 2,000 steps of E spikes.");
      return;
    }
    if (this.nodes.length !== r.n) this.nodes = Array.from({ length: r.n }, (_, id) => ({ id }));
    const edges = edgesAbove(r.matrix, r.n, threshold);
    const links: SimulationLinkDatum<Node>[] = edges.map(([s, t]) => ({ source: s, target: t }));
    const mean = r.mean === null ? "n/a" : r.mean.toFixed(4);
    this.onInfo(`${edges.length}${edges.length === MAX_EDGES ? "+" : ""} edges with r > ${threshold} among ${r.n} E neurons (steps ${this.c.correlation.computedAt - r.steps + 1}–${this.c.correlation.computedAt}; mean r ${mean}; ${r.constant} constant neurons left out)`);
    const line = this.svg
      .select(".edges")
      .selectAll<SVGLineElement, SimulationLinkDatum<Node>>("line")
      .data(links)
      .join("line")
      .attr("stroke", "#999")
      .attr("stroke-opacity", 0.5);
    const radius = Math.max(2, Math.min(5, 60 / Math.sqrt(r.n)));
    const circle = this.svg
      .select(".nodes")
      .selectAll<SVGCircleElement, Node>("circle")
      .data(this.nodes)
      .join("circle")
      .attr("r", radius)
      .attr("fill", COLOR.e)
      .attr("stroke", "#fff")
      .attr("stroke-width", 0.5);
    circle.selectAll("title").data((d) => [d]).join("title").text((d) => `E neuron ${d.id}`);
    this.sim?.stop();
    this.sim = forceSimulation(this.nodes)
      .force("link", forceLink<Node, SimulationLinkDatum<Node>>(links).distance(24).strength(0.3))
      .force("charge", forceManyBody().strength(-18))
      .force("x", forceX().strength(0.06))
      .force("y", forceY().strength(0.06))
      .alpha(0.8)
      .on("tick", () => {
        line
          .attr("x1", (d) => (d.source as Node).x ?? 0)
          .attr("y1", (d) => (d.source as Node).y ?? 0)
          .attr("x2", (d) => (d.target as Node).x ?? 0)
          .attr("y2", (d) => (d.target as Node).y ?? 0);
        circle.attr("cx", (d) => d.x ?? 0).attr("cy", (d) => d.y ?? 0);
      });
  }

  destroy(): void {
    this.sim?.stop();
    this.unsubscribe();
    this.observer.disconnect();
    this.svg.remove();
  }
}
