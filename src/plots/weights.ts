/**
 * The Wee weight distribution: counts of the weights ≥ 0.01 on log10 bins, with the expected
 * counts of the fitted lognormal (μ, σ of ln w) drawn over them, updated as the run goes.
 */
import { scaleLinear } from "d3";
import { normalCdf } from "../models/rng/ndtri";
import type { Frame } from "../worker/protocol";
import type { WeightSummary } from "../worker/sorn/weight-summary";
import { COLOR, drawAxes, drawLegend } from "./axes";
import { CanvasPlot } from "./canvas-plot";
import type { PlotContext } from "./context";

/** Expected count of a lognormal(μ, σ) sample of size n in the log10 bin [a, b): n·(Φ(z_b) − Φ(z_a)), z = (ln w − μ)/σ. */
export function lognormalBinCount(mu: number, sigma: number, n: number, a: number, b: number): number {
  const cdf = (l10: number) => normalCdf((l10 * Math.LN10 - mu) / sigma);
  return n * (cdf(b) - cdf(a));
}

/** Histogram of log10 weights with the lognormal fit. */
export class WeightsPlot extends CanvasPlot {
  private w: WeightSummary | null = null;

  constructor(
    host: HTMLElement,
    c: PlotContext,
    private readonly onInfo: (text: string) => void,
  ) {
    super(host, "Histogram of E to E weights on a log axis with a lognormal fit");
    this.minInterval = 250;
    this.onDestroy(c.frames.subscribe((f) => this.take(f)));
  }

  private take(f: Frame): void {
    const w = f.extras.weights;
    if (!w) return;
    this.w = w;
    const fit = w.fit;
    this.onInfo(
      fit
        ? `lognormal fit μ = ${fit.mu.toFixed(3)}, σ = ${fit.sigma.toFixed(3)} over ${fit.n} weights ≥ 0.01; ${w.below} below`
        : `fewer than 2 distinct weights ≥ 0.01 (${w.below} below)`,
    );
    this.requestDraw();
  }

  protected override hoverText(px: number, py: number): string | null {
    const a = this.area();
    const w = this.w;
    if (!w || px < a.x || px >= a.x + a.width || py < a.y || py > a.y + a.height) return null;
    const e = w.log10Edges;
    const bins = w.counts.length;
    const l = e[0] + ((px - a.x) / a.width) * (e[bins] - e[0]);
    let k = 0;
    while (k < bins - 1 && l >= e[k + 1]) k++;
    const edge = (v: number) => String(Number(Math.pow(10, v).toPrecision(2)));
    const c = w.counts[k];
    const fit = w.fit ? `; lognormal fit ${lognormalBinCount(w.fit.mu, w.fit.sigma, w.fit.n, e[k], e[k + 1]).toFixed(1)}` : "";
    return `weight ${edge(e[k])}–${edge(e[k + 1])}: ${c} synapse${c === 1 ? "" : "s"}${fit}`;
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    const a = this.area();
    const w = this.w;
    if (!w) return;
    const e = w.log10Edges;
    const bins = w.counts.length;
    const x = scaleLinear().domain([e[0], e[bins]]).range([a.x, a.x + a.width]);
    let hi = 1;
    for (const c of w.counts) hi = Math.max(hi, c);
    const fit = w.fit;
    const expected = fit ? Array.from({ length: bins }, (_, b) => lognormalBinCount(fit.mu, fit.sigma, fit.n, e[b], e[b + 1])) : [];
    for (const v of expected) hi = Math.max(hi, v);
    const y = scaleLinear().domain([0, hi * 1.08]).nice().range([a.y + a.height, a.y]);
    ctx.fillStyle = COLOR.bar;
    for (let b = 0; b < bins; b++) {
      const x0 = x(e[b]);
      const x1 = x(e[b + 1]);
      ctx.fillRect(x0 + 0.5, y(w.counts[b]), Math.max(1, x1 - x0 - 1), y(0) - y(w.counts[b]));
    }
    if (fit) {
      ctx.strokeStyle = COLOR.fit;
      ctx.lineWidth = 2;
      ctx.beginPath();
      expected.forEach((v, b) => {
        const X = x((e[b] + e[b + 1]) / 2);
        if (b === 0) ctx.moveTo(X, y(v));
        else ctx.lineTo(X, y(v));
      });
      ctx.stroke();
    }
    const ticks: number[] = [];
    for (let k = Math.ceil(e[0]); k <= Math.floor(e[bins] + 1e-9); k++) for (const m of [1, 2, 5]) if (k + Math.log10(m) <= e[bins] + 1e-9) ticks.push(k + Math.log10(m));
    drawAxes(ctx, a, x, y, {
      xLabel: "weight (log scale)",
      yLabel: "synapses",
      xTickValues: ticks,
      xFormat: (v) => String(Number(Math.pow(10, v).toPrecision(2))),
    });
    drawLegend(ctx, a, [{ label: "weights ≥ 0.01", color: COLOR.bar }, ...(fit ? [{ label: "lognormal fit", color: COLOR.fit }] : [])]);
  }
}
