/**
 * The learner's episode-score chart as plain plotly traces and shapes (spec experiments.md
 * §2.5): every training score, the trailing 100-episode moving average, the "solved" line (195
 * on v0, 475 on v1), the plasticity episodes shaded, and the held-out evaluations as points with
 * mean ± sd error bars. Hover shows each value.
 */
import type { Evaluation } from "../../experiments/cartpole/evaluate";
import { movingAverage } from "../../experiments/cartpole/stats";

export interface ScoreChart {
  traces: Record<string, unknown>[];
  shapes: Record<string, unknown>[];
  xRange: [number, number];
}

/** The "solved" threshold of the environment with this time limit. */
export const solvedLine = (limit: number): number => (limit === 200 ? 195 : 475);

export function scoreChart(scores: readonly number[], evaluations: readonly Evaluation[], options: { limit: number; plasticEpisodes: number; mode: string; reservoir: boolean }): ScoreChart {
  const x = scores.map((_, i) => i + 1);
  const ma = Array.from(movingAverage(scores, 100));
  const solved = solvedLine(options.limit);
  const n = Math.max(scores.length, 1);
  const traces: Record<string, unknown>[] = [
    { type: "scatter", mode: "markers", name: "episode score", x, y: scores, marker: { size: 4, color: "rgba(0,114,178,0.45)" }, hovertemplate: "episode %{x}<br>score %{y}<extra></extra>" },
    { type: "scatter", mode: "lines", name: "100-episode moving average", x, y: ma, line: { color: "#0072b2", width: 2 }, hovertemplate: "episode %{x}<br>moving average %{y:.1f}<extra></extra>" },
    { type: "scatter", mode: "lines", name: `solved (${solved})`, x: [0, n], y: [solved, solved], line: { color: "#009e73", dash: "dash", width: 1.5 }, hovertemplate: `solved line ${solved}<extra></extra>` },
  ];
  const evals = evaluations.filter((e) => e.scores.length);
  if (evals.length)
    traces.push({
      type: "scatter",
      mode: "markers",
      name: "held-out evaluation (mean ± sd)",
      x: evals.map((e) => e.after),
      y: evals.map((e) => e.mean),
      error_y: { type: "data", array: evals.map((e) => e.sd), visible: true, color: "#d55e00" },
      marker: { size: 8, symbol: "diamond", color: "#d55e00" },
      customdata: evals.map((e) => [e.sd, e.scores.length, 100 * e.atLimit]),
      hovertemplate: "held-out after episode %{x}<br>mean %{y:.1f} ± %{customdata[0]:.1f} (%{customdata[1]} episodes, %{customdata[2]:.0f} % at the limit)<extra></extra>",
    });
  const P = Math.min(options.plasticEpisodes, scores.length);
  const shapes: Record<string, unknown>[] = [];
  if (P > 0) {
    const what = !options.reservoir ? "random actions" : options.mode === "docs" ? "plasticity (learning too, B8)" : "plasticity (random actions)";
    shapes.push({ type: "rect", xref: "x", yref: "paper", x0: 0.5, x1: P + 0.5, y0: 0, y1: 1, fillcolor: "rgba(230,159,0,0.18)", line: { width: 0 }, layer: "below", label: { text: what, textposition: "top left", font: { size: 10 } } });
  }
  return { traces, shapes, xRange: [0, n + 1] };
}
