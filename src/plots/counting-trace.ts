/**
 * The counting trace's canvas (spec experiments.md §3.5), drawn outside React: the letter tiles of
 * the traced test steps, the readout's prediction under each, and the E raster with the six input
 * pools marked at the left (layout, colours and words in `./counting-trace-layout.ts`). It follows
 * the trace model's store (a new trace or the X/R switch redraws) and the plots' theme; hovering a
 * column writes the step, letter and prediction into the hover line. The canvas's `data-letters`,
 * `data-predicted` and `data-readout` say what is drawn (for tests and screen readers' neighbours).
 */
import { LETTERS } from "../experiments/counting/source";
import type { CountingTrace } from "../experiments/counting/trace";
import type { CountingTraceModel } from "../state/experiments/counting-trace";
import {
  BAND_W, BAND_X, CELL, LEFT, LETTER_COLORS, PRED_H, PRED_Y, PREDICTION_COLORS, RASTER_Y, ROW_H, TICK_Y, TILE_H, TILE_Y, UNDERLINE_Y,
  hoverText, poolRows, predictionStatus, predictionText, stepAt, traceSize,
} from "./counting-trace-layout";
import { COLOR, onPlotTheme } from "./theme";

/** The canvas and its hover line. */
export interface TraceElements {
  canvas: HTMLCanvasElement;
  hover: HTMLElement;
}

const HINT = "Hover a column (or focus the picture and press ← / →) for its step, letter and prediction.";

/** The canvas plot (see the module comment); `destroy()` when its view goes. */
export class CountingTracePlot {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly scale: number;
  private readonly offs: (() => void)[] = [];
  /** The step last read out (hover or keys). */
  private step = -1;

  constructor(
    private readonly el: TraceElements,
    private readonly model: CountingTraceModel,
  ) {
    this.scale = Math.max(1, Math.round(window.devicePixelRatio || 1));
    this.ctx = el.canvas.getContext("2d")!;
    this.offs.push(
      model.store.subscribe((s, prev) => {
        if (s.shown === prev.shown && s.pick?.readout === prev.pick?.readout) return;
        el.hover.textContent = s.shown ? HINT : "";
        this.step = -1;
        this.draw();
      }),
    );
    this.offs.push(onPlotTheme(() => this.draw()));
    const move = (e: MouseEvent) => this.hover(e);
    const key = (e: KeyboardEvent) => this.key(e);
    el.canvas.addEventListener("mousemove", move);
    el.canvas.addEventListener("keydown", key);
    this.offs.push(() => (el.canvas.removeEventListener("mousemove", move), el.canvas.removeEventListener("keydown", key)));
    if (model.store.getState().shown) el.hover.textContent = HINT;
    this.draw();
  }

  destroy(): void {
    for (const off of this.offs) off();
  }

  private readout() {
    return this.model.store.getState().pick?.readout ?? "X";
  }

  private hover(e: MouseEvent): void {
    const trace = this.model.store.getState().shown?.trace;
    if (!trace) return;
    const box = this.el.canvas.getBoundingClientRect();
    const k = stepAt(trace, ((e.clientX - box.left) * traceSize(trace).width) / box.width);
    if (k !== null) this.at(k);
  }

