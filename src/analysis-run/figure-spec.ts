/** The shape of one figure definition (shared by the activity and structure figure lists). */
import type { FigureMeta } from "../figures";
import type { AnalysisContext } from "./context";

/** Makes a figure's metadata from its title and any figure-specific settings (merged into `config`). */
export type MetaMaker = (title: string, extra?: Record<string, unknown>) => FigureMeta;

/** One figure: `build` returns its title and SVG, or throws an Error saying why it cannot be drawn. */
export interface FigureSpec {
  /** File-name stem, e.g. "raster" → raster.svg. */
  name: string;
  build(ctx: AnalysisContext, meta: MetaMaker): { title: string; svg: string };
}
