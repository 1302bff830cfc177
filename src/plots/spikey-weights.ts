/**
 * The Spikey run's weight sums over time (issue 17 §6, the notebooks' `print_w_diffs`): Σ w over
 * the input rows and Σ w over the body rows of the weight matrix after each pattern (tick 0 = at
 * build), one line each on a shared y axis from 0. Redrawn when the run's `frame` changes.
 */
import type { SpikeyRunModel } from "../state/spikey/run";
import { CanvasPlot } from "./canvas-plot";
import { COLOR } from "./theme";

const MARGIN = { top: 10, right: 16, bottom: 30, left: 60 };

/** Σ w of the input rows and of the body rows against the pattern index. */
export class SpikeyWeightsPlot extends CanvasPlot {
  private frame = -1;

  constructor(
    host: HTMLElement,
    private readonly model: SpikeyRunModel,
  ) {
    super(host, "Weight sums over the patterns");
    this.minInterval = 200;
    this.onDestroy(model.store.subscribe((s) => s.frame !== this.frame && this.requestDraw()));
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    this.frame = this.model.store.getState().frame;
    const win = this.model.window;
    const a = this.area(MARGIN);
    ctx.font = "11px system-ui, sans-serif";
    if (!win) return;
    const series = [
      { name: "Σ w, input rows", ys: win.wIn, color: COLOR.e },
      { name: "Σ w, body rows", ys: win.wBody, color: COLOR.i },
    ];
    const n = win.wIn.length;
    const hi = Math.max(1e-9, ...win.wIn, ...win.wBody) * 1.05;
    ctx.strokeStyle = COLOR.axis;
    ctx.strokeRect(a.x, a.y, a.width, a.height);
    ctx.fillStyle = COLOR.muted;
    ctx.fillText(hi.toPrecision(3), 4, a.y + 10);
    ctx.fillText("0", 4, a.y + a.height);
    ctx.fillText("pattern 0", a.x, a.y + a.height + 14);
    const end = `pattern ${n - 1}`;
    ctx.fillText(end, a.x + a.width - ctx.measureText(end).width, a.y + a.height + 14);
    const stride = Math.max(1, Math.floor(n / (2 * a.width)));
    for (const [j, s] of series.entries()) {
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (let i = 0; i < n; i += stride) {
        const x = a.x + (n > 1 ? (i / (n - 1)) * a.width : 0);
        const y = a.y + (1 - s.ys[i] / hi) * a.height;
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.stroke();
      ctx.fillStyle = s.color;
      ctx.fillText(`${s.name}: ${s.ys[n - 1].toFixed(2)}`, a.x + 8 + j * 200, a.y + a.height - 6);
    }
    this.host.dataset.patterns = String(n - 1);
  }
}
