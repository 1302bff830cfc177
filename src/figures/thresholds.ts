/** Firing thresholds over time: the mean with a min–max band, and/or a few neurons' traces. */
import { lineChart, type Band, type Series } from "./line";
import { COLORS, SERIES_DASHES, seriesColor } from "./palette";
import type { FigureMeta } from "./svg";
import { checkScalar, type Numbers } from "./validate";

/** Input of {@link thresholdsFigure}; give `mean` (with optional `min`/`max`), `traces`, or both. */
export interface ThresholdsInput {
  /** Mean threshold over the pool at each step. */
  mean?: Numbers;
  /** Minimum threshold per step (drawn as a band with `max`). */
  min?: Numbers;
  /** Maximum threshold per step. */
  max?: Numbers;
  /** Individual neurons' thresholds over time. */
  traces?: { neuron: number; values: Numbers }[];
  /** Which pool: "E" (Te, default) or "I" (Ti). */
  pool?: "E" | "I";
  /** Time step of the first sample (default 0). */
  t0?: number;
}

/** Thresholds over time: mean line, min–max band and per-neuron dashed traces. */
export function thresholdsFigure(input: ThresholdsInput, meta: FigureMeta): string {
  const figure = "thresholdsFigure";
  const pool = input.pool ?? "E";
  const name = pool === "E" ? "Te" : "Ti";
  if ((input.min === undefined) !== (input.max === undefined)) {
    throw new Error(`${figure}: give both min and max for the band, or neither`);
  }
  const series: Series[] = [];
  if (input.mean !== undefined) series.push({ label: `mean ${name}`, values: input.mean, color: COLORS.excitatory });
  (input.traces ?? []).forEach((t, i) => {
    checkScalar(figure, `traces[${i}].neuron`, t.neuron);
    series.push({ label: `neuron ${t.neuron}`, values: t.values, color: seriesColor(i + 1), dash: SERIES_DASHES[i % SERIES_DASHES.length] });
  });
  if (series.length === 0) throw new Error(`${figure}: give mean or traces`);
  const band: Band | undefined =
    input.min !== undefined && input.max !== undefined
      ? { label: `min–max ${name}`, lo: input.min, hi: input.max, color: COLORS.grey }
      : undefined;
  return lineChart({
    figure,
    meta,
    subtitle: `${pool === "E" ? "excitatory" : "inhibitory"} pool`,
    xLabel: "time step",
    yLabel: "threshold (a.u.)",
    series,
    band,
    t0: input.t0,
    yZero: false,
  });
}
