/**
 * The SVG text layer shared by every figure: number rounding, XML escaping, element building,
 * the figure metadata and the standalone document shell. Pure string work: no DOM, no Node.
 */

/** The font family list every figure uses (fixed so output is deterministic). */
export const FONT_FAMILY = "DejaVu Sans, Arial, sans-serif";

/** Written into every figure's metadata as `generator`. */
export const GENERATOR = "SORN Lab";

/** What produced a figure's data: its title, the run's configuration and seed. */
export interface FigureMeta {
  /** The figure's title, drawn at the top and stored as the SVG `<title>`. */
  title: string;
  /** The configuration that produced the data; must be JSON-serialisable. */
  config: unknown;
  /** The seed that produced the data. */
  seed: number | string;
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
 * A complete standalone SVG document: white background, title, optional subtitle, the
 * `<metadata>` JSON, and the body. Width and height are in px.
 */
export function svgDocument(o: DocumentOptions): string {
  const json = metadataJson(o.meta);
  const parts = [
    el("title", {}, escapeXml(o.meta.title)),
    o.subtitle ? el("desc", {}, escapeXml(o.subtitle)) : "",
    el("metadata", {}, escapeXml(json)),
    el("rect", { width: o.width, height: o.height, fill: "#ffffff" }),
    text(o.width / 2, 24, o.meta.title, {
      "text-anchor": "middle",
      "font-size": TITLE_SIZE,
      "font-weight": "bold",
    }),
    o.subtitle
      ? text(o.width / 2, 42, o.subtitle, { "text-anchor": "middle", "font-size": SUBTITLE_SIZE, fill: "#444444" })
      : "",
    o.body,
  ];
  const root = el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width: o.width,
      height: o.height,
      viewBox: `0 0 ${num(o.width)} ${num(o.height)}`,
      "font-family": FONT_FAMILY,
      "font-size": 11,
    },
    "\n" + parts.filter((p) => p !== "").join("\n") + "\n",
  );
  return root + "\n";
}
