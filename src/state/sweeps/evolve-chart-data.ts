/**
 * The genetic search's chart and board as plain data (drawn by `src/plots/evolve-chart.ts`): per
 * generation g a box of the population's fitness — the q1–q3 box (a bar from q1 to q3), the
 * median, whiskers to the min and max — and the best fitness so far as a line; every box has a
 * hover text. The best genotype of the 8-queens search as a board (rows y, columns x).
 */
import type { GenerationSummary } from "../../experiments/evolve/evolve";
import type { Genotype } from "../../experiments/evolve/genes";
import { QUEEN_LETTERS } from "../../experiments/sweep/targets/nqueens";
import { fmt } from "./sweep-chart-data";

/** A plotly trace as plain data (bar or scatter). */
export type EvolveTrace = Record<string, unknown> & { type: "bar" | "scatter"; name: string; x: number[] };

/** The box-per-generation chart. */
export interface EvolveFigure {
  traces: EvolveTrace[];
  xTitle: string;
  yTitle: string;
}

/** The figure of `history` (generations in order). */
export function evolveFigure(history: readonly GenerationSummary[]): EvolveFigure {
  const x = history.map((h) => h.generation);
  const v = (f: (h: GenerationSummary) => number | null) => history.map((h) => f(h) ?? 0);
  let best = -Infinity;
  const bestSoFar = history.map((h) => (best = Math.max(best, h.best.fitness ?? -Infinity)));
  const text = history.map((h) => `generation ${h.generation}: median ${fmt(h.median)} (q1 ${fmt(h.q1)} – q3 ${fmt(h.q3)}), min ${fmt(h.min)}, max ${fmt(h.max)}; ${h.evaluated} evaluated`);
  return {
    traces: [
      { type: "bar", name: "q1–q3", x, base: v((h) => h.q1), y: v((h) => Math.max((h.q3 ?? 0) - (h.q1 ?? 0), 0.05)), marker: { color: "rgba(31,119,180,0.35)" }, hoverinfo: "skip", showlegend: true },
      {
        type: "scatter", mode: "markers", name: "median, whiskers min–max", x, y: v((h) => h.median), text, hovertemplate: "%{text}<extra></extra>",
        marker: { symbol: "line-ew-open", size: 8, color: "#1f77b4" },
        error_y: { type: "data", symmetric: false, array: v((h) => (h.max ?? 0) - (h.median ?? 0)), arrayminus: v((h) => (h.median ?? 0) - (h.min ?? 0)), color: "rgba(31,119,180,0.6)", thickness: 1, width: 0 },
        showlegend: true,
      },
      { type: "scatter", mode: "lines", name: "best so far", x, y: bestSoFar, line: { color: "#d62728", width: 2 }, hovertemplate: "generation %{x}: best so far %{y}<extra></extra>", showlegend: true },
    ],
    xTitle: "generation",
    yTitle: "fitness (28 − clashes)",
  };
}

/** The 8 × 8 board of an 8-queens genotype: `board[y][x]` is the queen's letter or "". */
export function queenBoard(genes: Genotype): string[][] {
  const board = Array.from({ length: 8 }, () => new Array<string>(8).fill(""));
  for (const l of QUEEN_LETTERS) {
    const x = genes[`${l}x`], y = genes[`${l}y`];
    if (typeof x === "number" && typeof y === "number" && board[y]?.[x] !== undefined) board[y][x] += board[y][x] ? `,${l}` : l;
  }
  return board;
}

/** The genotype in one line: "a (x, y), b (x, y), …". */
export const genotypeText = (genes: Genotype): string => QUEEN_LETTERS.map((l) => `${l} (${String(genes[`${l}x`])}, ${String(genes[`${l}y`])})`).join(", ");