  /** The keyboard's hover: ← / → (Home / End) move the step read out, and scroll it into view. */
  private key(e: KeyboardEvent): void {
    const trace = this.model.store.getState().shown?.trace;
    if (!trace) return;
    const moves: Record<string, number> = { ArrowLeft: this.step - 1, ArrowRight: this.step + 1, Home: 0, End: trace.steps - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const k = Math.max(0, Math.min(trace.steps - 1, moves[e.key]));
    this.at(k);
    const scroller = this.el.canvas.parentElement;
    const x = LEFT + k * CELL;
    if (scroller && (x < scroller.scrollLeft + LEFT || x + CELL > scroller.scrollLeft + scroller.clientWidth)) scroller.scrollLeft = x - scroller.clientWidth / 2;
  }

  private at(k: number): void {
    const trace = this.model.store.getState().shown?.trace;
    if (!trace) return;
    this.step = k;
    this.el.hover.textContent = hoverText(trace, this.readout(), k);
  }

  private draw(): void {
    const trace = this.model.store.getState().shown?.trace;
    const { canvas } = this.el;
    if (!trace) {
      canvas.hidden = true;
      return;
    }
    const readout = this.readout();
    const { width, height } = traceSize(trace);
    const s = this.scale;
    canvas.hidden = false;
    canvas.width = width * s;
    canvas.height = height * s;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.dataset.letters = Array.from(trace.letters, (l) => LETTERS[l]).join("");
    canvas.dataset.predicted = predictionText(trace, readout);
    canvas.dataset.readout = readout;
    const c = this.ctx;
    c.setTransform(s, 0, 0, s, 0, 0);
    c.fillStyle = COLOR.bg;
    c.fillRect(0, 0, width, height);
    c.textAlign = "center";
    c.textBaseline = "middle";
    c.font = "10px system-ui, sans-serif";
    // Step ticks every 25 steps (1-based, as the hover line counts).
    c.fillStyle = COLOR.muted;
    for (let k = 0; k < trace.steps; k += 25) c.fillText(String(k + 1), LEFT + k * CELL + CELL / 2, TICK_Y + 6);
    // Row labels.
    c.textAlign = "right";
    c.fillStyle = COLOR.text;
    c.fillText("letter", LEFT - 4, TILE_Y + TILE_H / 2);
    c.fillText(`${readout} predicts`, LEFT - 4, PRED_Y + PRED_H / 2);
    c.textAlign = "center";
    c.font = "bold 10px system-ui, sans-serif";
    for (let k = 0; k < trace.steps; k++) {
      const x = LEFT + k * CELL;
      const tile = LETTER_COLORS[trace.letters[k]];
      c.fillStyle = tile.fill;
      c.fillRect(x, TILE_Y, CELL - 1, TILE_H);
      c.fillStyle = tile.ink;
      c.fillText(LETTERS[trace.letters[k]], x + CELL / 2 - 0.5, TILE_Y + TILE_H / 2 + 0.5);
      const status = predictionStatus(trace, readout, k);
      c.fillStyle = PREDICTION_COLORS[status];
      c.fillRect(x, PRED_Y, CELL - 1, PRED_H);
      c.fillStyle = status === "none" ? "#000000" : "#ffffff";
      const p = trace.predicted[readout]?.[k];
      c.fillText(status === "none" || p === undefined ? "·" : LETTERS[p], x + CELL / 2 - 0.5, PRED_Y + PRED_H / 2 + 0.5);
      if (status === "wrong") {
        c.fillStyle = COLOR.text; // the underline: wrong is not told by colour alone
        c.fillRect(x, UNDERLINE_Y, CELL - 1, 2);
      }
    }
    this.drawRaster(trace);
  }

  private drawRaster(trace: CountingTrace): void {
    const c = this.ctx;
    const { ne, steps } = trace;
    // Pool bands: each letter's E neurons in its colour, the letter beside them.
    c.font = "10px system-ui, sans-serif";
    c.textAlign = "right";
    for (let l = 0; l < LETTERS.length; l++) {
      const rows = poolRows(trace, l);
      c.fillStyle = LETTER_COLORS[l].fill;
      for (const i of rows) c.fillRect(BAND_X, RASTER_Y + i * ROW_H, BAND_W, ROW_H);
      c.fillStyle = COLOR.text;
      const mid = rows.reduce((a, b) => a + b, 0) / rows.length;
      c.fillText(LETTERS[l], BAND_X - 3, RASTER_Y + mid * ROW_H + ROW_H / 2);
    }
    c.fillText("E", BAND_X - 3, RASTER_Y + ne * ROW_H * 0.65);
    c.fillText("neurons", BAND_X - 3, RASTER_Y + ne * ROW_H * 0.65 + 12);
    c.strokeStyle = COLOR.grid;
    c.strokeRect(LEFT - 0.5, RASTER_Y - 0.5, steps * CELL + 1, ne * ROW_H + 1);
    c.fillStyle = COLOR.e;
    for (let k = 0; k < steps; k++) {
      const row = k * ne;
      for (let i = 0; i < ne; i++) if (trace.states[row + i]) c.fillRect(LEFT + k * CELL, RASTER_Y + i * ROW_H, CELL - 1, ROW_H);
    }
  }
}
