/**
 * Result charts with plotly.js: hover values, zoom, pan and PNG/SVG download from its mode bar.
 * plotly is loaded lazily, on the first chart, as its maintained partial bundle
 * (`plotly.js-basic-dist-min`: scatter, bar and pie traces only), so the first screen does not
 * wait for it; it is bundled with the app (no CDN) and works offline. Streaming panels (the
 * raster, the live histograms) stay on canvas.
 */
import type * as PlotlyTypes from "plotly.js";

/** The plotly API this app uses. */
export type Plotly = typeof PlotlyTypes;

let loading: Promise<Plotly> | null = null;

/** plotly, loaded once (a separate chunk of the build). */
export function loadPlotly(): Promise<Plotly> {
  loading ??= import("plotly.js-basic-dist-min").then((m) => ((m as { default?: Plotly }).default ?? (m as unknown as Plotly)));
  return loading;
}

/** The layout every result chart starts from: the lab's fonts, no title (the panel has one), tight margins. */
export function baseLayout(xTitle: string, yTitle: string): Partial<PlotlyTypes.Layout> {
  return {
    margin: { l: 56, r: 12, t: 8, b: 44 },
    xaxis: { title: { text: xTitle }, zeroline: false },
    yaxis: { title: { text: yTitle }, rangemode: "tozero" },
    showlegend: false,
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    font: { family: "DejaVu Sans, system-ui, sans-serif", size: 11 },
  };
}

/** The mode bar of a result chart: zoom, pan, reset and download as PNG or SVG (named `filename`). */
export function baseConfig(filename: string): Partial<PlotlyTypes.Config> {
  return {
    displaylogo: false,
    responsive: true,
    toImageButtonOptions: { filename, format: "png", scale: 2 },
    modeBarButtonsToRemove: ["lasso2d", "select2d"],
    modeBarButtonsToAdd: [
      {
        name: "Download as SVG",
        title: "Download plot as SVG",
        icon: { width: 1000, height: 1000, path: "M500 50 L500 650 M250 420 L500 670 L750 420 M150 850 L850 850", transform: "" },
        click: (gd: PlotlyTypes.PlotlyHTMLElement) => void loadPlotly().then((P) => P.downloadImage(gd, { format: "svg", filename, width: 900, height: 360 })),
      },
    ],
  };
}
