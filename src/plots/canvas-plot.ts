/**
 * Base of the canvas plots: a canvas that follows its host's size (device pixels), redraws at
 * most once per animation frame when marked dirty, and cleans up after itself. Subclasses take
 * frames and draw imperatively — React never re-renders for a frame. A subclass that implements
 * `hoverText` gets a hover tooltip (`tooltip.ts`), refreshed on every redraw while the pointer
 * stays; the background and colours follow the live theme (`theme.ts`).
 */
import { COLOR, onPlotTheme } from "./theme";
import { Tooltip } from "./tooltip";

/** Inner plot area in CSS px. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Margins around the plot area in CSS px. */
export const PLOT_MARGIN = { top: 10, right: 24, bottom: 34, left: 52 };

/** A canvas plot that redraws on demand. */
export abstract class CanvasPlot {
  readonly canvas: HTMLCanvasElement;
  protected readonly ctx: CanvasRenderingContext2D;
  /** Size in CSS px. */
  protected width = 0;
  protected height = 0;
  protected dpr = 1;
  private raf = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastDraw = -Infinity;
  /**
   * Least time between redraws in ms. Slowly changing plots (histograms, whole-run series) set
   * it higher: every canvas redraw costs a compositor commit, which is what a busy machine feels.
   */
  protected minInterval = 0;
  private readonly observer: ResizeObserver;
  private readonly cleanups: (() => void)[] = [];
  private readonly label: string;
  private tooltip: Tooltip | null = null;
  /** The pointer over the canvas (CSS px), or null. */
  protected pointer: { x: number; y: number } | null = null;

  constructor(
    protected readonly host: HTMLElement,
    label: string,
  ) {
    this.canvas = document.createElement("canvas");
    this.canvas.setAttribute("role", "img");
    this.canvas.setAttribute("aria-label", label);
    this.label = label;
    host.appendChild(this.canvas);
    // Opaque: the compositor need not blend it (cheaper commits without a GPU).
    const ctx = this.canvas.getContext("2d", { alpha: false });
    if (!ctx) throw new Error("this browser has no 2D canvas");
    this.ctx = ctx;
    this.observer = new ResizeObserver(() => this.resize());
    this.observer.observe(host);
    this.resize();
    this.onDestroy(onPlotTheme(() => this.requestDraw()));
    if (this.hoverText) this.listenHover();
  }

  /**
   * What is under the pointer at (x, y), CSS px in the canvas, as one line for the tooltip; null
   * for nothing (outside the data). Subclasses that implement it get a tooltip.
   */
  protected hoverText?(x: number, y: number): string | null;

  private listenHover(): void {
    this.tooltip = new Tooltip(this.host, this.canvas);
    const move = (e: PointerEvent) => {
      const r = this.canvas.getBoundingClientRect();
      this.pointer = { x: e.clientX - r.left, y: e.clientY - r.top };
      this.refreshTooltip();
    };
    const leave = () => {
      this.pointer = null;
      this.tooltip?.hide();
    };
    this.canvas.addEventListener("pointermove", move);
    this.canvas.addEventListener("pointerleave", leave);
    this.onDestroy(() => {
      this.canvas.removeEventListener("pointermove", move);
      this.canvas.removeEventListener("pointerleave", leave);
      this.tooltip?.destroy();
    });
  }

  /** Re-read what is under the pointer (after new data or a pointer move). */
  protected refreshTooltip(): void {
    if (!this.tooltip) return;
    const p = this.pointer;
    const text = p && this.hoverText ? this.hoverText(p.x, p.y) : null;
    if (p && text) this.tooltip.show(text, p.x + this.canvas.offsetLeft, p.y + this.canvas.offsetTop);
    else this.tooltip.hide();
  }

  /** Add `what` (e.g. "showing steps 801 to 1000") to the canvas's accessible name. */
  protected describe(what: string): void {
    const label = what ? `${this.label}; ${what}` : this.label;
    if (this.canvas.getAttribute("aria-label") !== label) this.canvas.setAttribute("aria-label", label);
  }

  /** Register something to undo on destroy (an unsubscribe). */
  protected onDestroy(fn: () => void): void {
    this.cleanups.push(fn);
  }

  /** The plot area inside the margins. */
  protected area(margin = PLOT_MARGIN): Area {
    return {
      x: margin.left,
      y: margin.top,
      width: Math.max(10, this.width - margin.left - margin.right),
      height: Math.max(10, this.height - margin.top - margin.bottom),
    };
  }

  private resize(): void {
    const r = this.host.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(50, Math.floor(r.width));
    const h = Math.max(50, Math.floor(r.height));
    if (w === this.width && h === this.height && dpr === this.dpr) return;
    this.width = w;
    this.height = h;
    this.dpr = dpr;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(h * dpr);
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    this.requestDraw();
  }

  /** Redraw on an animation frame (once, however often it is asked; at most every `minInterval` ms). */
  requestDraw(): void {
    if (this.raf || this.timer) return;
    const wait = this.lastDraw + this.minInterval - performance.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.requestDraw();
      }, wait);
      return;
    }
    this.raf = requestAnimationFrame((now) => {
      this.raf = 0;
      this.lastDraw = now;
      const ctx = this.ctx;
      ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
      ctx.fillStyle = COLOR.bg;
      ctx.fillRect(0, 0, this.width, this.height);
      this.draw(ctx);
      if (this.pointer) this.refreshTooltip();
    });
  }

  /** Draw everything (the transform maps CSS px). */
  protected abstract draw(ctx: CanvasRenderingContext2D): void;

  /** Stop observing, unsubscribe, remove the canvas. */
  destroy(): void {
    cancelAnimationFrame(this.raf);
    if (this.timer) clearTimeout(this.timer);
    this.observer.disconnect();
    for (const fn of this.cleanups) fn();
    this.canvas.remove();
  }
}
