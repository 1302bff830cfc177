/**
 * `sorn sweep run|slurm|task|merge`: sweeps on this machine's cores or as a Slurm job array
 * (see SWEEP_HELP). The results of `run` and of `merge` after a Slurm array are the same
 * document, bit for bit apart from the timing fields (each point's `ms`, the `timing` object).
 */
import { resolve } from "node:path";
import { runJobs } from "../pool/node";
import { PoolCancelledError } from "../pool/errors";
import { runSweep } from "../experiments/sweep/runner";
import type { CheckedSweep } from "../experiments/sweep/spec";
import type { PointResult } from "../experiments/sweep/result";
import { CliError, rejectLeftovers, takeBool, takeInt, takeString, type ParsedArgs } from "./args";
import { readSlurmLayout, taskCount, taskPoints, writeSlurmFolder } from "./slurm-script";
import { folderCache, prepareFolder, readSweepFile, resultsDocument, writeResults } from "./sweep-folder";
import { mergeFolder, reportLines } from "./sweep-merge";
import { MAX_WORKERS, takeWorkers } from "./workers-arg";
import { MAX_POINTS } from "../experiments/sweep/spec";

export const SWEEP_HELP = `sweep: parameter sweeps (spec: a JSON file, see examples/sweeps/ and the README)
  sorn sweep run SPEC.json --json OUT.json [--workers W] [--out DIR] [--force] [--quiet]
      every point on this machine's worker pool; finished points are kept in DIR (default
      OUT.points/), so the same command after a kill resumes without recomputing them
  sorn sweep slurm SPEC.json --dir DIR [--partition P] [--time HH:MM:SS] [--cpus-per-task C]
                   [--points-per-task K] [--force]
      writes DIR/job.sh (#SBATCH --array=0-(M-1), M = ceil(points / K)) and prints the sbatch line
  sorn sweep task SPEC.json --out DIR [--index I] [--workers W]
      runs task I's points (I defaults to $SLURM_ARRAY_TASK_ID) into DIR/points/
  sorn sweep merge DIR --json OUT.json
      the results of every task; lists missing or failed tasks with the command that reruns them
  A spec of more than ${MAX_POINTS.toLocaleString("en")} points needs --force.`;

/** Where the command writes. */
export interface SweepIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const describePoint = (sweep: CheckedSweep, p: PointResult) =>
  p.error !== undefined ? `FAILED: ${p.error}` : sweep.metrics.map((m) => `${m} ${p.metrics?.[m] ?? "null"}`).join(", ");

