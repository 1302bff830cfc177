/**
 * E/I connection counts (Wee and Wei synapses) and the mean E threshold over the whole run,
 * stacked, from a thinned series (bounded memory however long the run).
 */
import { scaleLinear } from "d3";
import type { Frame } from "../worker/protocol";
import { COLOR, drawAxes, drawLegend } from "./axes";
import { CanvasPlot, PLOT_MARGIN, type Area } from "./canvas-plot";
import type { PlotContext } from "./context";
import { StridedSeries } from "./series";
import { attachTimeZoom, LIVE_VIEW, MIN_SPAN, timeDomain, type TimeDomain, type TimeLimits, type TimeView } from "./zoom";

/** A value for the info line and tooltip; NaN is a step the run's history does not know (or a broken run). */
function known(v: number, digits?: number): string {
  if (Number.isNaN(v)) return "not known";
  return digits === undefined || !Number.isFinite(v) ? String(v) : v.toFixed(digits);
}

/** Connection counts (top) and mean threshold (bottom) over time. */
export class ConnectionsPlot extends CanvasPlot {
  private readonly series = new StridedSeries(3, 2000);
  private run = -1;
  private last = 0;
  /** This plot's own zoom (its axis is the whole run, not the raster's window). */
  private view: TimeView = LIVE_VIEW;
  private shown: TimeDomain = { first: 0, last: 1 };

  constructor(
    host: HTMLElement,
    c: PlotContext,
    private readonly onInfo: (text: string) => void,
  ) {
    super(host, "Number of E to E and I to E synapses, and the mean E threshold, over time");
    this.minInterval = 250;
    this.onDestroy(c.frames.subscribe((f) => this.take(f)));
    this.onDestroy(
      attachTimeZoom({
        canvas: this.canvas,
        area: () => this.area({ ...PLOT_MARGIN, left: 58 }),
        limits: () => this.limits(),
        get: () => this.view,
        set: (v) => {
          this.view = v;
          this.requestDraw();
        },
      }),
    );
    if (c.frames.latest) this.take(c.frames.latest);
  }

  /** The whole run by default; zoomed in down to MIN_SPAN steps. */
  private limits(): TimeLimits {
    const t0 = this.series.steps.length ? this.series.steps[0] : 0;
    const whole = Math.max(2, this.last - t0 + 1);
    return { newest: Math.max(1, this.last), defaultSpan: whole, minSpan: MIN_SPAN, history: whole };
  }

  protected override hoverText(px: number, py: number): string | null {
    const a = this.area({ ...PLOT_MARGIN, left: 58 });
    const { steps, values } = this.series;
    if (!steps.length || px < a.x || px > a.x + a.width || py < a.y || py > a.y + a.height) return null;
    const { first, last } = this.shown;
    const at = first + ((px - a.x) / a.width) * (last - first);
    let lo = 0;
    let hi = steps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (steps[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    const k = lo > 0 && at - steps[lo - 1] < steps[lo] - at ? lo - 1 : lo;
    return `step ${steps[k]}: ${known(values[0][k])} E→E, ${known(values[1][k])} I→E synapses, mean Te ${known(values[2][k], 4)}`;
  }

  private take(f: Frame): void {
    if (f.run !== this.run || f.t < this.last) {
      this.series.clear();
      this.run = f.run;
    }
    this.last = f.t;
    const { countEE, countEI, meanTe } = f.series;
    this.series.append(f.t, f.steps, [countEE, countEI, meanTe]);
    if (f.steps > 0) {
      const k = f.steps - 1;
      this.onInfo(`step ${f.t}: ${known(countEE[k])} E→E and ${known(countEI[k])} I→E synapses, mean Te ${known(meanTe[k], 4)}`);
    }
    this.requestDraw();
  }

  private line(ctx: CanvasRenderingContext2D, area: Area, x: (v: number) => number, y: (v: number) => number, c: number, color: string): void {
    const { steps, values } = this.series;
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.x, area.y, area.width, area.height);
    ctx.clip();
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    // A step whose value is not known (before a loaded run file's last step, for the mean threshold) breaks the line.
    let gap = true;
    steps.forEach((s, k) => {
      const v = values[c][k];
      if (!Number.isFinite(v)) return void (gap = true);
      if (gap) ctx.moveTo(x(s), y(v));
      else ctx.lineTo(x(s), y(v));
      gap = false;
    });
    ctx.stroke();
    ctx.restore();
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    const { steps, values } = this.series;
    const full = this.area({ ...PLOT_MARGIN, left: 58 });
    const gap = 34;
    const topH = Math.max(20, (full.height - gap) * 0.58);
    const top: Area = { ...full, height: topH };
    const bottom: Area = { ...full, y: full.y + topH + gap, height: Math.max(20, full.height - topH - gap) };
    const d = (this.shown = timeDomain(this.view, this.limits()));
    const x = scaleLinear().domain([d.first, Math.max(d.first + 1, d.last)]).range([full.x, full.x + full.width]);
    this.describe(`showing steps ${d.first} to ${d.last}`);
    const cmax = Math.max(1, ...values[0].filter(Number.isFinite), ...values[1].filter(Number.isFinite));
    const yc = scaleLinear().domain([0, cmax * 1.05]).nice().range([top.y + top.height, top.y]);
    drawAxes(ctx, top, x, yc, { yLabel: "synapses", yTicks: 3 });
    this.line(ctx, top, x, yc, 0, COLOR.e);
    this.line(ctx, top, x, yc, 1, COLOR.i);
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values[2]) {
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (!(hi > lo)) {
      lo = (Number.isFinite(lo) ? lo : 0.5) - 0.05;
      hi = lo + 0.1;
    }
    const yt = scaleLinear().domain([lo, hi]).nice().range([bottom.y + bottom.height, bottom.y]);
    drawAxes(ctx, bottom, x, yt, { xLabel: "time step", yLabel: "mean Te", yTicks: 3 });
    this.line(ctx, bottom, x, yt, 2, COLOR.third);
    drawLegend(ctx, top, [
      { label: "E→E (Wee)", color: COLOR.e },
      { label: "I→E (Wei)", color: COLOR.i },
    ]);
  }
}
