/**
 * The dashboard figure (the lab's "export the whole dashboard" and the CLI's dashboard.svg): the
 * composer's default layout of `./compose.ts`. Figures keep their own `<metadata>`, and the
 * dashboard carries one of its own.
 */
import { COMPOSE_MARGIN, composeFigure } from "./compose";
import type { FigureMeta } from "./svg";

/** Options of {@link dashboardFigure}. */
export interface DashboardOptions {
  /** Figures per row (default 2). */
  columns?: number;
  /** Space between figures in px (default the composer's margin). */
  gap?: number;
  /** Width of the dashboard in user units (default: `columns` × the widest figure). */
  width?: number;
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

/**
 * The dashboard: `figures` (standalone SVG strings) in the composer's default layout (rows of
 * `columns` panels sharing one height, `gap` apart, the dashboard's title above), no letters.
 */
export function dashboardFigure(figures: string[], meta: FigureMeta, options: DashboardOptions = {}): string {
  if (!Array.isArray(figures) || figures.length === 0) throw new Error("dashboardFigure: no figures to compose");
  for (const f of figures) svgSize(f);
  const columns = options.columns ?? 2;
  const gap = options.gap ?? COMPOSE_MARGIN;
  if (!Number.isInteger(columns) || columns < 1) throw new Error(`dashboardFigure: columns must be an integer ≥ 1`);
  if (!Number.isFinite(gap) || gap < 0) throw new Error(`dashboardFigure: gap must be ≥ 0`);
  return composeFigure(figures, meta, { cols: columns, margin: gap, ...(options.width !== undefined ? { width: options.width } : {}) });
}
