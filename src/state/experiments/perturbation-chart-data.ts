/**
 * The order-vs-chaos chart as plain plotly data (spec experiments.md §4.3): the mean Hamming
 * distance d(t) between the perturbed and the unperturbed copy, t = 0…H after the flip (d(0) = 1),
 * one line per condition (its colour) and input (counting: solid; spontaneous: dotted), each the
 * mean over its seeds of their mean over the P flips.
 */
import { CONDITIONS, type CountingCondition } from "../../experiments/counting/preset";
import type { PerturbationRow } from "../../experiments/perturbation/job";
import { summarizePerturbation, type PerturbationCell } from "../../experiments/perturbation/summary";
import { seriesColor } from "../../figures/palette";
import { f3, type ChartFigure } from "./chart-figure";
import { CONDITION_LABELS } from "./counting-chart-data";

/** What each input is called. */
export const INPUT_LABELS: Readonly<Record<string, string>> = { counting: "counting input (n = 8)", spontaneous: "spontaneous (no input)" };

/** A cell's name: condition and input. */
export const cellName = (c: PerturbationCell): string => `${CONDITION_LABELS[c.condition as CountingCondition] ?? c.condition}, ${INPUT_LABELS[c.input] ?? c.input}`;

/** The mean d(t) curves, one per condition × input. */
export function distanceFigure(rows: readonly PerturbationRow[]): ChartFigure {
  const traces = summarizePerturbation(rows).map((c) => {
    const name = cellName(c);
    const ks = c.d.map((_, k) => k);
    return {
      type: "scatter" as const,
      mode: "lines" as const,
      name,
      x: ks,
      y: c.d,
      text: ks.map((k) => `${name}<br>t = ${k}: mean d = ${f3(c.d[k])} (${c.seeds} seed${c.seeds === 1 ? "" : "s"})`),
      hovertemplate: "%{text}<extra></extra>",
      line: { color: seriesColor(CONDITIONS.indexOf(c.condition as CountingCondition)), width: 1.75, dash: c.input === "spontaneous" ? "dot" : undefined },
      showlegend: true,
    };
  });
  return { traces, xTitle: "t (steps after the flip)", yTitle: "mean Hamming distance d(t) (E neurons)", legend: true, filename: "sorn-perturbation-hamming" };
}
