/**
 * The SVG text layer shared by every figure: number rounding, XML escaping, element building,
 * the figure metadata and the standalone document shell. Pure string work: no DOM, no Node.
 */

/** The font family list every figure uses (fixed so output is deterministic). */
export const FONT_FAMILY = "DejaVu Sans, Arial, sans-serif";

/** Written into every figure's metadata as `generator`. */
export const GENERATOR = "SORN Lab";

/**
 * How a figure is drawn. "screen" (the default) draws the title and subtitle in a band at the
 * top; "paper" draws neither (the caption goes to a side file, see `./caption.ts`) and crops
 * that band, so the plot starts {@link PAPER_TOP} units below the top edge.
 */
export type FigureStyle = "screen" | "paper";

/** The styles, for option parsing. */
export const FIGURE_STYLES: readonly FigureStyle[] = ["screen", "paper"];

/**
 * Where a figure is laid out: its width and height in user units (default the figure's own,
 * e.g. 800×640; with only a width, the height keeps the figure's aspect ratio) and its style.
 * Fonts and lines are given in user units (ticks 11, labels 12, title 16, lines 1), so laying a
 * figure out narrower makes its text larger relative to the figure, not smaller: see
 * `layoutForPrint` in `./print-size.ts`, which picks the width that prints ticks at 7 pt.
 */
export interface FigureLayout {
  width?: number;
  height?: number;
  style?: FigureStyle;
}

/** Narrowest layout width (user units): below it the plot areas of the widest figures vanish. */
export const MIN_LAYOUT_WIDTH = 300;
/** Height of the title band every figure leaves at its top (user units). */
export const HEADER_HEIGHT = 58;
/** Space left above the plot in the paper style, once the title band is cropped (user units). */
export const PAPER_TOP = 14;

/** What produced a figure's data: its title, the run's configuration and seed. */
export interface FigureMeta {
  /** The figure's title, drawn at the top and stored as the SVG `<title>`. */
  title: string;
  /** The configuration that produced the data; must be JSON-serialisable. */
  config: unknown;
  /** The seed that produced the data. */
  seed: number | string;
  /** Where and how to lay the figure out (default: its own size, screen style); not stored in the metadata. */
  layout?: FigureLayout;
}

/** The JSON object embedded in an SVG's `<metadata>` and a PNG's "sorn-lab" chunk. */
export interface FigureMetadata {
  generator: string;
  config: unknown;
  seed: number | string;
}

