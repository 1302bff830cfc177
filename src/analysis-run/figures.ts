/**
 * Every figure a run's records allow, in one fixed order, each with the run's configuration
 * and seed in its metadata; the ones that cannot be drawn are listed with the reason.
 */
import { COMPOSE_MARGIN, dashboardFigure, type FigureLayout, type FigureMeta } from "../figures";
import { MIN_LAYOUT_WIDTH } from "../figures/svg";
import { panelLayout } from "../figures/print-size";
import type { AnalysisContext } from "./context";
import { ACTIVITY_FIGURES } from "./figures-activity";
import { STRUCTURE_FIGURES } from "./figures-structure";
import type { FigureSpec } from "./figure-spec";
import { RunAnalysisError } from "./select";

/** One rendered figure: `name` is the file-name stem (raster → raster.svg). */
export interface FigureDefinition {
  name: string;
  title: string;
  /** A standalone SVG document with the metadata (see `readSvgMetadata`). */
  svg: string;
}

/** A figure that could not be drawn, and why (a missing record, a silent train, …). */
export interface SkippedFigure {
  name: string;
  reason: string;
}

/** The figures made and the ones skipped, each list in {@link FIGURE_NAMES} order. */
export interface FigureSet {
  figures: FigureDefinition[];
  skipped: SkippedFigure[];
}

const BY_NAME = new Map<string, FigureSpec>([...ACTIVITY_FIGURES, ...STRUCTURE_FIGURES].map((s) => [s.name, s]));

/** The figures the dashboard shows, those that exist, in this order. */
export const DASHBOARD_PANELS = ["raster", "population-activity", "weight-distribution", "isi", "connection-counts", "hamming-distance"] as const;

/** Panels per row of the dashboard. */
const DASHBOARD_COLUMNS = 2;

/** Every figure's name, in the order they are made; "dashboard" composes some of the others. */
export const FIGURE_NAMES: readonly string[] = [
  "raster",
  "population-activity",
  "firing-rate",
  "neuron-rates",
  "weight-distribution",
  "connections-per-neuron",
  "correlation",
  "correlation-network",
  "isi",
  "hamming-distance",
  "connection-counts",
  "thresholds",
  "dashboard",
];

/** The configuration written into every figure's metadata: the run's and the selected steps. */
export function figureConfig(ctx: AnalysisContext, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { run, from, to, finalStep } = ctx.sel;
  return { engine: run.engine, params: run.params, phase: run.phase, freeze: run.freeze, noise: run.noise, input: run.input, finalStep, steps: { from, to }, ...extra };
}

/**
 * Render the figures (all, or `ctx.options.figures`); an unknown name is a RunAnalysisError.
 * The dashboard is made from the panels in {@link DASHBOARD_PANELS} that could be drawn.
 */
export function makeFigures(ctx: AnalysisContext): FigureSet {
  const wanted = ctx.options.figures ?? FIGURE_NAMES;
  for (const n of wanted) if (!FIGURE_NAMES.includes(n)) throw new RunAnalysisError("figures", `unknown figure '${n}' (figures: ${FIGURE_NAMES.join(", ")})`);
  const layout = ctx.options.layout;
  const metaAt =
    (l: FigureLayout | undefined) =>
    (title: string, extra?: Record<string, unknown>): FigureMeta => ({ title, config: figureConfig(ctx, extra), seed: ctx.sel.run.seed, ...(l ? { layout: l } : {}) });
  const meta = metaAt(layout);
  const made = new Map<string, FigureDefinition>();
  const reasons = new Map<string, string>();
  const needed = new Set(wanted.includes("dashboard") ? [...wanted, ...DASHBOARD_PANELS] : wanted);
  for (const name of FIGURE_NAMES) {
    const spec = BY_NAME.get(name);
    if (!spec || !needed.has(name)) continue;
    try {
      made.set(spec.name, { name: spec.name, ...spec.build(ctx, meta) });
    } catch (e) {
      if (e instanceof RunAnalysisError || !(e instanceof Error)) throw e;
      reasons.set(spec.name, e.message);
    }
  }
  if (wanted.includes("dashboard")) {
    // At a layout width the dashboard's panels are laid out at their cell's width (type at scale 1).
    // Two columns where each panel gets at least MIN_LAYOUT_WIDTH units, else one.
    const columns = layout?.width !== undefined && layout.width < 2 * MIN_LAYOUT_WIDTH + COMPOSE_MARGIN ? 1 : DASHBOARD_COLUMNS;
    const cell = layout?.width !== undefined ? panelLayout(layout, columns, COMPOSE_MARGIN).panel : undefined;
    const panelSvg = (n: string): string => (cell ? BY_NAME.get(n)!.build(ctx, metaAt(cell)).svg : made.get(n)!.svg);
    const panels = DASHBOARD_PANELS.filter((n) => made.has(n)).map(panelSvg);
    if (panels.length === 0) reasons.set("dashboard", `none of its panels (${DASHBOARD_PANELS.join(", ")}) could be drawn`);
    else {
      const { from, to, finalStep } = ctx.sel;
      const title = `SORN run, seed ${ctx.sel.run.seed}, ${to > from ? `steps ${from}–${to - 1}` : `final state (step ${finalStep})`}`;
      made.set("dashboard", { name: "dashboard", title, svg: dashboardFigure(panels, meta(title), { columns, ...(layout?.width ? { width: layout.width } : {}) }) });
    }
  }
  const order = FIGURE_NAMES.filter((n) => wanted.includes(n));
  return {
    figures: order.filter((n) => made.has(n)).map((n) => made.get(n)!),
    skipped: order.filter((n) => reasons.has(n)).map((n) => ({ name: n, reason: reasons.get(n)! })),
  };
}
