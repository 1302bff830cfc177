/**
 * The page's Slurm `job.sh` for a sweep (a pure function: the CLI's writer in
 * `src/cli/slurm-script.ts` reads the Node process and the checkout's path, which a page does not
 * have). It is self-contained: put it in an empty folder DIR on the cluster and run
 * `cd DIR && sbatch job.sh`. Each array task t (M = ⌈points / K⌉ tasks, `#SBATCH --array=0-(M−1)`,
 * log DIR/task-t.out) first writes DIR/spec.json and DIR/slurm.json (the same files
 * `sorn sweep slurm` writes, each through a temporary file and a rename, so tasks that start
 * together never see half a file), then runs
 *   `sorn sweep task DIR/spec.json --index t --out DIR`
 * in the checkout named by `$SORN_LAB` (default: the `repo` setting), which runs points
 * t·K … min(points, (t+1)·K) − 1 into DIR/points/. `sorn sweep merge DIR --json OUT.json` merges them.
 */
import { canonicalJson } from "../../experiments/sweep/canonical";
import type { CheckedSweep } from "../../experiments/sweep/spec";

/** The array job's settings (the CLI's `sweep slurm` flags). */
export interface JobScriptSettings {
  /** Points per array task, K ≥ 1. */
  pointsPerTask: number;
  /** CPUs per task (the task's worker count). */
  cpusPerTask: number;
  partition?: string;
  /** Slurm's [D-]HH:MM:SS. */
  time?: string;
  /** The SORN Lab checkout on the cluster (overridden by $SORN_LAB). */
  repo: string;
}

/** The page's job fields, as text. */
export interface JobForm {
  pointsPerTask: string;
  cpusPerTask: string;
  partition: string;
  time: string;
  repo: string;
}

/** The fields a first visit shows: one point and one CPU per task, the checkout at ~/sorn-lab. */
export const DEFAULT_JOB_FORM: JobForm = { pointsPerTask: "1", cpusPerTask: "1", partition: "", time: "", repo: "$HOME/sorn-lab" };

/** The fields as settings (blank partition or time: none; check them with {@link checkJobSettings}). */
export const jobSettings = (j: JobForm): JobScriptSettings => ({ pointsPerTask: Number(j.pointsPerTask), cpusPerTask: Number(j.cpusPerTask), partition: j.partition.trim() || undefined, time: j.time.trim() || undefined, repo: j.repo });

/** Why `s` cannot make a job script (naming the setting), or null. */
export function checkJobSettings(s: JobScriptSettings): string | null {
  if (!Number.isSafeInteger(s.pointsPerTask) || s.pointsPerTask < 1) return `points per task: must be a whole number ≥ 1, got ${s.pointsPerTask}`;
  if (!Number.isSafeInteger(s.cpusPerTask) || s.cpusPerTask < 1 || s.cpusPerTask > 256) return `CPUs per task: must be a whole number in [1, 256], got ${s.cpusPerTask}`;
  if (s.time !== undefined && !/^(\d+-)?\d{1,3}(:\d{2}){0,2}$/.test(s.time)) return `time: must be Slurm's [D-]HH:MM:SS (or MM, MM:SS, HH:MM:SS), got '${s.time}'`;
  if (s.partition !== undefined && !/^[\w.-]+$/.test(s.partition)) return `partition: letters, digits, '.', '_' or '-' only, got '${s.partition}'`;
  if (!s.repo.trim() || /['\n]/.test(s.repo)) return `checkout: a path without quotes or new lines, got '${s.repo}'`;
  return null;
}

const EOF_MARK = "SORN_LAB_EOF";

/** The text of job.sh for `sweep` (settings checked by {@link checkJobSettings} first). */
export function pageJobScript(sweep: CheckedSweep, s: JobScriptSettings): string {
  const tasks = Math.ceil(sweep.points / s.pointsPerTask);
  const layout = { format: "sorn-lab-sweep-slurm", hash: sweep.hash, points: sweep.points, pointsPerTask: s.pointsPerTask, tasks };
  const write = (file: string, text: string) => [
    `if [ ! -f "$DIR/${file}" ]; then`,
    `  cat > "$DIR/${file}.$SLURM_ARRAY_TASK_ID.tmp" <<'${EOF_MARK}'`,
    text,
    EOF_MARK,
    `  mv -f "$DIR/${file}.$SLURM_ARRAY_TASK_ID.tmp" "$DIR/${file}"`,
    "fi",
  ];
  return [
    "#!/bin/bash",
    `#SBATCH --job-name=sorn-sweep-${sweep.hash.slice(0, 8)}`,
    `#SBATCH --array=0-${tasks - 1}`,
    "#SBATCH --output=task-%a.out",
    `#SBATCH --cpus-per-task=${s.cpusPerTask}`,
    ...(s.partition ? [`#SBATCH --partition=${s.partition}`] : []),
    ...(s.time ? [`#SBATCH --time=${s.time}`] : []),
    `# Sweep ${sweep.hash}: ${sweep.points} points, ${s.pointsPerTask} per task, ${tasks} tasks (written by the SORN Lab page).`,
    "# Put this file in an empty folder DIR, then: cd DIR && sbatch job.sh",
    "# Merge when done: sorn sweep merge DIR --json OUT.json (then load OUT.json in the page's Sweeps tab).",
    "set -euo pipefail",
    'DIR="${SLURM_SUBMIT_DIR:-$(pwd)}"',
    `REPO="\${SORN_LAB:-${s.repo.trim()}}"`,
    'mkdir -p "$DIR/points"',
    ...write("spec.json", JSON.stringify(JSON.parse(canonicalJson(sweep.spec)), null, 2)),
    ...write("slurm.json", JSON.stringify(layout, null, 2)),
    'cd "$REPO"',
    `exec node --import tsx src/cli/main.ts sweep task "$DIR/spec.json" --index "$SLURM_ARRAY_TASK_ID" --out "$DIR" --workers ${s.cpusPerTask}`,
  ].join("\n") + "\n";
}
