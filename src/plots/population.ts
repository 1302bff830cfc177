/**
 * Population activity: the fraction of E and I neurons active at each step, over the same
 * window as the raster. Drawn as min–max envelopes per pixel column, so any speed looks right.
 */
import { scaleLinear } from "d3";
import type { Frame } from "../worker/protocol";
import { groupSize } from "./frame-read";
import { COLOR, drawAxes, drawLegend } from "./axes";
import { CanvasPlot } from "./canvas-plot";
import type { PlotContext } from "./context";
import { RecentSeries } from "./series";
import { attachTimeZoom, sharedLimits, timeDomain, VIEW_HISTORY, type TimeDomain } from "./zoom";

/** Line plot of active fractions over the latest steps. */
export class PopulationPlot extends CanvasPlot {
  private readonly series = new RecentSeries(2, VIEW_HISTORY);
  /** The steps drawn last (for hover). */
  private shown: TimeDomain = { first: 1, last: 0 };
  private run = -1;
  private ne = 1;
  private ni = 1;

  constructor(
    host: HTMLElement,
    private readonly c: PlotContext,
    /** Told which steps are held and the latest active counts, on every frame. */
    private readonly onInfo: (text: string) => void = () => {},
  ) {
    super(host, "Population activity: fraction of active neurons per step");
    this.onDestroy(c.frames.subscribe((f) => this.take(f)));
    this.onDestroy(c.store.subscribe((s, prev) => (s.config.window !== prev.config.window || s.timeView !== prev.timeView) && this.requestDraw()));
    this.onDestroy(
      attachTimeZoom({
        canvas: this.canvas,
        area: () => this.area(),
        limits: () => this.limits(),
        get: () => c.store.getState().timeView,
        set: (timeView) => c.store.setState({ timeView }),
      }),
    );
    // A plot made after a load's first frame still starts from the history it carried.
    if (c.frames.latest) this.take(c.frames.latest);
  }

  private take(f: Frame): void {
    if (f.run !== this.run || f.t < this.series.lastStep) {
      this.series.clear();
      this.run = f.run;
    }
    this.ne = groupSize(f, "E");
    this.ni = groupSize(f, "I");
    this.series.append(f.t, f.steps, [f.series.popE, f.series.popI]);
    this.tellInfo();
    this.requestDraw();
  }

  /** "steps a–b: at step b, k of N E and m of M I active" over the window (a loaded run's history too). */
  private tellInfo(): void {
    const { held, lastStep: last } = this.series;
    const first = Math.max(last - held + 1, last - this.c.store.getState().config.window + 1);
    this.onInfo(held > 0 ? `steps ${first}–${last}: at step ${last}, ${this.series.at(0, last)} of ${this.ne} E and ${this.series.at(1, last)} of ${this.ni} I active` : "no steps yet");
  }

  private limits() {
    return sharedLimits(this.series.lastStep, this.c.store.getState().config.window);
  }

  protected override hoverText(px: number): string | null {
    const a = this.area();
    const { first, last } = this.shown;
    if (px < a.x || px > a.x + a.width) return null;
    const step = Math.round(first - 0.5 + ((px - a.x) / a.width) * (last - first + 1));
    const e = this.series.at(0, step);
    const i = this.series.at(1, step);
    if (e === undefined || i === undefined) return null;
    return `step ${step}: E ${(e / this.ne).toFixed(3)} (${e} of ${this.ne}), I ${(i / this.ni).toFixed(3)} (${i} of ${this.ni})`;
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    const a = this.area();
    const { first, last } = (this.shown = timeDomain(this.c.store.getState().timeView, this.limits()));
    const W = last - first + 1;
    this.describe(`showing steps ${first} to ${last}`);
    const x = scaleLinear().domain([first - 0.5, last + 0.5]).range([a.x, a.x + a.width]);
    let hi = 0.05;
    for (let s = Math.max(first, last - this.series.held + 1); s <= last; s++) {
      hi = Math.max(hi, (this.series.at(0, s) ?? 0) / this.ne, (this.series.at(1, s) ?? 0) / this.ni);
    }
    const y = scaleLinear().domain([0, Math.min(1, hi * 1.1)]).nice().range([a.y + a.height, a.y]);
    const ticks = x.ticks(Math.max(2, Math.floor(a.width / 90))).filter((v) => v >= 0);
    drawAxes(ctx, a, x, y, { xLabel: "time step", yLabel: "active fraction", xTickValues: ticks });
    const lines: [number, number, string][] = [[0, this.ne, COLOR.e], [1, this.ni, COLOR.i]];
    for (const [c, n, color] of lines) {
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.25;
      ctx.beginPath();
      let started = false;
      const stepsPerPx = W / a.width;
      for (let px = 0; px < a.width; px++) {
        const s0 = Math.ceil(first + px * stepsPerPx);
        const s1 = Math.max(s0, Math.ceil(first + (px + 1) * stepsPerPx) - 1);
        let lo = Infinity;
        let hiV = -Infinity;
        for (let s = s0; s <= s1; s++) {
          const v = this.series.at(c, s);
          if (v === undefined) continue;
          lo = Math.min(lo, v / n);
          hiV = Math.max(hiV, v / n);
        }
        if (lo === Infinity) continue;
        const X = a.x + px + 0.5;
        if (!started) {
          ctx.moveTo(X, y(hiV));
          started = true;
        } else ctx.lineTo(X, y(hiV));
        if (lo !== hiV) ctx.lineTo(X, y(lo));
      }
      ctx.stroke();
    }
    drawLegend(ctx, a, [
      { label: `E (${this.ne})`, color: COLOR.e },
      { label: `I (${this.ni})`, color: COLOR.i },
    ]);
  }
}
