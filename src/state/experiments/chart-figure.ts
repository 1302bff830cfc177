/**
 * A result chart as plain data (plotly trace objects and the axes' titles), made by the
 * Experiments view's DOM-free chart-data modules and drawn by `src/charts/run-chart.ts`, so the
 * maths of every chart is tested without a browser. Every point has a hover text.
 */

/** The part of a plotly trace the charts use (plain data). */
export interface PlainTrace {
  type: "scatter" | "bar";
  mode?: "markers" | "lines" | "lines+markers";
  name: string;
  x: (number | null)[];
  y: (number | null)[];
  text?: string[];
  hovertemplate: string;
  marker?: { color: string; size?: number; opacity?: number; symbol?: string; line?: { color: string; width: number } };
  line?: { color: string; width: number; dash?: string };
  error_y?: { type: "data"; array: number[]; visible: true; color: string; thickness: number; width: number };
  /** Bar widths (x units). */
  width?: number;
  opacity?: number;
  showlegend: boolean;
  legendgroup?: string;
}

/** One chart: its traces, axes and the name its PNG/SVG downloads get. */
export interface ChartFigure {
  traces: PlainTrace[];
  xTitle: string;
  yTitle: string;
  /** Extra x / y axis settings (range, tick values, type). */
  xaxis?: Record<string, unknown>;
  yaxis?: Record<string, unknown>;
  /** A legend under the plot. */
  legend?: boolean;
  filename: string;
}

/** A number for a hover text: 3 decimals, or "n/a". */
export const f3 = (v: number): string => (Number.isFinite(v) ? v.toFixed(3) : "n/a");

/** A step count with thousands separators (50,000). */
export const steps = (t: number): string => t.toLocaleString("en-US");
