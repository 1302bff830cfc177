/**
 * `sorn analyze run.json|run.npz [--from A --to B] [--out stats.json]`: the statistics document
 * of a saved run (see `src/analysis-run`); the options it shares with `sorn figures` are in
 * `analysis-args.ts`.
 */
import { writeFileSync } from "node:fs";
import { compactJson } from "../analysis-run";
import { readRunArg, takeAnalysisArgs, withAnalysis } from "./analysis-args";
import { CliError, rejectLeftovers, takeBool, takeString, type ParsedArgs } from "./args";

/** Where `analyze` writes the document when no --out is given (the CLI's standard output). */
export interface AnalyzeOutput {
  stdout(text: string): void;
}

/** `sorn analyze`: write the statistics document; returns the message for stderr. */
export function analyze(args: ParsedArgs, io: AnalyzeOutput): string {
  const { path, options } = takeAnalysisArgs(args, "analyze");
  options.full = takeBool(args, "full") ?? false;
  const out = takeString(args, "out");
  rejectLeftovers(args, "analyze");
  const run = readRunArg(path);
  const doc = withAnalysis(run, path, options, (a) => a.statistics());
  const text = compactJson(doc) + "\n";
  const sel = doc.selection as { from: number; to: number };
  const what = sel.to > sel.from ? `steps ${sel.from}–${sel.to - 1}` : "the final state (no records)";
  const skipped = (text.match(/"skipped":/g) ?? []).length;
  if (out === undefined) {
    io.stdout(text);
    return `analyzed ${what} of ${path} (${skipped} skipped)`;
  }
  try {
    writeFileSync(out, text);
  } catch (e) {
    throw new CliError(`--out: cannot write '${out}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return `analyzed ${what} of ${path} (${skipped} skipped); wrote ${out}`;
}
