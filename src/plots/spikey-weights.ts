/**
 * The Spikey run's weight sums over time (issue 17 §6, the notebooks' `print_w_diffs`): Σ w over
 * the input rows and Σ w over the body rows of the weight matrix after each pattern (tick 0 = at
 * build), drawn as two small panels one above the other on a shared pattern axis, each with its
 * own y axis from 0 (nice ticks, `spikey-weights-axis.ts`): the two sums can differ 100× (E1:
 * ~14,000 against ~120), so on one axis the smaller would lie flat on the floor. Each panel's
 * title, above it, names its sum and its latest value, clear of the line. Redrawn when the run's
 * `frame` changes.
 */
import { scaleLinear } from "d3";
import type { SpikeyRunModel } from "../state/spikey/run";
import { drawAxes, type TickScale } from "./axes";
import { CanvasPlot, type Area } from "./canvas-plot";
import { sumAxis } from "./spikey-weights-axis";
import { COLOR } from "./theme";

/** Outer margins; each panel has TITLE px above it for its title, GAP px under the upper one. */
const MARGIN = { top: 2, right: 16, bottom: 34, left: 64 };
const TITLE = 16;
const GAP = 6;

const fmt = (v: number) => v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Σ w of the input rows and of the body rows against the pattern index. */
export class SpikeyWeightsPlot extends CanvasPlot {
  private frame = -1;

  constructor(
    host: HTMLElement,
    private readonly model: SpikeyRunModel,
  ) {
    super(host, "Weight sums over the patterns: input rows (upper panel) and body rows (lower panel)");
    this.minInterval = 200;
    this.onDestroy(model.store.subscribe((s) => s.frame !== this.frame && this.requestDraw()));
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    this.frame = this.model.store.getState().frame;
    const win = this.model.window;
    const all = this.area(MARGIN);
    ctx.font = "11px system-ui, sans-serif";
    if (!win) return;
    const n = win.wIn.length;
    const h = Math.max(10, (all.height - 2 * TITLE - GAP) / 2);
    const panels = [
      { name: "Σ w, input rows", ys: win.wIn, color: COLOR.e, area: { x: all.x, y: all.y + TITLE, width: all.width, height: h } },
      { name: "Σ w, body rows", ys: win.wBody, color: COLOR.i, area: { x: all.x, y: all.y + 2 * TITLE + h + GAP, width: all.width, height: h } },
    ];
    const x = scaleLinear().domain([0, Math.max(1, n - 1)]).range([all.x, all.x + all.width]);
    const stride = Math.max(1, Math.floor(n / (2 * all.width)));
    const ticks: string[] = [];
    for (const [j, p] of panels.entries()) {
      const axis = sumAxis(p.ys);
      const y = scaleLinear().domain([0, axis.hi]).range([p.area.y + p.area.height, p.area.y]);
      const last = j === panels.length - 1;
      drawAxes(ctx, p.area, x as TickScale, y as TickScale, {
        yTickValues: axis.ticks,
        yFormat: (v) => axis.labels[axis.ticks.indexOf(v)] ?? String(v),
        xTickValues: last ? undefined : [],
        xLabel: last ? "pattern" : undefined,
      });
      this.title(ctx, p.area, `${p.name}: ${n ? fmt(p.ys[n - 1]) : "–"}`, p.color);
      ctx.save();
      ctx.beginPath();
      ctx.rect(p.area.x, p.area.y, p.area.width, p.area.height);
      ctx.clip();
      ctx.strokeStyle = p.color;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (let i = 0; i < n; i += stride) {
        const px = x(i), py = y(p.ys[i]);
        if (i === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      }
      ctx.stroke();
      ctx.restore();
      ticks.push(axis.labels.join(" "));
    }
    this.host.dataset.patterns = String(n - 1);
    this.host.dataset.yTicks = ticks.join(" | ");
  }

  /** A panel's title above its plot area: a swatch of its line's colour and the text. */
  private title(ctx: CanvasRenderingContext2D, a: Area, text: string, color: string): void {
    ctx.save();
    ctx.font = "11px system-ui, sans-serif";
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    const cy = a.y - TITLE / 2;
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(a.x, cy);
    ctx.lineTo(a.x + 16, cy);
    ctx.stroke();
    ctx.fillStyle = COLOR.text;
    ctx.fillText(text, a.x + 22, cy);
    ctx.restore();
  }
}
