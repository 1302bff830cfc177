/**
 * The geometry, colours and words of the counting trace's canvas (`./counting-trace.ts`), DOM-free
 * so they are tested in Node. Top to bottom, one column of {@link CELL} px per test step:
 *   - step ticks (every 25 steps);
 *   - the letter tiles: one colour per letter (Okabe–Ito), the letter drawn on it;
 *   - the readout's predicted letter under each tile: bluish green when right, vermillion and
 *     underlined when wrong (so it is not colour alone), grey "·" where there is none;
 *   - the E raster, ne rows of {@link ROW_H} px, with the six input pools as coloured bands (and
 *     their letters) in the left margin.
 */
import { OKABE_ITO } from "../figures/palette";
import { LETTERS, LETTER_POOL } from "../experiments/counting/source";
import type { CountingReadout } from "../experiments/counting/preset";
import { NO_LETTER, type CountingTrace } from "../experiments/counting/trace";

/** Column width per step, px. */
export const CELL = 12;
/** Left margin (row labels, pool bands), px. */
export const LEFT = 72;
/** Tops and heights of the rows, px. */
export const TICK_Y = 0, TILE_Y = 14, TILE_H = 16, PRED_Y = 34, PRED_H = 16, UNDERLINE_Y = 51, RASTER_Y = 58, ROW_H = 2;
/** The pool band's left edge and width, px. */
export const BAND_X = LEFT - 12, BAND_W = 8;

/** A letter's tile colour and the colour of the letter on it (contrast ≥ 4.5 either way). */
export const LETTER_COLORS: readonly { fill: string; ink: string }[] = [
  { fill: OKABE_ITO.blue, ink: "#ffffff" }, // A
  { fill: OKABE_ITO.skyBlue, ink: "#000000" }, // B
  { fill: OKABE_ITO.reddishPurple, ink: "#000000" }, // C
  { fill: OKABE_ITO.orange, ink: "#000000" }, // D
  { fill: OKABE_ITO.yellow, ink: "#000000" }, // E
  { fill: OKABE_ITO.black, ink: "#ffffff" }, // F
];

/** The prediction row's colours: right, wrong, none (right/wrong are Okabe–Ito's colour-blind-safe pair). */
export const PREDICTION_COLORS = { right: OKABE_ITO.bluishGreen, wrong: OKABE_ITO.vermillion, none: "#9a9a9a" } as const;

/** The canvas's size in CSS px for a trace. */
export function traceSize(trace: Pick<CountingTrace, "steps" | "ne">): { width: number; height: number } {
  return { width: LEFT + trace.steps * CELL + 8, height: RASTER_Y + trace.ne * ROW_H + 4 };
}

/** The test step under canvas x (CSS px), or null outside the columns. */
export function stepAt(trace: Pick<CountingTrace, "steps">, x: number): number | null {
  const k = Math.floor((x - LEFT) / CELL);
  return x >= LEFT && k < trace.steps ? k : null;
}

/** Whether the prediction under step k is right, wrong or none. */
export function predictionStatus(trace: CountingTrace, readout: CountingReadout, k: number): "right" | "wrong" | "none" {
  const p = trace.predicted[readout]?.[k] ?? NO_LETTER;
  return p === NO_LETTER ? "none" : p === trace.letters[k] ? "right" : "wrong";
}

/** The predictions as text, one character per step ("·" for none), for the canvas's data attribute. */
export function predictionText(trace: CountingTrace, readout: CountingReadout): string {
  const p = trace.predicted[readout];
  return Array.from(trace.letters, (_, k) => (p && p[k] !== NO_LETTER ? LETTERS[p[k]] : "·")).join("");
}

/** The hover line of step k: the step, the letter and the readout's prediction for it. */
export function hoverText(trace: CountingTrace, readout: CountingReadout, k: number): string {
  const where = `Test step ${k + 1} of ${trace.testSteps} (network step ${trace.firstStep + k})`;
  const letter = LETTERS[trace.letters[k]];
  const status = predictionStatus(trace, readout, k);
  const active = trace.states.subarray(k * trace.ne, (k + 1) * trace.ne).reduce((a, b) => a + b, 0);
  const said =
    status === "none"
      ? `readout ${readout} predicted nothing here (its prediction for this letter was made in the training stretch)`
      : `readout ${readout} predicted ${LETTERS[trace.predicted[readout]![k]]} (${status === "right" ? "correct" : "wrong"})`;
  const from = readout === "X" ? "from x' of the step before" : "from r, the state just before the letter";
  return `${where}: letter ${letter} · ${said}${status === "none" ? "" : `, ${from}`} · ${active} of ${trace.ne} E neurons active.`;
}

/** Rows of the raster that belong to letter k's input pool (the E neurons its channels drive). */
export function poolRows(trace: Pick<CountingTrace, "pools">, k: number): number[] {
  return Array.from(trace.pools.subarray(k * LETTER_POOL, (k + 1) * LETTER_POOL));
}
