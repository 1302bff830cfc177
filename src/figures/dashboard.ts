/**
 * Composes several figure SVGs into one dashboard SVG laid out on a grid (the lab's "export the
 * whole dashboard"). Each figure is nested as an inner `<svg>` at its own size; figures keep their
 * own `<metadata>`, and the dashboard carries one of its own.
 */
import { el, num, svgDocument, unescapeXml, type FigureMeta } from "./svg";

/** Options of {@link dashboardFigure}. */
export interface DashboardOptions {
  /** Figures per row (default 2). */
  columns?: number;
  /** Space between figures in px (default 16). */
  gap?: number;
}

/** The width and height (px) of a standalone SVG made here, from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg);
  if (!root) throw new Error("dashboardFigure: a figure is not an SVG document (no <svg> element)");
  const w = /\swidth="([0-9.]+)"/.exec(root[0]);
  const h = /\sheight="([0-9.]+)"/.exec(root[0]);
  if (!w || !h) throw new Error("dashboardFigure: a figure's <svg> has no numeric width and height");
  return { width: Number(w[1]), height: Number(h[1]) };
}

/** One grid of `figures` (standalone SVG strings) under the dashboard's title. */
export function dashboardFigure(figures: string[], meta: FigureMeta, options: DashboardOptions = {}): string {
  if (!Array.isArray(figures) || figures.length === 0) throw new Error("dashboardFigure: no figures to compose");
  const columns = options.columns ?? 2;
  const gap = options.gap ?? 16;
  if (!Number.isInteger(columns) || columns < 1) throw new Error(`dashboardFigure: columns must be an integer ≥ 1`);
  if (!Number.isFinite(gap) || gap < 0) throw new Error(`dashboardFigure: gap must be ≥ 0`);
  const sizes = figures.map(svgSize);
  const cellW = Math.max(...sizes.map((s) => s.width));
  const cellH = Math.max(...sizes.map((s) => s.height));
  const rows = Math.ceil(figures.length / columns);
  const top = 56;
  const width = gap + columns * (cellW + gap);
  const height = top + rows * (cellH + gap);
  const body = figures
    .map((svg, i) => {
      const x = gap + (i % columns) * (cellW + gap) + (cellW - sizes[i].width) / 2;
      const y = top + Math.floor(i / columns) * (cellH + gap);
      const inner = svg.trim().replace(/^<svg\b/, `<svg x="${num(x)}" y="${num(y)}"`);
      const frame = el("rect", {
        x,
        y,
        width: sizes[i].width,
        height: sizes[i].height,
        fill: "none",
        stroke: "#cccccc",
      });
      return inner + frame;
    })
    .join("\n");
  const titles = figures.map((svg) => /<title>([\s\S]*?)<\/title>/.exec(svg)?.[1] ?? "").filter((t) => t);
  const subtitle = `${figures.length} figures` + (titles.length ? `: ${titles.map(unescapeXml).join(", ")}` : "");
  return svgDocument({ width, height, meta, subtitle: clip(subtitle, Math.floor(width / 7.5)), body });
}

const clip = (s: string, n: number): string => (s.length <= n ? s : s.slice(0, n - 1) + "…");
