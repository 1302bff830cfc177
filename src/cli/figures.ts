/**
 * `sorn figures run.json|run.npz --out DIR [--format svg,png,pdf] [--size S] [--dpi N]
 * [--compose a,b,c --cols K --letters]`: every figure the run's records allow, one file per
 * figure and format, at a print size when given, and a report of the ones skipped and why; or,
 * with --compose, the named panels as one figure (composed.svg …).
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { svgToPdf } from "../figures/pdf";
import { svgToPng } from "../figures/png";
import { applyPrintSize, DPI_RANGE, parsePrintSize, pngPixelWidth, type PrintSize } from "../figures/print-size";
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
  const run = readRunArg(path);
  const made = withAnalysis(run, path, options, (a) => a.figures());
  const set = compose ? composedSet(made, compose) : made;
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
  }
  const lines = [`wrote ${written.length} file${written.length === 1 ? "" : "s"} to ${out}: ${written.join(", ")}`];
  for (const s of set.skipped) lines.push(`skipped ${s.name}: ${s.reason}`);
  return lines.join("\n");
}
