/**
 * The composer: several figure SVGs (of any model family) as one figure, in rows of `cols`
 * panels, with panel letters. Each row spans the full width and its panels share one height:
 * panel i of a row with aspect ratios a_i = h_i / w_i is drawn w'_i = H / a_i wide, where the row
 * height H = (W − (k − 1)·m) / Σ 1/a_i, so the k panels and the k − 1 gaps of `margin` m fill
 * the width W exactly, and rows are stacked m apart; a short last row is no taller than the row
 * above it, so its panels keep the scale of the others (it is then left-aligned). Figures are nested as inner `<svg>`s
 * scaled as a whole (their viewBox kept), so they keep their own `<metadata>`; the composed
 * figure carries one of its own. Pure string work: no DOM, no Node.
 */
import { el, escapeXml, figureStyle, FONT_FAMILY, metadataJson, num, text, TITLE_SIZE, unescapeXml, type FigureMeta } from "./svg";

/** Options of {@link composeFigure}. */
export interface ComposeOptions {
  /** Panels per row (default 2). */
  cols?: number;
  /** Width of the composed figure in user units (default: `cols` × the widest panel). */
  width?: number;
  /** Space between panels and rows in user units (default {@link COMPOSE_MARGIN}). */
  margin?: number;
  /** Draw A, B, C… in bold at each panel's top left (default false). */
  letters?: boolean;
  /** Draw the composed figure's title above the panels (default true; false in the paper style). */
  title?: boolean;
}

/** Default space between composed panels (user units). */
export const COMPOSE_MARGIN = 8;
/** Font size of the panel letters (user units). */
export const LETTER_SIZE = 20;
/** Height of the title band when the title is drawn. */
const TITLE_BAND = 34;

/** Where one panel went: its cell in the composed figure (user units). */
export interface ComposedCell {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The width and height (user units) of a figure SVG, from its viewBox or else its width/height. */
export function figureBox(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error("compose: a panel is not an SVG document (no <svg> element)");
  const box = /\sviewBox="[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(root);
  const width = Number(box?.[1] ?? /\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(box?.[2] ?? /\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error("compose: a panel's <svg> has no numeric size (viewBox or width and height)");
  return { width, height };
}

/** The cells of `boxes` laid out as described in the module comment; also the total height. */
export function composeLayout(boxes: { width: number; height: number }[], cols: number, width: number, margin: number, top: number): { cells: ComposedCell[]; height: number } {
  const cells: ComposedCell[] = [];
  let y = top;
  let previous = Infinity;
  for (let start = 0; start < boxes.length; start += cols) {
    const row = boxes.slice(start, start + cols);
    const inverse = row.reduce((s, b) => s + b.width / b.height, 0);
    // A short last row is no taller than the row above (its panels are not blown up).
    const h = Math.min(previous, (width - (row.length - 1) * margin) / inverse);
    previous = h;
    let x = 0;
    for (const b of row) {
      const w = (h * b.width) / b.height;
      cells.push({ x, y, width: w, height: h });
      x += w + margin;
    }
    y += h + margin;
  }
  return { cells, height: y - margin };
}

/** The letter of panel `i`: A…Z, then AA, AB… */
export function panelLetter(i: number): string {
  const a = String.fromCharCode(65 + (i % 26));
  return i < 26 ? a : panelLetter(Math.floor(i / 26) - 1) + a;
}

/** One figure of `figures` (standalone SVG strings) laid out by {@link composeLayout}. */
export function composeFigure(figures: string[], meta: FigureMeta, options: ComposeOptions = {}): string {
  if (!Array.isArray(figures) || figures.length === 0) throw new Error("compose: no panels to compose");
  const cols = options.cols ?? 2;
  const margin = options.margin ?? COMPOSE_MARGIN;
  if (!Number.isInteger(cols) || cols < 1) throw new Error(`compose: cols must be an integer ≥ 1, got ${cols}`);
  if (!Number.isFinite(margin) || margin < 0) throw new Error(`compose: margin must be a number ≥ 0, got ${margin}`);
  const boxes = figures.map(figureBox);
  const width = options.width ?? Math.min(cols, figures.length) * Math.max(...boxes.map((b) => b.width));
  if (!(Number.isFinite(width) && width > 0)) throw new Error(`compose: width must be a positive number, got ${width}`);
  const withTitle = options.title ?? figureStyle(meta) !== "paper";
  const top = withTitle ? TITLE_BAND : 0;
  const { cells, height } = composeLayout(boxes, cols, width, margin, top);
  const panels = figures.map((svg, i) => {
    const c = cells[i];
    const inner = svg
      .trim()
      .replace(/<svg\b[^>]*>/, (root) =>
        root
          .replace(/^<svg\b/, `<svg x="${num(c.x)}" y="${num(c.y)}"`)
          .replace(/\swidth="[^"]*"/, ` width="${num(c.width)}"`)
          .replace(/\sheight="[^"]*"/, ` height="${num(c.height)}"`),
      );
    const letter = options.letters
      ? text(c.x + 4, c.y + LETTER_SIZE, panelLetter(i), { "font-size": LETTER_SIZE, "font-weight": "bold", class: "panel-letter" })
      : "";
    return inner + letter;
  });
  const titles = figures.map((svg) => /<title>([\s\S]*?)<\/title>/.exec(svg)?.[1] ?? "").map(unescapeXml);
  const desc = titles.map((t, i) => (options.letters ? `${panelLetter(i)}: ${t}` : t)).join("; ");
  const parts = [
    el("title", {}, escapeXml(meta.title)),
    el("desc", {}, escapeXml(desc)),
    el("metadata", {}, escapeXml(metadataJson(meta))),
    el("rect", { width, height, fill: "#ffffff" }),
    withTitle ? text(width / 2, 24, meta.title, { "text-anchor": "middle", "font-size": TITLE_SIZE, "font-weight": "bold" }) : "",
    ...panels,
  ];
  const root = el(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${num(width)} ${num(height)}`, "font-family": FONT_FAMILY, "font-size": 11 },
    "\n" + parts.filter((p) => p !== "").join("\n") + "\n",
  );
  return root + "\n";
}
