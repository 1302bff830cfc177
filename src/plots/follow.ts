/**
 * The followed neuron's view: its firing rate (spikes per step over the trailing 100 steps) and
 * its threshold after each step, over the recent steps since it was followed, from the frames'
 * `followed` extra (the SORN worker adapter's follower). Stacked panes on one time axis.
 */
import { scaleLinear } from "d3";
import type { Frame } from "../worker/protocol";
import { COLOR, drawAxes } from "./axes";
import { CanvasPlot, PLOT_MARGIN, type Area } from "./canvas-plot";
import type { PlotContext } from "./context";
import { RecentSeries } from "./series";
import { VIEW_HISTORY } from "./zoom";

/** Steps the firing rate is averaged over. */
export const FOLLOW_RATE_STEPS = 100;

/** The trailing mean of `spikes` over `n` steps at each step (fewer at the start). */
export function trailingRate(spikes: ArrayLike<number>, n = FOLLOW_RATE_STEPS): Float64Array {
  const out = new Float64Array(spikes.length);
  let sum = 0;
  for (let k = 0; k < spikes.length; k++) {
    sum += spikes[k];
    if (k >= n) sum -= spikes[k - n];
    out[k] = sum / Math.min(n, k + 1);
  }
  return out;
}

/** Rate and threshold of one neuron over time. */
export class FollowPlot extends CanvasPlot {
  private readonly series = new RecentSeries(2, VIEW_HISTORY);
  private neuron: number | null = null;
  private run = -1;
  private thresholdName = "threshold";
  private isE = true;
  /** What was drawn last (for hover): the first step and the rates. */
  private drawn: { first: number; rate: Float64Array } | null = null;

  constructor(
    host: HTMLElement,
    private readonly c: PlotContext,
    private readonly onInfo: (text: string) => void,
  ) {
    super(host, "The followed neuron's firing rate and threshold over time");
    this.minInterval = 100;
    this.onDestroy(c.frames.subscribe((f) => this.take(f)));
    this.onDestroy(c.store.subscribe((s, prev) => s.followed !== prev.followed && this.restart(this.run)));
    this.restart(c.frames.latest?.run ?? -1);
  }

  /** Forget the steps held (another neuron, another run). */
  private restart(run: number): void {
    this.series.clear();
    this.run = run;
    this.neuron = this.c.store.getState().followed;
    this.onInfo("waiting for the next steps…");
    this.requestDraw();
  }

  private take(f: Frame): void {
    const want = this.c.store.getState().followed;
    if (f.run !== this.run || want !== this.neuron) this.restart(f.run);
    const tr = f.extras.followed;
    if (!tr || tr.neuron !== want || tr.spikes.length === 0) return;
    if (this.series.held > 0 && tr.last <= this.series.lastStep) return;
    this.thresholdName = `threshold ${tr.thresholdName}`;
    this.isE = tr.thresholdName === "Te";
    this.series.append(tr.last, tr.spikes.length, [tr.spikes, tr.threshold]);
    this.requestDraw();
  }

  /** The held steps as arrays, oldest first. */
  private columns(): { first: number; spikes: Float64Array; threshold: Float64Array } {
    const n = this.series.held;
    const first = this.series.lastStep - n + 1;
    const spikes = new Float64Array(n);
    const threshold = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      spikes[k] = this.series.at(0, first + k) ?? 0;
      threshold[k] = this.series.at(1, first + k) ?? NaN;
    }
    return { first, spikes, threshold };
  }

  protected override hoverText(px: number): string | null {
    const d = this.drawn;
    const a = this.area();
    if (!d || px < a.x || px > a.x + a.width) return null;
    const n = d.rate.length;
    const k = Math.round(((px - a.x) / a.width) * Math.max(1, n - 1));
    if (k < 0 || k >= n) return null;
    const step = d.first + k;
    return `step ${step}: rate ${d.rate[k].toFixed(3)} spikes/step, ${this.thresholdName} ${(this.series.at(1, step) ?? NaN).toFixed(4)}`;
  }

  private line(ctx: CanvasRenderingContext2D, a: Area, values: Float64Array, x: (k: number) => number, y: (v: number) => number, color: string): void {
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    // At most ~2 points per pixel column.
    const stride = Math.max(1, Math.floor(values.length / (2 * a.width)));
    for (let k = 0; k < values.length; k += stride) (k === 0 ? ctx.moveTo : ctx.lineTo).call(ctx, x(k), y(values[k]));
    ctx.stroke();
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    const full = this.area({ ...PLOT_MARGIN, left: 58 });
    const { first, spikes, threshold } = this.columns();
    const n = spikes.length;
    if (n === 0) {
      this.drawn = null;
      ctx.fillStyle = COLOR.muted;
      ctx.font = "12px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.fillText("no steps since following began", full.x + full.width / 2, full.y + full.height / 2);
      return;
    }
    const rate = trailingRate(spikes);
    this.drawn = { first, rate };
    const gap = 26;
    const topH = Math.max(20, (full.height - gap) / 2);
    const top: Area = { ...full, height: topH };
    const bottom: Area = { ...full, y: full.y + topH + gap, height: Math.max(20, full.height - topH - gap) };
    const xs = scaleLinear().domain([first, first + Math.max(1, n - 1)]).range([full.x, full.x + full.width]);
    const x = (k: number) => xs(first + k);
    let hiRate = 0.05;
    for (const r of rate) hiRate = Math.max(hiRate, r);
    const yr = scaleLinear().domain([0, hiRate * 1.1]).nice().range([top.y + top.height, top.y]);
    drawAxes(ctx, top, xs, yr, { yLabel: "rate", yTicks: 3 });
    this.line(ctx, top, rate, x, yr, this.isE ? COLOR.e : COLOR.i);
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of threshold) if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    if (!(hi > lo)) [lo, hi] = [(Number.isFinite(lo) ? lo : 0.5) - 0.01, (Number.isFinite(lo) ? lo : 0.5) + 0.01];
    const yt = scaleLinear().domain([lo, hi]).nice().range([bottom.y + bottom.height, bottom.y]);
    drawAxes(ctx, bottom, xs, yt, { xLabel: "time step", yLabel: this.thresholdName.replace("threshold ", ""), yTicks: 3 });
    this.line(ctx, bottom, threshold, x, yt, COLOR.third);
    this.onInfo(`rate over the last ${Math.min(n, FOLLOW_RATE_STEPS)} steps ${rate[n - 1].toFixed(3)} spikes/step; ${this.thresholdName} ${threshold[n - 1].toFixed(4)} (step ${first + n - 1})`);
  }
}
