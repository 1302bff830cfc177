/**
 * The Sweeps tab's chart with plotly (loaded lazily, as every result chart): the heat map of a
 * two-axis sweep (one square marker per cell, coloured by the median over repeats; the basic
 * plotly bundle has no heatmap trace, so the squares are a scatter sized to fill the grid) or
 * the median line with its q1–q3 band for one axis, hover values on every cell. Redrawn
 * imperatively when the shown points or the metric change, never through a React render.
 */
import type * as PlotlyTypes from "plotly.js";
import type { StoreApi } from "zustand/vanilla";
import { baseConfig, baseLayout } from "../charts/plotly";
import { StoreChart } from "../charts/store-chart";
import { sweepFigure, type SweepFigure } from "../state/sweeps/sweep-chart-data";
import type { SweepState } from "../state/sweeps/sweep-model";

const HEIGHT = 360;
const MARGIN = { l: 72, r: 12, t: 8, b: 48 };

/** The side of a heat-map square in pixels: the grid's cell, less a small gap. */
export function squareSize(width: number, grid: { nx: number; ny: number }): number {
  const w = (width - MARGIN.l - MARGIN.r - 90) / Math.max(1, grid.nx); // 90: the colour bar
  const h = (HEIGHT - MARGIN.t - MARGIN.b) / Math.max(1, grid.ny);
  return Math.max(4, Math.floor(Math.min(w, h) * 0.92));
}

/** The chart of `store`'s shown sweep in `host`. */
export class SweepChart {
  private shown: unknown[] = [];
  private readonly chart: StoreChart<SweepState>;

  constructor(private readonly host: HTMLElement, store: StoreApi<SweepState>) {
    this.chart = new StoreChart(host, store, (s, force) => this.update(s, force));
    this.update(store.getState(), true); // data-filled at once; the drawing once plotly has loaded
  }

  destroy(): void {
    this.chart.destroy();
  }

  private update(s: SweepState, force = false): void {
    const key = [s.shown, s.metric];
    if (!force && key.every((k, i) => k === this.shown[i])) return;
    this.shown = key;
    const P = this.chart.plotly;
    const f = !this.chart.destroyed && s.shown ? sweepFigure(s.shown.sweep, s.shown.points, s.metric) : null;
    this.host.dataset.filled = String(f?.filled ?? 0); // cells with a finished repeat, before plotly has loaded too
    if (!P || !f) return;
    void P.react(this.host, this.traces(f), this.layout(f), baseConfig(f.filename));
  }

  private traces(f: SweepFigure): PlotlyTypes.Data[] {
    if (f.kind !== "heatmap") return f.traces as unknown as PlotlyTypes.Data[];
    const size = squareSize(this.host.clientWidth || 640, f.grid);
    return f.traces.map((t) => ({ ...t, marker: { ...t.marker, size, line: { width: 0 } } })) as unknown as PlotlyTypes.Data[];
  }

  private layout(f: SweepFigure): Partial<PlotlyTypes.Layout> {
    const layout = baseLayout(f.xTitle, f.yTitle);
    layout.xaxis = { ...layout.xaxis, ...f.xaxis };
    layout.yaxis = { ...layout.yaxis, ...f.yaxis };
    layout.height = HEIGHT;
    layout.margin = MARGIN;
    layout.hovermode = "closest";
    if (f.kind === "line") {
      layout.showlegend = true;
      layout.legend = { orientation: "h", y: -0.22, font: { size: 11 } };
      layout.margin = { ...MARGIN, b: 80 };
    }
    return layout;
  }
}
