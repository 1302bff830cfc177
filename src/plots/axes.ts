/**
 * Axes for the canvas plots, from d3 scales: frame, ticks with labels, axis titles. Colours
 * come from the live palette of `theme.ts` (light or dark).
 */
import type { Area } from "./canvas-plot";
import { COLOR } from "./theme";

/** The live palette (light or dark; `theme.ts`). */
export { COLOR } from "./theme";

/** A scale with ticks (linear or log). */
export interface TickScale {
  (v: number): number;
  ticks(count?: number): number[];
  tickFormat(count?: number, specifier?: string): (v: number) => string;
}

/** Options of {@link drawAxes}. */
export interface AxesOptions {
  xLabel?: string;
  yLabel?: string;
  xTicks?: number;
  yTicks?: number;
  /** Custom tick values/format for x (e.g. log ticks). */
  xTickValues?: number[];
  xFormat?: (v: number) => string;
  /** Custom tick values/format for y (e.g. the raster's rows labelled by neuron). */
  yTickValues?: number[];
  yFormat?: (v: number) => string;
  grid?: boolean;
}

/** Draw the frame, ticks and titles of `area` for the scales `x`, `y`. */
export function drawAxes(ctx: CanvasRenderingContext2D, a: Area, x: TickScale, y: TickScale, o: AxesOptions = {}): void {
  ctx.save();
  ctx.font = "11px system-ui, sans-serif";
  ctx.fillStyle = COLOR.text;
  ctx.strokeStyle = COLOR.axis;
  ctx.lineWidth = 1;
  const yt = o.yTickValues ?? y.ticks(o.yTicks ?? 4);
  const yf = o.yFormat ?? y.tickFormat(o.yTicks ?? 4);
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const v of yt) {
    const py = Math.round(y(v)) + 0.5;
    if (o.grid !== false) {
      ctx.strokeStyle = COLOR.grid;
      ctx.beginPath();
      ctx.moveTo(a.x, py);
      ctx.lineTo(a.x + a.width, py);
      ctx.stroke();
      ctx.strokeStyle = COLOR.axis;
    }
    ctx.beginPath();
    ctx.moveTo(a.x - 4, py);
    ctx.lineTo(a.x, py);
    ctx.stroke();
    ctx.fillText(yf(v), a.x - 6, py);
  }
  const xt = o.xTickValues ?? x.ticks(o.xTicks ?? Math.max(2, Math.floor(a.width / 90)));
  const xf = o.xFormat ?? x.tickFormat(o.xTicks ?? Math.max(2, Math.floor(a.width / 90)));
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (const v of xt) {
    const px = Math.round(x(v)) + 0.5;
    if (px < a.x - 1 || px > a.x + a.width + 1) continue;
    ctx.beginPath();
    ctx.moveTo(px, a.y + a.height);
    ctx.lineTo(px, a.y + a.height + 4);
    ctx.stroke();
    ctx.fillText(xf(v), px, a.y + a.height + 6);
  }
  ctx.strokeRect(a.x + 0.5, a.y + 0.5, a.width, a.height);
  ctx.fillStyle = COLOR.muted;
  if (o.xLabel) ctx.fillText(o.xLabel, a.x + a.width / 2, a.y + a.height + 20);
  if (o.yLabel) {
    ctx.translate(12, a.y + a.height / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(o.yLabel, 0, 0);
  }
  ctx.restore();
}

/** A small boxed legend in the top-right corner of `a`: coloured swatches with labels. */
export function drawLegend(ctx: CanvasRenderingContext2D, a: Area, items: { label: string; color: string }[]): void {
  ctx.save();
  ctx.font = "11px system-ui, sans-serif";
  const w = Math.max(...items.map((i) => ctx.measureText(i.label).width)) + 26;
  const h = items.length * 15 + 6;
  const x = a.x + a.width - w - 4;
  const y = a.y + 4;
  ctx.fillStyle = COLOR.legendBg;
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = COLOR.grid;
  ctx.strokeRect(x + 0.5, y + 0.5, w, h);
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  items.forEach((it, k) => {
    const cy = y + 10 + k * 15;
    ctx.fillStyle = it.color;
    ctx.fillRect(x + 6, cy - 4, 12, 8);
    ctx.fillStyle = COLOR.text;
    ctx.fillText(it.label, x + 22, cy);
  });
  ctx.restore();
}
