/**
 * The text of a sweep's Slurm array script, pure (the CLI writes it as DIR/job.sh; the page can
 * offer the same text as a download). M = ⌈points / K⌉ tasks of K points (task t runs points
 * t·K … min(points, (t+1)·K) − 1); `#SBATCH --array=0-(M−1)`, one log per task in DIR/logs,
 * --cpus-per-task C and, when given, --partition and --time; each task runs
 * `sorn sweep task DIR/spec.json --index $SLURM_ARRAY_TASK_ID --out DIR --workers C` from the
 * checkout `repo` with the node binary `node`.
 */
import type { CheckedSweep } from "./spec";

/** Settings of the array job. */
export interface SlurmSettings {
  partition?: string;
  time?: string;
  cpusPerTask: number;
  pointsPerTask: number;
}

/** Where the job runs: the sweep folder, the checkout, the node binary (absolute paths on the cluster). */
export interface SlurmPlaces {
  dir: string;
  repo: string;
  node: string;
}

/** The task count of `points` at K per task. */
export const taskCount = (points: number, k: number): number => Math.ceil(points / k);

/** The point indices of task `t`. */
export function taskPoints(layout: { points: number; pointsPerTask: number }, t: number): number[] {
  const from = t * layout.pointsPerTask;
  return Array.from({ length: Math.max(0, Math.min(layout.points, from + layout.pointsPerTask) - from) }, (_, i) => from + i);
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const slash = (dir: string, name: string) => `${dir.replace(/\/+$/, "")}/${name}`;

/** The job script's text. */
export function jobScriptText(sweep: CheckedSweep, s: SlurmSettings, at: SlurmPlaces): string {
  const tasks = taskCount(sweep.points, s.pointsPerTask);
  return [
    "#!/bin/bash",
    `#SBATCH --job-name=sorn-sweep-${sweep.hash.slice(0, 8)}`,
    `#SBATCH --array=0-${tasks - 1}`,
    `#SBATCH --output=${slash(at.dir, "logs/task-%a.out")}`,
    `#SBATCH --cpus-per-task=${s.cpusPerTask}`,
    ...(s.partition ? [`#SBATCH --partition=${s.partition}`] : []),
    ...(s.time ? [`#SBATCH --time=${s.time}`] : []),
    `# ${sweep.points} points of sweep ${sweep.hash}, ${s.pointsPerTask} per task; merge with: sorn sweep merge ${at.dir} --json OUT.json`,
    "set -euo pipefail",
    `cd ${quote(at.repo)}`,
    `exec ${quote(at.node)} --import tsx src/cli/main.ts sweep task ${quote(slash(at.dir, "spec.json"))} --index "$SLURM_ARRAY_TASK_ID" --out ${quote(at.dir)} --workers ${s.cpusPerTask}`,
    "",
  ].join("\n");
}
