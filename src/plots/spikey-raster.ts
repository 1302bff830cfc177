/**
 * The Spikey run's raster (issue 17 §6): the last shown network steps, x = step, one row per unit
 * (inputs at the top, then the body neurons, the outputs last), a dot per spike in the
 * excitatory colour or the inhibitory one, inhibitory rows tinted behind; under it the reward
 * strip, one cell per step coloured by the sign of its reward (green > 0, vermillion < 0, grey 0;
 * a per-tick reward fills its tick's steps). Redrawn when the run's `frame` counter changes; the
 * host's data attributes say what is drawn (first and last step, steps with reward > 0 and < 0).
 */
import type { SpikeyRunModel } from "../state/spikey/run";
import { CanvasPlot } from "./canvas-plot";
import { COLOR } from "./theme";

const STRIP = 14;
const GAP = 6;
const MARGIN = { top: 8, right: 16, bottom: 30 + STRIP + GAP, left: 52 };
/** The reward strip's colours for r > 0 and r < 0 (Okabe–Ito bluish green and vermillion). */
export const REWARD_COLORS = { pos: "#009E73", neg: "#D55E00" } as const;

/** The raster with its inhibitory tint and the reward strip, drawn from {@link SpikeyRunModel.raster}. */
export class SpikeyRasterPlot extends CanvasPlot {
  private frame = -1;

  constructor(
    host: HTMLElement,
    private readonly model: SpikeyRunModel,
  ) {
    super(host, "Raster of the Spikey network with the reward strip");
    this.minInterval = 200;
    this.onDestroy(model.store.subscribe((s) => s.frame !== this.frame && this.requestDraw()));
  }

  protected draw(ctx: CanvasRenderingContext2D): void {
    const s = this.model.store.getState();
    this.frame = s.frame;
    const info = s.info;
    const r = this.model.raster;
    const a = this.area(MARGIN);
    ctx.font = "11px system-ui, sans-serif";
    ctx.fillStyle = COLOR.muted;
    if (!info || !r || r.counts.length === 0) {
      ctx.fillText(info ? "Run or step the network to see its spikes." : "Build a network to see its spikes.", a.x, a.y + 14);
      this.host.dataset.steps = "0";
      return;
    }
    const units = info.nInputs + info.nNeurons;
    const n = r.counts.length;
    const span = Math.max(n, Math.min(4000, 2 * info.steps));
    const dx = a.width / span;
    const dy = a.height / units;
    ctx.fillStyle = COLOR.highlight;
    for (let u = 0; u < units; u++) if (info.inhibitory[u]) ctx.fillRect(a.x, a.y + u * dy, a.width, Math.max(dy, 0.5));
    ctx.fillStyle = COLOR.grid;
    ctx.fillRect(a.x, a.y + info.nInputs * dy, a.width, 1);
    ctx.fillRect(a.x, a.y + (units - info.nOutputs) * dy, a.width, 1);
    const w = Math.max(1, dx);
    const h = Math.max(1, dy * 0.8);
    let at = 0;
    for (let k = 0; k < n; k++) {
      const x = a.x + k * dx;
      for (let m = 0, c = r.counts[k]; m < c; m++) {
        const u = r.units[at++];
        ctx.fillStyle = info.inhibitory[u] ? COLOR.i : COLOR.e;
        ctx.fillRect(x, a.y + u * dy, w, h);
      }
    }
    const sy = a.y + a.height + GAP;
    let pos = 0;
    let neg = 0;
    for (let k = 0; k < n; k++) {
      const v = r.reward[k];
      if (v > 0) pos++;
      else if (v < 0) neg++;
      ctx.fillStyle = v > 0 ? REWARD_COLORS.pos : v < 0 ? REWARD_COLORS.neg : COLOR.grid;
      ctx.fillRect(a.x + k * dx, sy, Math.max(1, dx), STRIP);
    }
    ctx.fillStyle = COLOR.text;
    ctx.fillText("inputs", 4, a.y + 10);
    ctx.fillText("outputs", 4, a.y + a.height - 2);
    ctx.fillText("reward", 4, sy + 11);
    ctx.fillStyle = COLOR.muted;
    ctx.fillText(`step ${r.from.toLocaleString("en-US")}`, a.x, sy + STRIP + 14);
    const last = `step ${(r.from + n - 1).toLocaleString("en-US")}`;
    ctx.fillText(last, a.x + n * dx - ctx.measureText(last).width, sy + STRIP + 14);
    Object.assign(this.host.dataset, { steps: String(n), from: String(r.from), to: String(r.from + n - 1), rewardPos: String(pos), rewardNeg: String(neg) });
    this.describe(`steps ${r.from} to ${r.from + n - 1}; reward > 0 on ${pos} steps, < 0 on ${neg}`);
  }
}
