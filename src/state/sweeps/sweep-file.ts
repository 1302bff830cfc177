/**
 * A sweep's files as the page writes and reads them: the results document (the layout
 * `sorn sweep run` and `sorn sweep merge` write: `sweepResults` plus the per-cell quartiles, in
 * canonical key order), the results as CSV (one row per point), and a merged results file
 * loaded back — checked so that a file that is not one, is cut short, or whose points belong to
 * another spec gets one clear message naming what is wrong.
 */
import { canonicalJson } from "../../experiments/sweep/canonical";
import { pointAt } from "../../experiments/sweep/points";
import { RESULTS_FORMAT, sweepResults, type PointResult, type SweepResults } from "../../experiments/sweep/result";
import { checkSweep, type CheckedSweep } from "../../experiments/sweep/spec";
import { summarizeCells } from "../../experiments/sweep/summary";

/** The results document of `points` (index order) with its per-cell summary. */
export function resultsDocument(sweep: CheckedSweep, points: readonly PointResult[], timing?: Record<string, number | string>): SweepResults & { cells: unknown } {
  return { ...sweepResults(sweep, points, timing), cells: summarizeCells(points, sweep.metrics) };
}

/** {@link resultsDocument} as the text of a file (canonical JSON, as the CLI writes it). */
export const resultsText = (sweep: CheckedSweep, points: readonly PointResult[], timing?: Record<string, number | string>): string =>
  canonicalJson(resultsDocument(sweep, points, timing)) + "\n";

/** The spec as a file `sorn sweep run` reads. */
export const specText = (sweep: CheckedSweep): string => JSON.stringify(sweep.spec, null, 2) + "\n";

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The points as CSV: index, cell, repeat, seed, each axis parameter, each metric, error, ms. */
export function resultsCsv(sweep: CheckedSweep, points: readonly PointResult[]): string {
  const params = sweep.axes.flatMap((a) => a.params);
  const head = ["index", "cell", "repeat", "seed", ...params, ...sweep.metrics, "error", "ms"];
  const rows = points.map((p) => [p.index, p.cell, p.repeat, p.seed, ...params.map((k) => p.params[k] ?? "default"), ...sweep.metrics.map((m) => p.metrics?.[m] ?? null), p.error ?? "", p.ms ?? ""]);
  return [head, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

/** A loaded results file: its sweep and points (index order; missing ones absent). */
export interface LoadedResults {
  readonly sweep: CheckedSweep;
  readonly points: PointResult[];
  /** Points of the spec the file does not hold. */
  readonly missing: number;
}

/** Read a results file's text (`name` for the messages); throws an Error saying what is wrong. */
export function parseResultsFile(text: string, name: string): LoadedResults {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error(`${name}: not JSON or cut short (a results file from 'sorn sweep run' or 'sorn sweep merge' is one JSON document)`);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new Error(`${name}: not a sweep results file (a JSON object with format '${RESULTS_FORMAT}')`);
  if (doc.format !== RESULTS_FORMAT) {
    const hint = doc.format === "sorn-lab-sweep" || "target" in doc ? " — it looks like a sweep spec: load it with 'Load spec'" : "";
    throw new Error(`${name}: not a sweep results file (format ${JSON.stringify(doc.format ?? null)}, expected '${RESULTS_FORMAT}')${hint}`);
  }
  let sweep: CheckedSweep;
  try {
    sweep = checkSweep(doc.spec, { force: true });
  } catch (e) {
    throw new Error(`${name}: its spec is refused: ${(e as Error).message}`);
  }
  if (doc.hash !== sweep.hash) throw new Error(`${name}: its hash ${String(doc.hash)} is not its spec's (${sweep.hash}): the file was edited or mixes two sweeps`);
  if (!Array.isArray(doc.points)) throw new Error(`${name}: has no list of points`);
  const seen = new Set<number>();
  const points: PointResult[] = [];
  for (const [k, raw] of (doc.points as unknown[]).entries()) {
    const p = raw as PointResult;
    if (!p || typeof p !== "object" || !Number.isSafeInteger(p.index) || p.index < 0 || p.index >= sweep.points) {
      throw new Error(`${name}: points[${k}] is not a point of this sweep (index ${JSON.stringify((p as { index?: unknown })?.index ?? null)}, the sweep has ${sweep.points})`);
    }
    const want = pointAt(sweep, p.index);
    if (p.seed !== want.seed || canonicalJson(p.params) !== canonicalJson(want.params)) throw new Error(`${name}: point ${p.index} is foreign: its parameters or seed are not those of the spec's point ${p.index}`);
    if (seen.has(p.index)) throw new Error(`${name}: holds point ${p.index} twice`);
    if (p.error === undefined && (!p.metrics || sweep.metrics.some((m) => !(m in p.metrics!)))) throw new Error(`${name}: point ${p.index} lacks its metrics (${sweep.metrics.join(", ")})`);
    seen.add(p.index);
    points.push({ ...want, ...(p.metrics ? { metrics: p.metrics } : {}), ...(p.error !== undefined ? { error: String(p.error) } : {}), ...(typeof p.ms === "number" ? { ms: p.ms } : {}) });
  }
  points.sort((a, b) => a.index - b.index);
  return { sweep, points, missing: sweep.points - points.length };
}
