/**
 * `sorn sweep merge DIR`: read every point file of the sweep in DIR (spec.json, slurm.json,
 * points/) and report what is missing (by point and by Slurm task, with the `sbatch --array=…`
 * line that reruns those tasks), failed, foreign or truncated.
 */
import { join } from "node:path";
import type { PointResult } from "../experiments/sweep/result";
import type { CheckedSweep } from "../experiments/sweep/spec";
import { readSlurmLayout, rerunCommand } from "./slurm-script";
import { readPointFile, readSweepFile } from "./sweep-folder";

/** What a merge found. */
export interface MergeReport {
  sweep: CheckedSweep;
  /** Every point, when none is missing or unreadable (failed points included). */
  points: PointResult[] | null;
  missing: number[];
  failed: { index: number; error: string }[];
  problems: string[];
  /** Tasks to rerun (missing, failed or unreadable points), and the command. */
  tasks: number[];
  rerun: string | null;
}

/** Merge the folder `dir`. */
export function mergeFolder(dir: string): MergeReport {
  const sweep = readSweepFile(join(dir, "spec.json"), true);
  const layout = readSlurmLayout(dir, sweep);
  const k = layout?.pointsPerTask ?? 1;
  const all: PointResult[] = [];
  const missing: number[] = [], failed: { index: number; error: string }[] = [], problems: string[] = [];
  const bad = new Set<number>();
  for (let i = 0; i < sweep.points; i++) {
    const f = readPointFile(dir, sweep, i);
    if ("missing" in f) missing.push(i);
    else if ("problem" in f) problems.push(f.problem);
    else {
      all.push(f.point);
      if (f.point.error !== undefined) failed.push({ index: i, error: f.point.error });
      continue;
    }
    bad.add(Math.floor(i / k));
  }
  for (const f of failed) bad.add(Math.floor(f.index / k));
  const tasks = [...bad].sort((a, b) => a - b);
  const complete = missing.length === 0 && problems.length === 0;
  return { sweep, points: complete ? all : null, missing, failed, problems, tasks, rerun: tasks.length ? (layout ? rerunCommand(dir, tasks) : `sorn sweep run ${join(dir, "spec.json")} --out ${dir} --json OUT.json`) : null };
}

/** The report as lines for stderr (empty when all is well). */
export function reportLines(r: MergeReport): string[] {
  const lines: string[] = [];
  const list = (xs: number[]) => (xs.length > 20 ? `${xs.slice(0, 20).join(", ")}, … (${xs.length})` : xs.join(", "));
  if (r.missing.length) lines.push(`missing points: ${list(r.missing)}`);
  for (const f of r.failed.slice(0, 10)) lines.push(`failed point ${f.index}: ${f.error}`);
  if (r.failed.length > 10) lines.push(`… ${r.failed.length - 10} more failed points`);
  lines.push(...r.problems);
  if (r.tasks.length) lines.push(`tasks to rerun: ${list(r.tasks)}`, `rerun with: ${r.rerun}`);
  return lines;
}
