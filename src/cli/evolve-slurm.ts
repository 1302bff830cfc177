/**
 * The genetic search's evaluator on Slurm: generation g's batch is a sweep (`batchSweep`)
 * written to DIR/gen-000g/ as an array job (`writeSlurmFolder`), submitted with
 * `sbatch --wait` (so the driver blocks until every task has ended), then merged. Points already
 * in the folder are not run again, so a driver stopped mid-generation resumes there. A task
 * that fails stops the search with the merge's report and its rerun line.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { batchFitness, batchSweep } from "../experiments/evolve/evaluate-sweep";
import type { Evaluator } from "../experiments/evolve/evolve";
import type { CheckedEvolve } from "../experiments/evolve/spec";
import { CliError, takeInt, takeString, type ParsedArgs } from "./args";
import { writeSlurmFolder } from "./slurm-script";
import { mergeFolder, reportLines } from "./sweep-merge";
import { MAX_WORKERS } from "./workers-arg";

/** Where messages go. */
interface Io {
  stderr(text: string): void;
}

/** An evaluator submitting each generation to Slurm from `dir` (reads the Slurm options from `args`). */
export function slurmEvaluator(spec: CheckedEvolve, dir: string, args: ParsedArgs, io: Io): Evaluator {
  const settings = {
    partition: takeString(args, "partition"),
    time: takeString(args, "time"),
    cpusPerTask: takeInt(args, "cpus-per-task", 1, MAX_WORKERS) ?? 1,
    pointsPerTask: takeInt(args, "points-per-task", 1) ?? 1,
  };
  const sbatch = process.env.SORN_SBATCH ?? "sbatch";
  return async (batch, g) => {
    const sweep = batchSweep(spec, batch);
    const gdir = join(dir, `gen-${String(g).padStart(4, "0")}`);
    writeSlurmFolder(gdir, sweep, settings);
    const before = mergeFolder(gdir);
    if (before.missing.length || before.failed.length) {
      io.stderr(`evolve: generation ${g}: ${sweep.points} points; ${sbatch} --wait ${gdir}/job.sh\n`);
      const r = spawnSync(sbatch, ["--wait", join(gdir, "job.sh")], { encoding: "utf8" });
      if (r.error) throw new CliError(`evolve: cannot run ${sbatch} (${r.error.message})`);
      if (r.stdout) io.stderr(r.stdout);
      if (r.status !== 0 && r.stderr) io.stderr(r.stderr);
    }
    const merged = mergeFolder(gdir);
    if (!merged.points || merged.failed.length) {
      throw new CliError(`evolve: generation ${g} is incomplete in ${gdir}:\n  ${reportLines(merged).join("\n  ")}\n  then rerun this command to resume`);
    }
    return batchFitness(spec, sweep, merged.points);
  };
}
