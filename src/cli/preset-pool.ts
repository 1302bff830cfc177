/**
 * What every `sorn preset NAME` command shares: running its jobs on the worker pool (`--workers
 * W`; the rows are the same for any W, each job a pure function of its spec) with one progress
 * line per finished job on stderr and Ctrl-C cancelling, the choice-list parser of its options,
 * and the `--json` file `{ preset, settings, results, summary, seconds }`.
 */
import { writeFileSync } from "node:fs";
import { SornInputError } from "../models/params/error";
import { runJobs } from "../pool/node";
import type { JobKind } from "../pool/registry";
import { CliError, takeString, type ParsedArgs } from "./args";
import type { PresetOutput } from "./preset-output";

/** Runs `specs` as jobs of `kind`; `describe(spec, row)` words each progress line. Resolves to the rows in job order and the seconds taken. */
export async function runPresetJobs<S, R>(name: string, kind: JobKind<S, R>, specs: readonly S[], workers: number, io: PresetOutput, describe: (spec: S, row: R) => string): Promise<{ rows: R[]; seconds: number }> {
  const start = Date.now();
  let done = 0;
  const stop = new AbortController();
  const onInterrupt = (): void => stop.abort();
  process.once("SIGINT", onInterrupt);
  try {
    const rows = await runJobs(specs.map((s) => kind.job(s)), {
      workers,
      signal: stop.signal,
      onResult: (i, row) => io.stderr(`${name}: ${++done}/${specs.length} done (job ${i + 1}: ${describe(specs[i], row as R)}; ${((Date.now() - start) / 1000).toFixed(1)} s)\n`),
    });
    return { rows: rows as R[], seconds: (Date.now() - start) / 1000 };
  } catch (e) {
    if (stop.signal.aborted) throw new CliError(`preset ${name}: cancelled after ${done} of ${specs.length} jobs`);
    throw e;
  } finally {
    process.off("SIGINT", onInterrupt);
  }
}

/** "a,b" → names from `known`, each once (SornInputErrors name `argument`). */
export function parseChoices<T extends string>(known: readonly T[], what: string): (text: string, argument: string) => T[] {
  return (text, argument) => {
    const items = text.split(",").map((s) => s.trim()).filter(Boolean);
    if (!items.length) throw new SornInputError(argument, `needs at least one ${what} (${known.join(", ")})`);
    for (const s of items) if (!known.includes(s as T)) throw new SornInputError(argument, `unknown ${what} '${s}' (${what}s: ${known.join(", ")})`);
    const dup = items.find((s, i) => items.indexOf(s) !== i);
    if (dup) throw new SornInputError(argument, `${what} '${dup}' given twice`);
    return items as T[];
  };
}

/** "0.1" → a finite number ≥ 0. */
export function parseNonNegative(text: string, argument: string): number {
  const v = Number(text);
  if (text.trim() === "" || !Number.isFinite(v) || v < 0) throw new SornInputError(argument, `must be a finite number ≥ 0, got '${text}'`);
  return v;
}

/** "10000,100000" → positive integers. */
export function parseSteps(text: string, argument: string): number[] {
  const items = text.split(",").map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new SornInputError(argument, "needs at least one step, e.g. 10000,100000");
  return items.map((s) => {
    if (!/^\d+$/.test(s) || Number(s) < 1 || !Number.isSafeInteger(Number(s))) throw new SornInputError(argument, `every value must be a positive integer, got '${s}'`);
    return Number(s);
  });
}

/** Takes `--json OUT.json` (it must end in .json). */
export function takeJsonPath(args: ParsedArgs): string | undefined {
  const out = takeString(args, "json");
  if (out !== undefined && !out.endsWith(".json")) throw new CliError(`--json: '${out}' must end in .json`);
  return out;
}

/** Writes the preset's file and returns the command's closing line. */
export function finish(name: string, out: string | undefined, body: { settings: object; results: unknown[]; summary?: unknown; seconds: number }, jobs: number, workers: number): string {
  if (out) writeFileSync(out, JSON.stringify({ preset: name, ...body }, null, 1) + "\n");
  const w = Math.min(workers, jobs);
  return `${jobs} jobs in ${body.seconds.toFixed(1)} s on ${w} worker${w === 1 ? "" : "s"}${out ? `; wrote ${out}` : ""}`;
}
