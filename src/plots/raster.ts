/**
 * The spike raster: time runs left to right over the last `window` steps, one row per chosen
 * neuron (E above, I below a separator), the rows and their neuron-number labels shared with the
 * exported figure (`src/figures/raster-rows.ts`). Spikes are written straight into an ImageData
 * buffer from the frames' packed arrays, so it keeps up with thousands of steps per second.
 */
import { scaleLinear } from "d3";
import type { Frame } from "../worker/protocol";
import { groupSize } from "./frame-read";
import { parseSelection } from "../state/selection";
import { describeRows, rasterRows, rasterTickRows } from "../figures/raster-rows";
import { COLOR, drawAxes } from "./axes";
import { CanvasPlot } from "./canvas-plot";
import type { PlotContext } from "./context";
import { SpikeBatches } from "./spike-batches";
import { attachTimeZoom, sharedLimits, timeDomain, VIEW_HISTORY, type TimeDomain } from "./zoom";

const rgba = (hex: string): number => {
  const n = parseInt(hex.slice(1), 16);
  return (0xff << 24) | ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
};

/** Canvas raster of the latest spikes. */
export class RasterPlot extends CanvasPlot {
  private readonly spikes = new SpikeBatches(VIEW_HISTORY);
  /** The steps drawn last (for hover). */
  private shown: TimeDomain = { first: 1, last: 0 };
  private followed: number | null = null;
  private run = -1;
  private t = 0;
  private ne = 0;
  private ni = 0;
  private rowOf = new Int32Array(0);
  private rowsE = 0;
  private rowsI = 0;
  /** Neuron number of each row, top row first. */
  private rowNeuron: number[] = [];
  /** Rows that carry a y tick label. */
  private tickRows: number[] = [];
  private window = 1000;
  private selE = "all";
  private selI = "all";
  private image: ImageData | null = null;
  /** "showing k of N neurons (…)", for the info line. */
  private neuronsShown = "";

  constructor(
    host: HTMLElement,
    private readonly ctxs: PlotContext,
    /** Told "showing k of N neurons (…), steps a–b" whenever the selection or the steps held change. */
    private readonly onShown: (text: string) => void,
  ) {
    super(host, "Spike raster: time on the horizontal axis, neurons on the vertical axis");
    this.onDestroy(ctxs.frames.subscribe((f) => this.take(f)));
    this.onDestroy(
      ctxs.store.subscribe((s, prev) => {
        if (s.config.window !== this.window || s.config.rasterE !== this.selE || s.config.rasterI !== this.selI) this.select();
        else if (s.timeView !== prev.timeView || s.followed !== prev.followed) this.requestDraw();
      }),
    );
    this.onDestroy(
      attachTimeZoom({
        canvas: this.canvas,
        area: () => this.area(),
        limits: () => sharedLimits(this.t, this.window),
        get: () => ctxs.store.getState().timeView,
        set: (timeView) => ctxs.store.setState({ timeView }),
        click: (x, y) => {
          const n = this.neuronAt(x, y);
          if (n !== null) ctxs.store.setState({ followed: n });
        },
      }),
    );
    if (ctxs.frames.latest) this.take(ctxs.frames.latest);
    this.select();
  }

  private take(f: Frame): void {
    const ne = groupSize(f, "E");
    const ni = groupSize(f, "I");
    if (f.run !== this.run || f.t < this.t || ne !== this.ne) {
      this.spikes.clear();
      this.run = f.run;
      if (ne !== this.ne || ni !== this.ni) {
        this.ne = ne;
        this.ni = ni;
        this.select();
      }
    }
    this.t = f.t;
    this.spikes.push(f.t, f.spikes.packed);
    this.tellShown();
    this.requestDraw();
  }

  /** The info line: the neurons shown and the steps of the window held (a loaded run's history too). */
  private tellShown(): void {
    const first = Math.max(this.spikes.oldest, this.t - this.window + 1);
    this.onShown(`${this.neuronsShown}, ${Number.isFinite(first) && first <= this.t ? `steps ${first}–${this.t}` : "no steps yet"}`);
  }

