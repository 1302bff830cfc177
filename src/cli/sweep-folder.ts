/**
 * A sweep's output folder (Node): DIR/spec.json (the canonical spec), and one file per finished
 * point, DIR/points/p000042.json = { format, hash, point } — the CLI's point cache (a killed
 * `sweep run` resumes from it) and the shards a Slurm array writes (merged by `sweep merge`).
 * A point file is written to a temporary name and renamed, so a killed writer leaves no half
 * file; one that is cut short anyway, or that carries another sweep's hash, is reported by name.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SornInputError } from "../models/params/error";
import type { PointCache } from "../experiments/sweep/cache";
import { canonicalJson } from "../experiments/sweep/canonical";
import { sweepResults, type PointResult, type SweepResults } from "../experiments/sweep/result";
import { checkSweep, type CheckedSweep } from "../experiments/sweep/spec";
import { summarizeCells } from "../experiments/sweep/summary";
import { CliError } from "./args";

export const POINT_FORMAT = "sorn-lab-sweep-point";

/** The file of point `index` in `dir`. */
export const pointPath = (dir: string, index: number): string => join(dir, "points", `p${String(index).padStart(6, "0")}.json`);

/** A point file as read: the point, or what is wrong with the file. */
export type PointFile = { point: PointResult } | { missing: true } | { problem: string };

/** Read point `index` of `sweep` from `dir`. */
export function readPointFile(dir: string, sweep: CheckedSweep, index: number): PointFile {
  const path = pointPath(dir, index);
  if (!existsSync(path)) return { missing: true };
  let doc: { format?: unknown; hash?: unknown; point?: PointResult };
  try {
    doc = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return { problem: `${path}: truncated or not JSON (delete it and rerun its task)` };
  }
  if (doc?.format !== POINT_FORMAT || !doc.point) return { problem: `${path}: not a sweep point file (format ${JSON.stringify(doc?.format ?? null)})` };
  if (doc.hash !== sweep.hash) return { problem: `${path}: foreign shard, from another sweep (hash ${String(doc.hash)}, this sweep ${sweep.hash})` };
  if (doc.point.index !== index) return { problem: `${path}: holds point ${doc.point.index}, not ${index}` };
  return { point: doc.point };
}

/** Write point `p` of `sweep` into `dir` (atomically: temporary file, then rename). */
export function writePointFile(dir: string, sweep: CheckedSweep, p: PointResult): void {
  const path = pointPath(dir, p.index);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ format: POINT_FORMAT, hash: sweep.hash, point: p }) + "\n");
  renameSync(tmp, path);
}

/** Prepare `dir` for `sweep`: DIR/points, and DIR/spec.json (an existing one must be the same sweep). */
export function prepareFolder(dir: string, sweep: CheckedSweep): void {
  mkdirSync(join(dir, "points"), { recursive: true });
  const specPath = join(dir, "spec.json");
  if (existsSync(specPath)) {
    let hash = "?";
    try {
      hash = checkSweep(JSON.parse(readFileSync(specPath, "utf8")), { force: true }).hash;
    } catch {
      /* reported below */
    }
    if (hash !== sweep.hash) throw new CliError(`${dir} holds another sweep (spec.json hash ${hash}, this spec ${sweep.hash}): use another folder or delete it`);
  } else writeFileSync(specPath, JSON.stringify(sweep.spec, null, 2) + "\n");
}

/** The folder as a point cache; a foreign or truncated file stops the run with its name. */
export function folderCache(dir: string, sweep: CheckedSweep): PointCache {
  return {
    get(index) {
      const f = readPointFile(dir, sweep, index);
      if ("problem" in f) throw new CliError(f.problem);
      return "point" in f ? f.point : undefined;
    },
    put: (p) => writePointFile(dir, sweep, p),
  };
}

/** Read and check a sweep spec file (a SornInputError becomes "FILE: key: message"). */
export function readSweepFile(path: string, force = false): CheckedSweep {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new CliError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path}: not JSON (${(e as Error).message})`);
  }
  try {
    return checkSweep(value, { force });
  } catch (e) {
    if (e instanceof SornInputError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
}

/** The results document of `points` with its per-cell summary, as `sweep run` and `sweep merge` write it. */
export function resultsDocument(sweep: CheckedSweep, points: readonly PointResult[], timing: Record<string, number | string>): SweepResults & { cells: unknown } {
  return { ...sweepResults(sweep, points, timing), cells: summarizeCells(points, sweep.metrics) };
}

/** Write `doc` to `path` (canonical key order, so equal results give equal text). */
export function writeResults(path: string, doc: unknown): void {
  try {
    writeFileSync(path, canonicalJson(doc) + "\n");
  } catch (e) {
    throw new CliError(`--json: cannot write '${path}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