async function run(args: ParsedArgs, io: SweepIo): Promise<number> {
  const specPath = args.positional[2];
  if (!specPath) throw new CliError("sweep run: needs SPEC.json");
  const out = takeString(args, "json");
  if (!out) throw new CliError("--json: required (where the results go)");
  const workers = takeWorkers(args);
  const dir = resolve(takeString(args, "out") ?? out.replace(/\.json$/, "") + ".points");
  const force = takeBool(args, "force") ?? false;
  const quiet = takeBool(args, "quiet") ?? false;
  rejectLeftovers(args, "sweep run");
  const sweep = readSweepFile(specPath, force);
  prepareFolder(dir, sweep);
  const t0 = Date.now();
  let done = 0;
  const stop = new AbortController();
  const onInterrupt = () => stop.abort();
  process.once("SIGINT", onInterrupt);
  try {
    const r = await runSweep(sweep, {
      run: runJobs, workers, cache: folderCache(dir, sweep), signal: stop.signal,
      onPoint: (p, cached) => {
        done++;
        if (!quiet && !cached) io.stderr(`sweep: ${done}/${sweep.points} (point ${p.index}: ${describePoint(sweep, p)}; ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
      },
    });
    const doc = resultsDocument(sweep, r.points, { seconds: (Date.now() - t0) / 1000, workers, cached: r.cached, where: "local" });
    writeResults(out, doc);
    io.stderr(`sweep: ${sweep.points} points (${r.cached} from ${dir}, ${r.computed} run on ${workers} workers, ${doc.failed} failed) in ${((Date.now() - t0) / 1000).toFixed(1)} s; wrote ${out}\n`);
    return doc.failed ? 1 : 0;
  } catch (e) {
    if (e instanceof PoolCancelledError) throw new CliError(`sweep run: cancelled; the finished points are in ${dir}: the same command resumes`);
    throw e;
  } finally {
    process.off("SIGINT", onInterrupt);
  }
}

function slurm(args: ParsedArgs, io: SweepIo): number {
  const specPath = args.positional[2];
  if (!specPath) throw new CliError("sweep slurm: needs SPEC.json");
  const dirArg = takeString(args, "dir");
  if (!dirArg) throw new CliError("--dir: required (the folder of the array job)");
  const partition = takeString(args, "partition");
  const time = takeString(args, "time");
  if (time !== undefined && !/^(\d+-)?\d{1,3}(:\d{2}){0,2}$/.test(time)) throw new CliError(`--time: must be Slurm's [D-]HH:MM:SS (or MM, MM:SS, HH:MM:SS), got '${time}'`);
  const cpusPerTask = takeInt(args, "cpus-per-task", 1, MAX_WORKERS) ?? 1;
  const pointsPerTask = takeInt(args, "points-per-task", 1) ?? 1;
  const force = takeBool(args, "force") ?? false;
  rejectLeftovers(args, "sweep slurm");
  const sweep = readSweepFile(specPath, force);
  const dir = resolve(dirArg);
  const layout = writeSlurmFolder(dir, sweep, { partition, time, cpusPerTask, pointsPerTask });
  io.stdout(`sbatch ${dir}/job.sh\n`);
  io.stderr(`sweep slurm: ${sweep.points} points in ${layout.tasks} tasks of ${pointsPerTask}; wrote ${dir}/job.sh; then: sorn sweep merge ${dir} --json OUT.json\n`);
  return 0;
}

async function task(args: ParsedArgs, io: SweepIo): Promise<number> {
  const specPath = args.positional[2];
  if (!specPath) throw new CliError("sweep task: needs SPEC.json");
  const dirArg = takeString(args, "out");
  if (!dirArg) throw new CliError("--out: required (the sweep's folder)");
  const env = process.env.SLURM_ARRAY_TASK_ID;
  const index = takeInt(args, "index", 0) ?? (env !== undefined && /^\d+$/.test(env) ? Number(env) : undefined);
  if (index === undefined) throw new CliError("--index: required (or $SLURM_ARRAY_TASK_ID)");
  const workers = takeInt(args, "workers", 0, MAX_WORKERS) ?? 1;
  rejectLeftovers(args, "sweep task");
  const sweep = readSweepFile(specPath, true);
  const dir = resolve(dirArg);
  prepareFolder(dir, sweep);
  const layout = readSlurmLayout(dir, sweep) ?? { points: sweep.points, pointsPerTask: 1 };
  const tasks = taskCount(sweep.points, layout.pointsPerTask);
  if (index >= tasks) throw new CliError(`--index: task ${index} does not exist (tasks 0…${tasks - 1})`);
  const indices = taskPoints(layout, index);
  const r = await runSweep(sweep, { run: runJobs, workers, cache: folderCache(dir, sweep), indices });
  const failed = r.points.filter((p) => p.error !== undefined);
  for (const p of failed) io.stderr(`sweep task ${index}: point ${p.index} failed: ${p.error}\n`);
  io.stderr(`sweep task ${index}: points ${indices[0]}…${indices.at(-1)} (${r.cached} already there, ${r.computed} run, ${failed.length} failed) in ${dir}/points\n`);
  return failed.length ? 1 : 0;
}

function merge(args: ParsedArgs, io: SweepIo): number {
  const dirArg = args.positional[2];
  if (!dirArg) throw new CliError("sweep merge: needs DIR");
  const out = takeString(args, "json");
  if (!out) throw new CliError("--json: required (where the results go)");
  rejectLeftovers(args, "sweep merge");
  const dir = resolve(dirArg);
  const r = mergeFolder(dir);
  for (const line of reportLines(r)) io.stderr(`sweep merge: ${line}\n`);
  if (!r.points) {
    io.stderr(`sweep merge: ${r.sweep.points - r.missing.length - r.problems.length} of ${r.sweep.points} points readable; nothing written\n`);
    return 1;
  }
  const layout = readSlurmLayout(dir, r.sweep);
  const doc = resultsDocument(r.sweep, r.points, { where: layout ? "slurm" : "folder", tasks: layout?.tasks ?? r.sweep.points, seconds: r.points.reduce((s, p) => s + (p.ms ?? 0), 0) / 1000 });
  writeResults(out, doc);
  io.stderr(`sweep merge: ${r.sweep.points} points (${doc.failed} failed); wrote ${out}\n`);
  return doc.failed ? 1 : 0;
}

/** `sorn sweep …`; resolves to the exit code. */
export async function sweepCommand(args: ParsedArgs, io: SweepIo): Promise<number> {
  const sub = args.positional[1];
  if (sub === "run") return run(args, io);
  if (sub === "slurm") return slurm(args, io);
  if (sub === "task") return task(args, io);
  if (sub === "merge") return merge(args, io);
  if (sub === undefined || sub === "help") {
    io.stdout(SWEEP_HELP + "\n");
    return sub ? 0 : 2;
  }
  throw new CliError(`sweep: unknown subcommand '${sub}' (run, slurm, task, merge)`);
}
