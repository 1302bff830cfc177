/**
 * `--workers W`, the option every command that runs on the worker pool takes (`src/pool/`):
 * an integer ≥ 1, by default every core (`os.availableParallelism()`).
 */
import { availableParallelism } from "node:os";
import { takeInt, type ParsedArgs } from "./args";

/** The most workers one command may ask for. */
export const MAX_WORKERS = 256;

/** The `--workers` line for a command's help text. */
export const WORKERS_HELP = `  --workers W           worker threads to run on, an integer in [1, ${MAX_WORKERS}] (default: every core, here ${availableParallelism()})`;

/** Take `--workers W` (an integer in [1, MAX_WORKERS]); absent, every core. */
export function takeWorkers(args: ParsedArgs, key = "workers"): number {
  return takeInt(args, key, 1, MAX_WORKERS) ?? availableParallelism();
}
