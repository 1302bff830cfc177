/**
 * A sweep as a Slurm job array in a folder: `writeSlurmFolder` writes DIR/spec.json,
 * DIR/slurm.json (hash, points, K points per task, M tasks) and DIR/job.sh (the text of
 * `src/experiments/sweep/slurm-job.ts`, with this node binary and this checkout as absolute
 * paths); each task writes its points into DIR/points/.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { jobScriptText, taskCount, type SlurmSettings } from "../experiments/sweep/slurm-job";
import type { CheckedSweep } from "../experiments/sweep/spec";
import { CliError } from "./args";
import { prepareFolder } from "./sweep-folder";

export { taskCount, taskPoints, type SlurmSettings } from "../experiments/sweep/slurm-job";

/** The repository root (where `node --import tsx src/cli/main.ts` runs). */
export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** What DIR/slurm.json holds. */
export interface SlurmLayout {
  format: "sorn-lab-sweep-slurm";
  hash: string;
  points: number;
  pointsPerTask: number;
  tasks: number;
}

/** Write the array job for `sweep` into `dir` (absolute); returns the layout. */
export function writeSlurmFolder(dir: string, sweep: CheckedSweep, s: SlurmSettings): SlurmLayout {
  prepareFolder(dir, sweep);
  mkdirSync(join(dir, "logs"), { recursive: true });
  const layout: SlurmLayout = { format: "sorn-lab-sweep-slurm", hash: sweep.hash, points: sweep.points, pointsPerTask: s.pointsPerTask, tasks: taskCount(sweep.points, s.pointsPerTask) };
  writeFileSync(join(dir, "slurm.json"), JSON.stringify(layout, null, 2) + "\n");
  writeFileSync(join(dir, "job.sh"), jobScriptText(sweep, s, { dir, repo: REPO_ROOT, node: process.execPath }));
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
