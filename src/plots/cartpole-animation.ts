/**
 * The cart-pole view's animation: one requestAnimationFrame loop that advances the player by
 * the frame's time and, when the state moved, draws it with Gymnasium's geometry
 * (`drawCartPole`, spec §1.6) on a 600 × 400 canvas (times devicePixelRatio for sharpness). It
 * runs outside React; the canvas's `data-frame` holds "episode:step" of the frame drawn (for
 * tests and curious users).
 */
import type { CartPolePlayer } from "../state/experiments/cartpole-player";
import { drawCartPole } from "./cartpole";

/** Draws `player` into `canvas` every animation frame until destroyed. */
export class CartPoleAnimation {
  private raf = 0;
  private drawn = -1;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly scale: number;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly player: CartPolePlayer,
  ) {
    this.scale = Math.max(1, Math.round(window.devicePixelRatio || 1));
    canvas.width = 600 * this.scale;
    canvas.height = 400 * this.scale;
    this.ctx = canvas.getContext("2d")!;
    this.frame(performance.now());
  }

  /** Stop the loop and pause the player (a closed view does not run on unseen). */
  destroy(): void {
    cancelAnimationFrame(this.raf);
    this.player.pause();
  }

  private frame(now: number): void {
    this.player.tick(now);
    if (this.player.version !== this.drawn) {
      this.drawn = this.player.version;
      drawCartPole(this.ctx, this.player.state, this.scale);
      this.canvas.dataset.frame = `${this.player.episode}:${this.player.episodeStep}`;
    }
    this.raf = requestAnimationFrame((t) => this.frame(t));
  }
}
