/**
 * Firing rates across neurons: how many E (and I) neurons fire at each rate, counted over the
 * worker's sliding window (the last 1,000 steps).
 */
import { scaleLinear } from "d3";
import type { Frame } from "../worker/protocol";
import { groupSize } from "./frame-read";
import { COLOR, drawAxes, drawLegend } from "./axes";
import { CanvasPlot } from "./canvas-plot";
import type { PlotContext } from "./context";

const BINS = 25;

/** Bin `values` into `bins` equal bins over [0, top]. */
export function binCounts(values: ArrayLike<number>, top: number, bins = BINS): Uint32Array {
  const out = new Uint32Array(bins);
  for (let i = 0; i < values.length; i++) out[Math.min(bins - 1, Math.max(0, Math.floor((values[i] / top) * bins)))]++;
  return out;
}

/** Overlaid histograms of E and I firing rates. */
export class RatesPlot extends CanvasPlot {
  private frame: Frame | null = null;
  /** The bins drawn last: their top edge and counts (for hover). */
  private bins: { top: number; e: Uint32Array; i: Uint32Array } | null = null;

  constructor(
    host: HTMLElement,
    c: PlotContext,
    private readonly onInfo: (text: string) => void,
  ) {
    super(host, "Histogram of firing rates across excitatory and inhibitory neurons");
    this.minInterval = 250;
    this.onDestroy(c.frames.subscribe((f) => this.take(f)));
    if (c.frames.latest) this.take(c.frames.latest);
  }

  private take(f: Frame): void {
    this.frame = f;
    const ne = groupSize(f, "E");
    const e = f.rates.values.subarray(0, ne);
    let sum = 0;
    let silent = 0;
    for (const r of e) {
      sum += r;
      if (r === 0) silent++;
    }
    const w = f.rates.window;
    this.onInfo(w > 0 ? `over the last ${w} steps: mean E rate ${(sum / ne).toFixed(3)} spikes/step, ${silent} silent E neurons` : "no steps yet");
    this.requestDraw();
  }

  protected override hoverText(px: number, py: number): string | null {
    const a = this.area();
    const b = this.bins;
    if (!b || px < a.x || px >= a.x + a.width || py < a.y || py > a.y + a.height) return null;
    const k = Math.min(BINS - 1, Math.floor(((px - a.x) / a.width) * BINS));
    const edge = (j: number) => String(Number(((j * b.top) / BINS).toPrecision(3)));
    const n = (c: number, pool: string) => `${c} ${pool} neuron${c === 1 ? "" : "s"}`;
    return `firing rate ${edge(k)}–${edge(k + 1)} spikes/step: ${n(b.e[k], "E")}, ${n(b.i[k], "I")}`;
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    const f = this.frame;
    const a = this.area();
    if (!f) return;
    let top = 0.05;
    const rates = f.rates.values;
    const ne = groupSize(f, "E");
    for (const r of rates) top = Math.max(top, r);
    top = Math.min(1, Math.ceil(top * 20 * 1.05) / 20);
    const e = binCounts(rates.subarray(0, ne), top);
    const i = binCounts(rates.subarray(ne), top);
    this.bins = { top, e, i };
    const x = scaleLinear().domain([0, top]).range([a.x, a.x + a.width]);
    let hi = 1;
    for (let b = 0; b < BINS; b++) hi = Math.max(hi, e[b], i[b]);
    const y = scaleLinear().domain([0, hi * 1.05]).nice().range([a.y + a.height, a.y]);
    const bw = a.width / BINS;
    const bars = (counts: Uint32Array, color: string, offset: number) => {
      ctx.fillStyle = color;
      for (let b = 0; b < BINS; b++) if (counts[b]) ctx.fillRect(a.x + b * bw + offset, y(counts[b]), Math.max(1, bw / 2 - 1), y(0) - y(counts[b]));
    };
    bars(e, COLOR.e, 0.5);
    bars(i, COLOR.i, bw / 2);
    drawAxes(ctx, a, x, y, { xLabel: "firing rate (spikes per step)", yLabel: "neurons" });
    drawLegend(ctx, a, [
      { label: `E neurons (${ne})`, color: COLOR.e },
      { label: `I neurons (${groupSize(f, "I")})`, color: COLOR.i },
    ]);
  }
}
