/**
 * `sorn figures run.json|run.npz --out DIR [--format svg,png,pdf] [--size S] [--dpi N]
 * [--style screen|paper] [--compose a,b,c --cols K --letters]`: every figure the run's records
 * allow, one file per figure and format, and a report of the ones skipped and why; or, with
 * --compose, the named panels as one figure (composed.svg …). A print size lays each figure out
 * at the width that prints its tick labels at 7 pt (`layoutForPrint`); the paper style draws no
 * titles and writes each figure's caption and configuration summary to `<name>.txt`.
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { svgToPdf } from "../figures/pdf";
import { svgToPng } from "../figures/png";
import { captionText, COMPOSE_MARGIN, FIGURE_STYLES, type FigureLayout, type FigureStyle } from "../figures";
import { applyPrintSize, DPI_RANGE, layoutForPrint, panelLayout, parsePrintSize, pngPixelWidth, TICK_PT, type PrintSize } from "../figures/print-size";
import { readRunArg, takeAnalysisArgs, withAnalysis } from "./analysis-args";
import { composedSet, takeComposeArgs } from "./compose-args";
import { CliError, rejectLeftovers, takeInt, takeList, takeString, type ParsedArgs } from "./args";

const FORMATS = ["svg", "png", "pdf"] as const;
type Format = (typeof FORMATS)[number];

function write(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new CliError(`--out: cannot write '${path}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** `sorn figures`: write the figures; returns the report (written files, skipped figures). */
export async function figures(args: ParsedArgs): Promise<string> {
  const { path, options } = takeAnalysisArgs(args, "figures");
  const out = takeString(args, "out");
  const formats = takeList(args, "format") ?? ["svg"];
  options.figures = takeList(args, "only");
  const sizeText = takeString(args, "size");
  const dpi = takeInt(args, "dpi", DPI_RANGE[0], DPI_RANGE[1]);
  const styleText = takeString(args, "style");
  const compose = takeComposeArgs(args);
  if (compose && options.figures) throw new CliError("--only: not with --compose (--compose names the panels)");
  if (compose) options.figures = compose.panels;
  rejectLeftovers(args, "figures");
  if (!out) throw new CliError("--out: required (a folder for the figures)");
  if (formats.length === 0) throw new CliError("--format: give svg, png, pdf or a list such as svg,png");
  let size: PrintSize | undefined;
  if (sizeText !== undefined) {
    try {
      size = parsePrintSize(sizeText);
    } catch (e) {
      throw new CliError(`--size: ${(e as Error).message}`);
    }
  }
  for (const f of formats) if (!(FORMATS as readonly string[]).includes(f)) throw new CliError(`--format: unknown format '${f}' (formats: ${FORMATS.join(", ")})`);
  const style = parseStyle(styleText);
  const placed = figureLayout(size, style, compose?.cols);
  if (placed.layout) options.layout = placed.layout;
  const run = readRunArg(path);
  const made = withAnalysis(run, path, options, (a) => a.figures());
  const set = compose ? composedSet(made, compose, placed.width) : made;
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new CliError(`--out: cannot create the folder '${out}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!statSync(out).isDirectory()) throw new CliError(`--out: '${out}' is not a folder`);
  const written: string[] = [];
  for (const fig of set.figures) {
    for (const format of new Set(formats) as Set<Format>) {
      const file = join(out, `${fig.name}.${format}`);
      const svg = size ? applyPrintSize(fig.svg, size) : fig.svg;
      const png = (): Promise<Uint8Array> =>
        size || dpi !== undefined ? svgToPng(svg, { width: pngPixelWidth(fig.svg, size, dpi ?? 300) }) : svgToPng(fig.svg);
      write(file, format === "svg" ? svg : format === "png" ? await png() : await svgToPdf(fig.svg, { size }));
      written.push(`${fig.name}.${format}`);
    }
    if (style === "paper") {
      write(join(out, `${fig.name}.txt`), captionText(fig.svg));
      written.push(`${fig.name}.txt`);
    }
  }
  const lines = [`wrote ${written.length} file${written.length === 1 ? "" : "s"} to ${out}: ${written.join(", ")}`];
  if (placed.tickPt !== undefined && placed.tickPt < TICK_PT - 0.05) {
    const hint = compose ? " or fewer --cols" : "";
    lines.push(`note: at --size ${sizeText}${compose ? ` with --cols ${compose.cols}` : ""} the tick labels print at ${placed.tickPt.toFixed(1)} pt (under ${TICK_PT} pt): use a wider --size${hint}`);
  }
  for (const s of set.skipped) lines.push(`skipped ${s.name}: ${s.reason}`);
  return lines.join("\n");
}

/** The style named by --style (default screen). */
function parseStyle(text: string | undefined): FigureStyle {
  if (text === undefined) return "screen";
  const style = text.trim().toLowerCase() as FigureStyle;
  if (!FIGURE_STYLES.includes(style)) throw new CliError(`--style: unknown style '${text}' (styles: ${FIGURE_STYLES.join(", ")})`);
  return style;
}

/**
 * Where the figures are laid out: at a print size, the width that prints ticks at 7 pt (for a
 * composition, its panels' shared box and the composed width); else each figure's own size in
 * `style`. `tickPt` is the size the tick labels print at, for a size in mm: under 7 pt when a
 * minimum layout width (`MIN_LAYOUT_WIDTH`) shrinks the type.
 */
function figureLayout(size: PrintSize | undefined, style: FigureStyle, cols: number | undefined): { layout?: FigureLayout; width?: number; tickPt?: number } {
  if (!size) return { layout: style === "screen" ? undefined : { style } };
  const whole = layoutForPrint(size, style);
  const wide = whole.width as number;
  const tickAt = (scale: number): number | undefined => (size.unit === "mm" ? ((11 * size.width * 72) / 25.4 / wide) * scale : undefined);
  if (cols === undefined) return { layout: whole, tickPt: tickAt(1) };
  const p = panelLayout(whole, cols, COMPOSE_MARGIN);
  return { layout: p.panel, width: p.width, tickPt: tickAt(p.scale) };
}