/** A number rounded to 2 decimals, as text ("-0" is written "0"), for stable snapshots. */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`figure: cannot write non-finite coordinate ${x}`);
  const r = Math.round(x * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Undoes {@link escapeXml} (and numeric character references). */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#") {
      return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

/** Attribute values: numbers are rounded with {@link num}; undefined/false attributes are dropped. */
export type Attrs = Record<string, string | number | undefined | false>;

/** One SVG element as text; `children` is raw (already escaped) markup. */
export function el(tag: string, attrs: Attrs, children?: string): string {
  let s = `<${tag}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    s += ` ${k}="${typeof v === "number" ? num(v) : escapeXml(v)}"`;
  }
  return children === undefined ? `${s}/>` : `${s}>${children}</${tag}>`;
}

/** A `<text>` element with escaped content. */
export function text(x: number, y: number, content: string, attrs: Attrs = {}): string {
  return el("text", { x, y, ...attrs }, escapeXml(content));
}

/** The metadata JSON for `meta`; throws a clear Error when the config cannot be serialised. */
export function metadataJson(meta: FigureMeta): string {
  checkMeta(meta);
  const data: FigureMetadata = { generator: GENERATOR, config: meta.config, seed: meta.seed };
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch (e) {
    throw new Error(`figure: meta.config is not JSON-serialisable (${(e as Error).message})`);
  }
  return json;
}

/** Validates a {@link FigureMeta}: a non-empty title and a finite numeric or string seed. */
export function checkMeta(meta: FigureMeta): void {
  if (meta === null || typeof meta !== "object") throw new Error("figure: meta is missing");
  if (typeof meta.title !== "string" || meta.title.trim() === "") {
    throw new Error("figure: meta.title must be a non-empty string");
  }
  const s = meta.seed;
  if (!(typeof s === "string" || (typeof s === "number" && Number.isFinite(s)))) {
    throw new Error(`figure: meta.seed must be a finite number or a string, got ${String(s)}`);
  }
}

/** The layout's style (default "screen"); an unknown style is an Error naming the styles. */
export function figureStyle(meta: FigureMeta): FigureStyle {
  const style = meta.layout?.style ?? "screen";
  if (!FIGURE_STYLES.includes(style)) throw new Error(`figure: unknown style '${String(style)}' (styles: ${FIGURE_STYLES.join(", ")})`);
  return style;
}

/**
 * The size (user units) to lay a figure out at: its own `width`×`height`, or `meta.layout`'s
 * width w with its height (else w·height/width, the figure's aspect ratio, but at least
 * 0.75·height when w < width). A layout height is
 * the height as printed, so the paper style adds the band it crops ({@link HEADER_HEIGHT} −
 * {@link PAPER_TOP}) to it. Widths under {@link MIN_LAYOUT_WIDTH} are an Error.
 */
export function figureSize(meta: FigureMeta, width: number, height: number): { width: number; height: number } {
  const l = meta.layout;
  if (l?.width === undefined) return { width, height };
  const w = l.width;
  if (!(Number.isFinite(w) && w >= MIN_LAYOUT_WIDTH)) throw new Error(`figure: layout width must be a number ≥ ${MIN_LAYOUT_WIDTH} user units, got ${w}`);
  // Narrower than designed, a figure keeps at least 3/4 of its height (its plot would flatten).
  if (l.height === undefined) return { width: w, height: Math.round(Math.max((w * height) / width, w < width ? 0.75 * height : 0)) };
  if (!(Number.isFinite(l.height) && l.height > 0)) throw new Error(`figure: layout height must be a positive number, got ${l.height}`);
  const crop = figureStyle(meta) === "paper" ? HEADER_HEIGHT - PAPER_TOP : 0;
  return { width: w, height: l.height + crop };
}

/** Extracts and parses the `<metadata>` JSON of an SVG made here; null when absent. */
export function readSvgMetadata(svg: string): FigureMetadata | null {
  const m = /<metadata>([\s\S]*?)<\/metadata>/.exec(svg);
  if (!m) return null;
  return JSON.parse(unescapeXml(m[1])) as FigureMetadata;
}

/** Options of {@link svgDocument}. */
export interface DocumentOptions {
  width: number;
  height: number;
  meta: FigureMeta;
  /** A line under the title (e.g. "showing 40 of 200 neurons"). */
  subtitle?: string;
  /** The figure's body markup. */
  body: string;
}

/** Title font size (px). */
export const TITLE_SIZE = 16;
/** Subtitle font size (px). */
export const SUBTITLE_SIZE = 12;

/**
 * The font size, at most `size`, at which `s` fits in `width` − 16 units, with glyphs about
 * `em` of the size wide (DejaVu Sans: 0.62 regular, 0.66 bold), never under 7 units.
 */
function fitSize(s: string, size: number, width: number, em: number): number {
  const wide = [...s].length * em * size;
  return wide <= width - 16 ? size : Math.max(7, Math.floor(((width - 16) / ([...s].length * em)) * 10) / 10);
}

/**
 * A complete standalone SVG document: white background, title, optional subtitle, the
 * `<metadata>` JSON, and the body. Width and height are in px. In the paper style the title and
 * subtitle are not drawn (they stay in `<title>` and `<desc>` for the caption) and the viewBox
 * starts at y = {@link HEADER_HEIGHT} − {@link PAPER_TOP}, cropping the empty band.
 */
export function svgDocument(o: DocumentOptions): string {
  const json = metadataJson(o.meta);
  const paper = figureStyle(o.meta) === "paper";
  const y0 = paper ? HEADER_HEIGHT - PAPER_TOP : 0;
  const parts = [
    el("title", {}, escapeXml(o.meta.title)),
    o.subtitle ? el("desc", {}, escapeXml(o.subtitle)) : "",
    el("metadata", {}, escapeXml(json)),
    el("rect", { width: o.width, height: o.height, fill: "#ffffff" }),
    paper
      ? ""
      : text(o.width / 2, 24, o.meta.title, {
          "text-anchor": "middle",
          "font-size": fitSize(o.meta.title, TITLE_SIZE, o.width, 0.66),
          "font-weight": "bold",
        }),
    o.subtitle && !paper
      ? text(o.width / 2, 42, o.subtitle, { "text-anchor": "middle", "font-size": fitSize(o.subtitle, SUBTITLE_SIZE, o.width, 0.62), fill: "#444444" })
      : "",
    o.body,
  ];
  const root = el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: o.width,
      height: o.height - y0,
      viewBox: `0 ${y0} ${num(o.width)} ${num(o.height - y0)}`,
      "font-family": FONT_FAMILY,
      "font-size": 11,
    },
    "\n" + parts.filter((p) => p !== "").join("\n") + "\n",
  );
  return root + "\n";
}
