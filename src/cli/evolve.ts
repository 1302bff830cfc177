/**
 * `sorn evolve SPEC.json | --game nqueens --seed S` (see EVOLVE_HELP): Spikey's Population
 * genetic search (`src/experiments/evolve/`) on this machine's pool, or with `--slurm DIR` one
 * Slurm array job per generation (`sbatch --wait`). A checkpoint is written after every
 * generation; the same command resumes from it.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { SornInputError } from "../models/params/error";
import { poolEvaluator } from "../experiments/evolve/evaluate-sweep";
import { CHECKPOINT_FORMAT, evolve, type EvolveCheckpoint, type Evaluator } from "../experiments/evolve/evolve";
import { nqueensSpec } from "../experiments/evolve/nqueens";
import { checkEvolve, type CheckedEvolve } from "../experiments/evolve/spec";
import { canonicalJson } from "../experiments/sweep/canonical";
import { runJobs } from "../pool/node";
import { CliError, rejectLeftovers, takeInt, takeSeed, takeString, type ParsedArgs } from "./args";
import { slurmEvaluator } from "./evolve-slurm";
import { MAX_WORKERS, takeWorkers } from "./workers-arg";

export const EVOLVE_HELP = `evolve: genetic search (Spikey's Population algorithm; spec: a JSON file, see the README)
  sorn evolve SPEC.json --json OUT.json [--workers W] [--checkpoint FILE]
  sorn evolve SPEC.json --json OUT.json --slurm DIR [--partition P] [--time T] [--cpus-per-task C]
                        [--points-per-task K]      (one array job per generation, sbatch --wait)
  sorn evolve --game nqueens --seed S --json OUT.json [--generations G]
      the 8-queens self-test: OUT has best.fitness (28 = no clashes)
  A checkpoint (default OUT.checkpoint.json, or DIR/checkpoint.json with --slurm) is written
  after every generation; rerunning the same command resumes from it.`;

/** Where the command writes. */
export interface EvolveIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

function readSpec(path: string): CheckedEvolve {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new CliError(`${path}: cannot read as JSON (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return withSpecErrors(path, () => checkEvolve(value));
}

function withSpecErrors<T>(where: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SornInputError) throw new CliError(`${where}: ${e.message}`);
    throw e;
  }
}

function readCheckpoint(path: string, spec: CheckedEvolve): EvolveCheckpoint | undefined {
  if (!existsSync(path)) return undefined;
  let cp: EvolveCheckpoint;
  try {
    cp = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new CliError(`${path}: truncated or not JSON (delete it to start over)`);
  }
  if (cp.format !== CHECKPOINT_FORMAT) throw new CliError(`${path}: not an evolve checkpoint`);
  if (cp.hash !== spec.hash) throw new CliError(`${path}: checkpoint of another spec (hash ${cp.hash}, this spec ${spec.hash}); use another --checkpoint or delete it`);
  return cp;
}

/** `sorn evolve`; resolves to the exit code. */
export async function evolveCommand(args: ParsedArgs, io: EvolveIo): Promise<number> {
  const path = args.positional[1];
  const game = takeString(args, "game");
  const seed = takeSeed(args, "seed");
  const generations = takeInt(args, "generations", 1);
  const out = takeString(args, "json");
  if (!out) throw new CliError("--json: required (where the result goes)");
  const slurmDir = takeString(args, "slurm");
  let spec: CheckedEvolve;
  if (game !== undefined) {
    if (game !== "nqueens") throw new CliError(`--game: unknown game '${game}' (games: nqueens)`);
    if (path) throw new CliError("evolve: give SPEC.json or --game, not both");
    spec = withSpecErrors("--game nqueens", () => checkEvolve(nqueensSpec(seed ?? 0, generations)));
  } else {
    if (!path) throw new CliError("evolve: needs SPEC.json or --game nqueens (see sorn evolve help)");
    if (seed !== undefined || generations !== undefined) throw new CliError("--seed and --generations go with --game; a spec file sets seed and generations itself");
    spec = readSpec(path);
  }
  const workers = slurmDir ? 0 : game ? takeInt(args, "workers", 0, MAX_WORKERS) ?? 0 : takeWorkers(args);
  const checkpointPath = takeString(args, "checkpoint") ?? (slurmDir ? resolve(slurmDir, "checkpoint.json") : out.replace(/\.json$/, "") + ".checkpoint.json");
  const evaluate: Evaluator = slurmDir ? slurmEvaluator(spec, resolve(slurmDir), args, io) : poolEvaluator(spec, runJobs, workers);
  rejectLeftovers(args, "evolve");
  const resume = readCheckpoint(checkpointPath, spec);
  if (resume) io.stderr(`evolve: resuming after generation ${resume.generation} from ${checkpointPath}\n`);
  const t0 = Date.now();
  const quiet = spec.population * spec.generations > 20_000;
  const cp = await evolve(spec, evaluate, {
    resume,
    onGeneration: (c) => {
      const tmp = `${checkpointPath}.tmp`;
      writeFileSync(tmp, JSON.stringify(c) + "\n");
      renameSync(tmp, checkpointPath);
      const h = c.history.at(-1)!;
      if (!quiet || c.stopped || h.generation % 50 === 0) io.stderr(`evolve: generation ${h.generation}: best ${h.max}, median ${h.median}, ${h.evaluated} evaluated (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
    },
  });
  // every agent's fitness stays in each generation's entry: what a violin per generation draws
  const doc = { format: "sorn-lab-evolve-result", hash: spec.hash, spec: spec.spec, generations: cp.history.length, stopped: cp.stopped, best: cp.best, history: cp.history, timing: { seconds: (Date.now() - t0) / 1000 } };
  try {
    writeFileSync(out, canonicalJson(doc) + "\n");
  } catch (e) {
    throw new CliError(`--json: cannot write '${out}' (${(e as Error).message})`);
  }
  io.stderr(`evolve: ${cp.history.length} generations (${cp.stopped}), best fitness ${cp.best?.fitness} at generation ${cp.best?.generation}; wrote ${out}\n`);
  return 0;
}
