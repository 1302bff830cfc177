/**
 * Captions for the paper style: the figure's title and subtitle (its `<title>` and `<desc>`,
 * which the paper style does not draw) and a one-paragraph summary of the configuration in its
 * `<metadata>`, as the text of a side `.txt` file. Pure string work: no DOM, no Node.
 */
import { readSvgMetadata, unescapeXml } from "./svg";

/** Most characters of one value in the summary before it is shortened with "…". */
const MAX_VALUE = 60;

/** A scalar or short array as caption text; objects are flattened by the caller. */
function valueText(v: unknown): string {
  const s = Array.isArray(v) ? `[${v.map((x) => valueText(x)).join(", ")}]` : typeof v === "number" ? String(Number(v.toPrecision(6))) : String(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/**
 * The configuration as "key = value" items, nested keys joined with dots (params.ne = 200);
 * null and undefined are left out, as are arrays of more than 8 items (summarised by length).
 */
export function configSummary(config: unknown, prefix = ""): string[] {
  if (config === null || config === undefined) return [];
  if (typeof config !== "object" || Array.isArray(config)) {
    if (Array.isArray(config) && config.length > 8) return [`${prefix} = ${config.length} values`];
    return [`${prefix} = ${valueText(config)}`];
  }
  return Object.entries(config as Record<string, unknown>).flatMap(([k, v]) => configSummary(v, prefix ? `${prefix}.${k}` : k));
}

/** The text between `<tag>` and `</tag>` in the SVG's first such element, unescaped; "" when absent. */
function element(svg: string, tag: string): string {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(svg);
  return m ? unescapeXml(m[1]).trim() : "";
}

/**
 * The caption of a figure made here: "Title. Subtitle." (for a composition, its panels as
 * "A: …; B: …"), then "Seed S." and "Configuration: k = v; …". Throws when `svg` has no
 * `<title>` (it is then not one of our figures).
 */
export function captionText(svg: string): string {
  const title = element(svg, "title");
  if (!title) throw new Error("caption: the SVG has no <title> (not a figure made by SORN Lab)");
  const desc = element(svg, "desc");
  const meta = readSvgMetadata(svg);
  const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);
  const lines = [sentence(title)];
  if (desc) lines.push(sentence(desc));
  if (meta) {
    lines.push(`Seed ${String(meta.seed)}.`);
    const items = configSummary(meta.config);
    if (items.length > 0) lines.push(`Configuration: ${items.join("; ")}.`);
  }
  return lines.join("\n") + "\n";
}
