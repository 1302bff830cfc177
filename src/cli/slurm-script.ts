/**
 * A sweep as a Slurm job array: M = ⌈points / K⌉ tasks of K points each (task t runs points
 * t·K … min(points, (t+1)·K) − 1). `writeSlurmFolder` writes DIR/spec.json, DIR/slurm.json
 * (hash, points, K, M) and DIR/job.sh:
 *   #SBATCH --array=0-(M−1), one log per task (DIR/logs/task-%a.out), --cpus-per-task C and,
 *   when given, --partition and --time; the task runs
 *   `sorn sweep task DIR/spec.json --index $SLURM_ARRAY_TASK_ID --out DIR` with this node and
 *   this checkout (absolute paths), which writes its points into DIR/points/.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckedSweep } from "../experiments/sweep/spec";
import { CliError } from "./args";
import { prepareFolder } from "./sweep-folder";

/** The repository root (where `node --import tsx src/cli/main.ts` runs). */
export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** Settings of the array job. */
export interface SlurmSettings {
  partition?: string;
  time?: string;
  cpusPerTask: number;
  pointsPerTask: number;
}

/** What DIR/slurm.json holds. */
export interface SlurmLayout {
  format: "sorn-lab-sweep-slurm";
  hash: string;
  points: number;
  pointsPerTask: number;
  tasks: number;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The task count of `points` at K per task. */
export const taskCount = (points: number, k: number): number => Math.ceil(points / k);

/** The point indices of task `t`. */
export function taskPoints(layout: { points: number; pointsPerTask: number }, t: number): number[] {
  const from = t * layout.pointsPerTask;
  return Array.from({ length: Math.max(0, Math.min(layout.points, from + layout.pointsPerTask) - from) }, (_, i) => from + i);
}

/** The text of DIR/job.sh. */
export function jobScript(dir: string, sweep: CheckedSweep, s: SlurmSettings): string {
  const tasks = taskCount(sweep.points, s.pointsPerTask);
  const lines = [
    "#!/bin/bash",
    `#SBATCH --job-name=sorn-sweep-${sweep.hash.slice(0, 8)}`,
    `#SBATCH --array=0-${tasks - 1}`,
    `#SBATCH --output=${join(dir, "logs", "task-%a.out")}`,
    `#SBATCH --cpus-per-task=${s.cpusPerTask}`,
    ...(s.partition ? [`#SBATCH --partition=${s.partition}`] : []),
    ...(s.time ? [`#SBATCH --time=${s.time}`] : []),
    `# ${sweep.points} points of sweep ${sweep.hash}, ${s.pointsPerTask} per task; merge with: sorn sweep merge ${dir} --json OUT.json`,
    "set -euo pipefail",
    `cd ${quote(REPO_ROOT)}`,
    `exec ${quote(process.execPath)} --import tsx src/cli/main.ts sweep task ${quote(join(dir, "spec.json"))} --index "$SLURM_ARRAY_TASK_ID" --out ${quote(dir)} --workers ${s.cpusPerTask}`,
  ];
  return lines.join("\n") + "\n";
}

/** Write the array job for `sweep` into `dir` (absolute); returns the layout. */
export function writeSlurmFolder(dir: string, sweep: CheckedSweep, s: SlurmSettings): SlurmLayout {
  prepareFolder(dir, sweep);
  mkdirSync(join(dir, "logs"), { recursive: true });
  const layout: SlurmLayout = { format: "sorn-lab-sweep-slurm", hash: sweep.hash, points: sweep.points, pointsPerTask: s.pointsPerTask, tasks: taskCount(sweep.points, s.pointsPerTask) };
  writeFileSync(join(dir, "slurm.json"), JSON.stringify(layout, null, 2) + "\n");
  writeFileSync(join(dir, "job.sh"), jobScript(dir, sweep, s));
  chmodSync(join(dir, "job.sh"), 0o755);
  return layout;
}

/** DIR/slurm.json, checked against `sweep`. */
export function readSlurmLayout(dir: string, sweep: CheckedSweep): SlurmLayout | null {
  const path = join(dir, "slurm.json");
  if (!existsSync(path)) return null;
  let layout: SlurmLayout;
  try {
    layout = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new CliError(`${path}: truncated or not JSON`);
  }
  if (layout.hash !== sweep.hash) throw new CliError(`${path}: from another sweep (hash ${layout.hash}, spec ${sweep.hash})`);
  return layout;
}

/** The command that reruns `tasks` of the array in `dir`. */
export const rerunCommand = (dir: string, tasks: readonly number[], wait = false): string => `sbatch${wait ? " --wait" : ""} --array=${tasks.join(",")} ${join(dir, "job.sh")}`;