  /** Re-read the neuron selection and window from the config. */
  private select(): void {
    const c = this.ctxs.store.getState().config;
    this.window = c.window;
    this.selE = c.rasterE;
    this.selI = c.rasterI;
    const e = parseSelection(c.rasterE, this.ne);
    const i = parseSelection(c.rasterI, this.ni);
    const eIdx = e.ok ? e.indices : [];
    const iIdx = i.ok ? i.indices : [];
    this.rowOf = new Int32Array(this.ne + this.ni).fill(-1);
    eIdx.forEach((n, r) => (this.rowOf[n] = r));
    iIdx.forEach((n, r) => (this.rowOf[this.ne + n] = eIdx.length + r));
    this.rowsE = eIdx.length;
    this.rowsI = iIdx.length;
    this.rowNeuron = rasterRows(eIdx, iIdx, this.ne);
    this.tickRows = rasterTickRows(this.rowNeuron.length);
    // The y labels, readable without the pixels (assistive technology, tests).
    const labels = this.tickRows.map((r) => String(this.rowNeuron[r]));
    this.canvas.dataset.yTicks = labels.join(",");
    const top = this.rowNeuron.length ? `top row: neuron ${this.rowNeuron[0]}; ` : "";
    this.canvas.setAttribute("aria-description", `Rows from the top: ${describeRows(eIdx, iIdx, this.ne)}; ${top}y-axis labels ${labels.join(", ") || "none"}`);
    const shown = eIdx.length + iIdx.length;
    this.neuronsShown = `showing ${shown} of ${this.ne + this.ni} neurons (${eIdx.length} of ${this.ne} E, ${iIdx.length} of ${this.ni} I)`;
    this.tellShown();
    this.requestDraw();
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    const a = this.area();
    const rows = this.rowsE + this.rowsI;
    const d = timeDomain(this.ctxs.store.getState().timeView, sharedLimits(this.t, this.window));
    this.shown = d;
    this.followed = this.ctxs.store.getState().followed;
    const { first, last } = d;
    const W = last - first + 1;
    const x = scaleLinear().domain([first - 0.5, last + 0.5]).range([a.x, a.x + a.width]);
    const y = scaleLinear().domain([0, Math.max(1, rows)]).range([a.y, a.y + a.height]);
    const pw = Math.round(a.width * this.dpr);
    const ph = Math.round(a.height * this.dpr);
    if (!this.image || this.image.width !== pw || this.image.height !== ph) this.image = new ImageData(Math.max(1, pw), Math.max(1, ph));
    const px = new Uint32Array(this.image.data.buffer);
    px.fill(rgba(COLOR.bg));
    if (rows > 0) {
      const colE = rgba(COLOR.e);
      const colI = rgba(COLOR.i);
      const rowY = new Int32Array(rows + 1);
      for (let r = 0; r <= rows; r++) rowY[r] = Math.floor((r * ph) / rows);
      this.spikes.forEachStep(first, last, (step, spikes) => {
        const x0 = Math.floor(((step - first) * pw) / W);
        const x1 = Math.max(x0 + 1, Math.floor(((step - first + 1) * pw) / W));
        for (let k = 0; k < spikes.length; k++) {
          const n = spikes[k];
          const r = this.rowOf[n];
          if (r < 0) continue;
          const col = n < this.ne ? colE : colI;
          const y1 = Math.max(rowY[r] + 1, rowY[r + 1]);
          for (let yy = rowY[r]; yy < y1 && yy < ph; yy++) {
            const base = yy * pw;
            for (let xx = x0; xx < x1 && xx < pw; xx++) px[base + xx] = col;
          }
        }
      });
    }
    ctx.putImageData(this.image, Math.round(a.x * this.dpr), Math.round(a.y * this.dpr));
    this.drawFollowed(ctx, a.x, a.width, y);
    this.describe(`showing steps ${first} to ${last}`);
    if (this.rowsE > 0 && this.rowsI > 0) {
      ctx.strokeStyle = "#999";
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(a.x, Math.round(y(this.rowsE)) + 0.5);
      ctx.lineTo(a.x + a.width, Math.round(y(this.rowsE)) + 0.5);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    const ticks = x.ticks(Math.max(2, Math.floor(a.width / 90))).filter((v) => v >= 0);
    drawAxes(ctx, a, x, y, {
      xLabel: "time step",
      yLabel: "neuron index",
      grid: false,
      xTickValues: ticks,
      // Row r spans [r, r + 1]; its label is its neuron's number.
      yTickValues: this.tickRows.map((r) => r + 0.5),
      yFormat: (v) => String(this.rowNeuron[Math.floor(v)]),
    });
    if (rows === 0) {
      ctx.fillStyle = COLOR.muted;
      ctx.textAlign = "center";
      ctx.fillText("no neurons selected", a.x + a.width / 2, a.y + a.height / 2);
    }
  }

  /** The band behind the followed neuron's row (when it is shown). */
  private drawFollowed(ctx: CanvasRenderingContext2D, x0: number, width: number, y: (row: number) => number): void {
    const n = this.followed;
    const r = n !== null && n < this.rowOf.length ? this.rowOf[n] : -1;
    if (r < 0) return;
    const top = y(r);
    const h = Math.max(3, y(r + 1) - top);
    ctx.fillStyle = COLOR.highlight;
    ctx.fillRect(x0, top + (y(r + 1) - top - h) / 2, width, h);
    ctx.fillStyle = COLOR.text;
    ctx.beginPath();
    const cy = (top + y(r + 1)) / 2;
    ctx.moveTo(x0 + width + 2, cy);
    ctx.lineTo(x0 + width + 8, cy - 4);
    ctx.lineTo(x0 + width + 8, cy + 4);
    ctx.fill();
  }

  /** The neuron (numbered over E then I) of the row at canvas y, or null outside the rows. */
  private neuronAt(x: number, py: number): number | null {
    const a = this.area();
    const rows = this.rowNeuron.length;
    if (rows === 0 || x < a.x || x > a.x + a.width || py < a.y || py >= a.y + a.height) return null;
    const r = Math.min(rows - 1, Math.floor(((py - a.y) / a.height) * rows));
    return this.rowNeuron[r];
  }

  protected override hoverText(x: number, y: number): string | null {
    const n = this.neuronAt(x, y);
    if (n === null) return null;
    const a = this.area();
    const { first, last } = this.shown;
    const step = Math.round(first - 0.5 + ((x - a.x) / a.width) * (last - first + 1));
    const who = n < this.ne ? `E neuron ${n}` : `I neuron ${n - this.ne} (index ${n})`;
    const fired = step >= 1 ? this.spikes.fired(n, step) : null;
    return `${who} · step ${step}${fired === null ? "" : fired ? " · fired" : " · silent"}`;
  }
}
