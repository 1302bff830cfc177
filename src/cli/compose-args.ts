/**
 * `sorn figures … --compose a,b,c [--cols K] [--letters]`: the named panels composed into one
 * figure (`src/figures/compose.ts`), written as `composed.<format>`.
 */
import { composeFigure, readSvgMetadata } from "../figures";
import { FIGURE_NAMES, type FigureSet } from "../analysis-run";
import { CliError, takeBool, takeInt, takeList, type ParsedArgs } from "./args";

/** What --compose, --cols and --letters asked for. */
export interface ComposeArgs {
  panels: string[];
  cols: number;
  letters: boolean;
}

/** The most panels per row. */
const MAX_COLS = 12;

/** Take --compose, --cols and --letters; undefined when --compose is absent (then the others are errors). */
export function takeComposeArgs(args: ParsedArgs): ComposeArgs | undefined {
  const raw = args.options.get("compose");
  if (raw === true) throw new CliError("--compose: give the panels to compose, e.g. --compose raster,weight-distribution");
  const panels = takeList(args, "compose");
  const cols = takeInt(args, "cols", 1, MAX_COLS);
  const letters = takeBool(args, "letters");
  if (panels === undefined) {
    if (cols !== undefined) throw new CliError("--cols: only with --compose");
    if (letters !== undefined) throw new CliError("--letters: only with --compose");
    return undefined;
  }
  if (panels.length === 0) throw new CliError("--compose: no panels given (e.g. --compose raster,weight-distribution)");
  if (panels.includes("dashboard")) throw new CliError("--compose: 'dashboard' is itself a composition; name its panels instead");
  const unknown = panels.find((p) => !FIGURE_NAMES.includes(p));
  if (unknown) throw new CliError(`--compose: unknown panel '${unknown}' (panels: ${FIGURE_NAMES.filter((n) => n !== "dashboard").join(", ")})`);
  const twice = panels.find((p, i) => panels.indexOf(p) !== i);
  if (twice) throw new CliError(`--compose: '${twice}' is named twice`);
  return { panels, cols: cols ?? Math.min(2, panels.length), letters: letters ?? false };
}

/** The one composed figure from the made panels, in the order given, `width` user units wide (default the composer's); a panel that could not be drawn is an error. */
export function composedSet(made: FigureSet, c: ComposeArgs, width?: number): FigureSet {
  const missing = made.skipped.filter((s) => c.panels.includes(s.name));
  if (missing.length > 0) throw new CliError(`--compose: cannot draw ${missing.map((s) => `${s.name} (${s.reason})`).join("; ")}`);
  const byName = new Map(made.figures.map((f) => [f.name, f]));
  const figs = c.panels.map((p) => byName.get(p)!);
  const first = readSvgMetadata(figs[0].svg);
  const title = figs.map((f) => f.title).join(" · ");
  const svg = composeFigure(
    figs.map((f) => f.svg),
    { title: `Composed figure: ${c.panels.join(", ")}`, config: { ...(first?.config as object), composed: c.panels }, seed: first?.seed ?? 0 },
    { cols: c.cols, letters: c.letters, title: false, ...(width !== undefined ? { width } : {}) },
  );
  return { figures: [{ name: "composed", title, svg }], skipped: [] };
}
