/**
 * The lab's composer as plain data: which panels a composed figure holds and in what order, its
 * columns, panel letters, title and print size, what is wrong with a composition, where its
 * panels are laid out, and the composed SVG itself (the CLI's `composeFigure` at a print size of
 * `src/figures/print-size.ts`, as `sorn figures --compose --size` makes it).
 * No DOM, no workers: `composer.ts` drives it and the dialog renders it.
 */
import { COMPOSE_MARGIN, composeFigure } from "../figures/compose";
import { applyPrintSize, layoutForPrint, panelLayout, parsePrintSize, PRINT_SIZES, type PrintSize } from "../figures/print-size";
import { unescapeXml, type FigureLayout, type FigureStyle } from "../figures/svg";
import { PANEL_IDS, type PanelId } from "../panels";

/** A print size choice: one of the presets, or a custom W×H typed in. */
export type SizeChoice = "single" | "onehalf" | "double" | "slide" | "custom";

/** What the user composes. */
export interface CompositionSettings {
  /** The picked panels, in the order they were picked. */
  panels: PanelId[];
  /** The order of the panels in the figure: as picked, or as the lab shows them. */
  order: "picked" | "panel";
  /** Panels per row, 1 to {@link MAX_COMPOSE_COLS}. */
  cols: number;
  /** A, B, C… at each panel's top left. */
  letters: boolean;
  /** The figure's title, drawn above the panels; empty for none. */
  title: string;
  size: SizeChoice;
  /** The custom size as typed ("160x90mm", "1600x900px"), used when `size` is "custom". */
  custom: string;
  /** The PNG's resolution (dots per inch) at a size in mm. */
  dpi: number;
  /** "screen" draws the figures' titles; "paper" draws none (not the title either) and offers the caption as a .txt. */
  style: FigureStyle;
}

/** The most panels per row the composer offers. */
export const MAX_COMPOSE_COLS = 4;

/** The PNG resolutions offered. */
export const COMPOSE_DPIS: readonly number[] = [150, 300, 600];

/** The print size choices, with their labels. */
export const SIZE_CHOICES: readonly { id: SizeChoice; label: string }[] = [
  { id: "single", label: "Single column (85 mm)" },
  { id: "onehalf", label: "1.5 columns (114 mm)" },
  { id: "double", label: "Double column (174 mm)" },
  { id: "slide", label: "Slide 16:9 (254 × 142.9 mm)" },
  { id: "custom", label: "Custom…" },
];

/** A new composition: nothing picked, two columns, letters on, no title, double column at 300 dpi. */
export function defaultComposition(): CompositionSettings {
  return { panels: [], order: "picked", cols: 2, letters: true, title: "", size: "double", custom: "160x90mm", dpi: 300, style: "screen" };
}

/** `s` with panel `id` picked (appended) or unpicked. */
export function pickPanel(s: CompositionSettings, id: PanelId, on: boolean): CompositionSettings {
  const rest = s.panels.filter((p) => p !== id);
  return { ...s, panels: on ? [...rest, id] : rest };
}

/** The picked panels in the figure's order. */
export function orderedPanels(s: CompositionSettings): PanelId[] {
  return s.order === "picked" ? [...s.panels] : PANEL_IDS.filter((id) => s.panels.includes(id));
}

/** The print size of `s` (throws an Error naming the choices for a bad custom size). */
export function compositionSize(s: CompositionSettings): PrintSize {
  if (s.size !== "custom") return { ...PRINT_SIZES[s.size] };
  return parsePrintSize(s.custom);
}

/** Why `s` cannot be composed, in one sentence, or null when it can. */
export function compositionProblem(s: CompositionSettings): string | null {
  if (s.panels.length === 0) return "Pick at least one panel to compose a figure.";
  if (!Number.isInteger(s.cols) || s.cols < 1 || s.cols > MAX_COMPOSE_COLS) return `Columns must be 1 to ${MAX_COMPOSE_COLS}.`;
  if (s.size === "custom") {
    try {
      parsePrintSize(s.custom);
    } catch (e) {
      return `Custom size: ${(e as Error).message}.`;
    }
  }
  return null;
}

/** The composed figure's title in its metadata and `<title>`: the user's, else the panels it holds. */
export function compositionTitle(s: CompositionSettings): string {
  return s.title.trim() || `Composed figure: ${orderedPanels(s).join(", ")}`;
}

/**
 * Where the panels of `s` are laid out, as `sorn figures --compose --size` lays them out: one
 * shared box for every panel (`panel`, for the figures' `meta.layout`) and the composed width
 * (`width`, user units), so the tick labels print at 7 pt at the print size (smaller only when
 * a row of panels reaches their minimum width). A row is no wider than the panels picked.
 */
export function compositionLayout(s: CompositionSettings): { panel: FigureLayout; width: number } {
  const cols = Math.max(1, Math.min(s.cols, s.panels.length));
  const p = panelLayout(layoutForPrint(compositionSize(s), s.style), cols, COMPOSE_MARGIN);
  return { panel: p.panel, width: p.width };
}

/**
 * The composed SVG of `figures` (the panels' SVGs in {@link orderedPanels} order), not yet at a
 * print size: rows of `cols` panels `width` user units wide (default: `cols` × the widest
 * panel; {@link compositionLayout} gives the print width), letters and title as `s` says, the
 * run's configuration (with the composed panels under `composed`) and seed in its metadata, as
 * the CLI writes it. In the paper style no title is drawn: it goes to the caption
 * (`captionText` of `src/figures/caption.ts`) with the panels' titles and the configuration.
 */
export function composeSvg(figures: string[], s: CompositionSettings, meta: { config: unknown; seed: number }, width?: number): string {
  const problem = compositionProblem(s);
  if (problem) throw new Error(problem);
  const panels = orderedPanels(s);
  if (figures.length !== panels.length) throw new Error(`compose: ${figures.length} figures for ${panels.length} panels`);
  const config = { ...(meta.config as object), composed: panels };
  return composeFigure(figures, { title: compositionTitle(s), config, seed: meta.seed, layout: { style: s.style } }, {
    cols: s.cols,
    letters: s.letters,
    title: s.style !== "paper" && s.title.trim() !== "",
    ...(width !== undefined ? { width } : {}),
  });
}

/** The composed SVG at the print size of `s` (its root's width and height in mm or px, the viewBox kept). */
export function composeSvgForPrint(figures: string[], s: CompositionSettings, meta: { config: unknown; seed: number }, width?: number): string {
  return applyPrintSize(composeSvg(figures, s, meta, width), compositionSize(s));
}

/** The size of `s` in words for the preview ("174 mm wide", "1600 × 900 px"). */
export function sizeInWords(size: PrintSize): string {
  const unit = size.unit === "mm" ? " mm" : " px";
  return size.height === undefined ? `${size.width}${unit} wide` : `${size.width} × ${size.height}${unit}`;
}

/** The composed figure's `<desc>` ("A: Spike raster; B: …"), for the preview's alternative text. */
export function composedDescription(svg: string): string {
  return unescapeXml(/<desc>([\s\S]*?)<\/desc>/.exec(svg)?.[1] ?? "");
}
