/**
 * Print sizes for exported figures: journal column presets (single 85 mm, 1.5 columns 114 mm,
 * double 174 mm), a 16:9 slide (254 × 142.9 mm) and a custom W×H in mm or px. A size sets the
 * SVG root's width and height (in mm or px) and leaves its viewBox as it is, so the figure prints
 * at that size, scaled as a whole; {@link layoutForPrint} first lays the figure out at the width
 * (in user units) that prints its tick labels at {@link TICK_PT} pt. Pure string work: no DOM, no Node.
 */
import { MIN_LAYOUT_WIDTH, num, type FigureLayout, type FigureStyle } from "./svg";

/** A print size: the width, and the height when fixed (else from the figure's aspect ratio). */
export interface PrintSize {
  unit: "mm" | "px";
  width: number;
  height?: number;
}

/** The named sizes. */
export const PRINT_SIZES: Readonly<Record<string, PrintSize>> = {
  single: { unit: "mm", width: 85 },
  onehalf: { unit: "mm", width: 114 },
  double: { unit: "mm", width: 174 },
  slide: { unit: "mm", width: 254, height: 142.9 },
};

/** The dpi range accepted for PNG. */
export const DPI_RANGE = [72, 1200] as const;

/** Tick labels print at this size (pt); the figures' fonts are 11 (ticks), 12 (axis titles), 16 (title) units. */
export const TICK_PT = 7;
/** Points per user unit at a print size in mm: ticks (11 units) at {@link TICK_PT} pt, lines (1 unit) at 0.64 pt. */
export const PT_PER_UNIT = TICK_PT / 11;
/** The fixed-height band, as a fraction of the width, of a composed panel at a print size. */
const PANEL_ASPECT = 0.62;

/** Millimetres per inch. */
const MM_PER_INCH = 25.4;
/** CSS px per inch (SVG user units without a print size). */
const PX_PER_INCH = 96;

/**
 * A size from its text: a preset name, or W×H with mm or px ("85x60mm", "1600x900px"; × or x).
 * Throws an Error naming the choices.
 */
export function parsePrintSize(text: string): PrintSize {
  const s = text.trim().toLowerCase();
  const preset = Object.hasOwn(PRINT_SIZES, s) ? PRINT_SIZES[s] : undefined;
  if (preset) return { ...preset };
  const m = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm|px)$/.exec(s);
  const w = m ? Number(m[1]) : NaN;
  const h = m ? Number(m[2]) : NaN;
  if (!m || !(w > 0 && h > 0)) {
    throw new Error(`unknown size '${text}' (sizes: ${Object.keys(PRINT_SIZES).join(", ")}, or WxH in mm or px, e.g. 85x60mm)`);
  }
  return { unit: m[3] as "mm" | "px", width: w, height: h };
}

/**
 * The root `<svg>` element's width and height in px, as the figures write them; for one already
 * given a print size in mm, its viewBox's.
 */
export function svgPixelSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  let width = Number(/\swidth="([\d.]+)(?:px)?"/.exec(root)?.[1]);
  let height = Number(/\sheight="([\d.]+)(?:px)?"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) {
    const box = /\sviewBox="[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(root);
    width = Number(box?.[1]);
    height = Number(box?.[2]);
  }
  if (!(width > 0 && height > 0)) throw new Error("print size: the SVG has no numeric width and height, nor a viewBox");
  return { width, height };
}

/** `size` with its height filled in from the SVG's aspect ratio when not given. */
export function resolvePrintSize(svg: string, size: PrintSize): Required<PrintSize> {
  const px = svgPixelSize(svg);
  return { unit: size.unit, width: size.width, height: size.height ?? (size.width * px.height) / px.width };
}

/** The SVG printed at `size`: the root's width and height in mm (or px); the viewBox unchanged. */
export function applyPrintSize(svg: string, size: PrintSize): string {
  const r = resolvePrintSize(svg, size);
  const unit = r.unit === "mm" ? "mm" : "";
  return svg.replace(/<svg\b[^>]*>/, (root) =>
    root
      .replace(/\swidth="[^"]*"/, ` width="${num(r.width)}${unit}"`)
      .replace(/\sheight="[^"]*"/, ` height="${num(r.height)}${unit}"`),
  );
}

/** Width in inches of a figure at `size` (none: its px at 96 per inch). */
function widthInches(svg: string, size: PrintSize | undefined): number {
  if (!size) return svgPixelSize(svg).width / PX_PER_INCH;
  return size.unit === "mm" ? size.width / MM_PER_INCH : size.width / PX_PER_INCH;
}

/**
 * The PNG's width in pixels: mm / 25.4 · dpi for a size in mm; the width itself for a size in px
 * (dpi then does not apply); with no size, the SVG's px at 96 per inch times dpi / 96.
 */
export function pngPixelWidth(svg: string, size: PrintSize | undefined, dpi: number): number {
  if (size?.unit === "px") return Math.round(size.width);
  return Math.round(widthInches(svg, size) * dpi);
}

/** The page size in PDF points (1/72 inch): mm · 72 / 25.4, or px · 0.75. */
export function pdfPageSize(svg: string, size: PrintSize | undefined): { width: number; height: number } {
  const r = size ? resolvePrintSize(svg, size) : { unit: "px" as const, ...svgPixelSize(svg) };
  const k = r.unit === "mm" ? 72 / MM_PER_INCH : 72 / PX_PER_INCH;
  return { width: r.width * k, height: r.height * k };
}

/**
 * The layout for printing at `size`: for a size in mm, the width W = w_mm · 72 / 25.4 / PT_PER_UNIT
 * user units (85 mm → 378), so 11-unit ticks print at 7 pt, 12-unit axis titles at 7.6 pt and
 * 1-unit lines at 0.64 pt (never under {@link MIN_LAYOUT_WIDTH}: a narrower print has smaller
 * type); for a size in px, its own px (1 unit = 1 px). A fixed height is converted alike.
 */
export function layoutForPrint(size: PrintSize, style: FigureStyle = "screen"): FigureLayout {
  const k = size.unit === "mm" ? 72 / MM_PER_INCH / PT_PER_UNIT : 1;
  const width = Math.max(MIN_LAYOUT_WIDTH, Math.round(size.width * k));
  const scale = width / (size.width * k);
  const height = size.height === undefined ? undefined : Math.round(size.height * k * scale);
  return { width, ...(height === undefined ? {} : { height }), style };
}

/**
 * The panels' layout in a composition of `cols` columns laid out at `whole` (a layout with a
 * width, e.g. from {@link layoutForPrint}): one shared box, (W − (cols − 1)·margin) / cols wide
 * (at least {@link MIN_LAYOUT_WIDTH}) and {@link PANEL_ASPECT} of that tall, so every panel is
 * drawn at scale 1 and its type prints as the whole figure's would. `scale` is < 1 when the
 * panels' minimum width makes the rows wider than W (the type then prints smaller).
 */
export function panelLayout(whole: FigureLayout, cols: number, margin: number): { panel: FigureLayout; width: number; scale: number } {
  const width = whole.width;
  if (width === undefined) throw new Error("panelLayout: the composition's layout has no width");
  const panelWidth = Math.max(MIN_LAYOUT_WIDTH, Math.floor(((width - (cols - 1) * margin) / cols) * 100) / 100);
  const scale = Math.min(1, width / (cols * panelWidth + (cols - 1) * margin));
  return { panel: { width: panelWidth, height: Math.round(panelWidth * PANEL_ASPECT), style: whole.style }, width, scale };
}
