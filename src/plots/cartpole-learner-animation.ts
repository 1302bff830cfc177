/**
 * The learner's animation: one requestAnimationFrame loop that advances the learner model by the
 * frame's time and, when a new step is shown, draws the cart (`drawCartPole`, Gymnasium's
 * geometry), the reservoir's E raster (50 neurons × the last 200 steps, newest at the right) and
 * the two action-probability bars, and writes the line under them. Runs outside React; the
 * cart canvas's `data-frame` holds "episode:step" of the drawn frame (as the player's does).
 */
import type { CartPoleLearnerModel } from "../state/experiments/cartpole-learner";
import { RASTER_STEPS } from "../state/experiments/cartpole-learner-playback";
import { drawCartPole } from "./cartpole";

export interface LearnerElements {
  cart: HTMLCanvasElement;
  raster: HTMLCanvasElement;
  /** The bars' fills (width = p) and their value labels, action 0 (push left) then 1 (push right). */
  bars: [HTMLElement, HTMLElement];
  values: [HTMLElement, HTMLElement];
  readout: HTMLElement;
}

/** Raster pixels per step and per neuron. */
const CELL_W = 2;
const CELL_H = 2;

export class LearnerAnimation {
  private raf = 0;
  private drawn = -1;
  private readonly cart: CanvasRenderingContext2D;
  private readonly raster: CanvasRenderingContext2D;
  private readonly scale: number;

  constructor(
    private readonly el: LearnerElements,
    private readonly model: CartPoleLearnerModel,
  ) {
    this.scale = Math.max(1, Math.round(window.devicePixelRatio || 1));
    el.cart.width = 600 * this.scale;
    el.cart.height = 400 * this.scale;
    this.cart = el.cart.getContext("2d")!;
    el.raster.width = RASTER_STEPS * CELL_W;
    el.raster.height = 50 * CELL_H;
    this.raster = el.raster.getContext("2d")!;
    this.draw();
    this.raf = requestAnimationFrame((t) => this.frame(t));
  }

  /** Stop the loop and pause the learner (a closed view does not play on unseen). */
  destroy(): void {
    cancelAnimationFrame(this.raf);
    this.model.pause();
  }

  private frame(now: number): void {
    this.model.tick(now);
    if (this.model.version !== this.drawn) this.draw();
    this.raf = requestAnimationFrame((t) => this.frame(t));
  }

  private draw(): void {
    this.drawn = this.model.version;
    const pb = this.model.playback;
    const s = pb.shown;
    drawCartPole(this.cart, this.model.state, this.scale);
    this.el.cart.dataset.frame = s ? `${s.episode + 1}:${s.step}` : "0:0";
    const r = this.raster;
    const dark = document.documentElement.dataset.theme === "dark";
    r.fillStyle = dark ? "#1d2330" : "#ffffff";
    r.fillRect(0, 0, this.el.raster.width, this.el.raster.height);
    r.fillStyle = dark ? "#56b4e9" : "#0072b2";
    const off = RASTER_STEPS - pb.rasterColumns;
    for (let k = 0; k < pb.rasterColumns; k++) for (let n = 0; n < pb.ne; n++) if (pb.spike(k, n)) r.fillRect((off + k) * CELL_W, n * CELL_H, CELL_W, CELL_H);
    this.el.raster.dataset.columns = String(pb.rasterColumns);
    const p = s ? [s.p0, s.p1] : [NaN, NaN];
    for (const i of [0, 1] as const) {
      this.el.bars[i].style.width = Number.isFinite(p[i]) ? `${(100 * p[i]).toFixed(1)}%` : "0";
      this.el.values[i].textContent = Number.isFinite(p[i]) ? p[i].toFixed(3) : "–";
      this.el.bars[i].parentElement!.classList.toggle("chosen", !!s && s.action === i);
    }
    this.el.readout.textContent = s
      ? `Episode ${s.episode + 1} · step ${s.step} · return ${s.return} · θ = ${s.state[2].toFixed(3)} rad · action ${s.action === 1 ? "push right" : "push left"}${s.sampled ? " (sampled from p)" : " (random: no learning yet)"}`
      : "Not played yet: Play animates the learner, Train runs episodes headless.";
  }
}
