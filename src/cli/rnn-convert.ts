/**
 * `sorn rnn convert MODEL.json [--grid 20:5:75] [--trials 20 | --paper] [--seed N] [--extend 3]
 * [--workers W] [--json OUT.json]`: the λ (= 1/s) grid search of a trained rate model's LIF network
 * on the worker pool (src/experiments/rate-rnn/convert.ts): accuracy per s over seeded trials,
 * s* = argmax (ties to the smaller s), an optimum at the grid's edge flagged and the grid
 * extended by its step (at most --extend times, s > 0), the LIF rates at s*. One progress line per
 * finished s on stderr, then a summary line; Ctrl-C cancels. OUT.json holds task, grid, trials,
 * seed, s, accuracy, correct, rates_by_s, best_s, best_accuracy, rates_hz { all, exc, inh,
 * per_unit }, edge, edge_after, extended, workers, elapsed_ms. Exit 0, or 2 on bad input.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { convertModel } from "../experiments/rate-rnn/convert";
import { parseGrid, PAPER_GRID, type LambdaGrid } from "../experiments/rate-rnn/grid";
import { SornInputError } from "../models/params/error";
import { JobError } from "../pool/errors";
import { runJobs } from "../pool/node";
import { CliError, rejectLeftovers, takeBool, takeInt, takeSeed, takeString, type ParsedArgs } from "./args";
import { readModel } from "./rnn-eval";
import { takeWorkers, WORKERS_HELP } from "./workers-arg";

interface CliIo {
  stderr(text: string): void;
}

export const RNN_CONVERT_HELP = `rnn convert MODEL.json [--grid 20:5:75] [--trials 20 | --paper] [--seed N] [--extend 3] [--workers W] [--json OUT.json]
  the λ = 1/s grid search of the model's LIF network: accuracy per s (ties to the smaller s),
  an optimum at the grid's edge extended by the step (at most --extend times), rates at best s
  --grid from:step:to   scaling factors s (default 20:5:75, the paper's; the SI's 4:2:26 for ReLU/softplus)
  --trials K            trials per s (default 20); --paper = 100 (the paper's count)
  --seed N              evaluation seed: trial k's input and noise, the same at every s (default 0)
  --extend K            at most K extensions past an edge (default 3; 0 = none)
${WORKERS_HELP}
`;

const gridText = (g: LambdaGrid) => `${g.from}:${g.step}:${g.to}`;

/** `sorn rnn convert …`; resolves to the exit code. */
export async function rnnConvert(args: ParsedArgs, io: CliIo): Promise<number> {
  const gridArg = takeString(args, "grid");
  const paper = takeBool(args, "paper") ?? false;
  const trialsArg = takeInt(args, "trials", 1, 100000);
  const seed = takeSeed(args, "seed") ?? 0;
  const extend = takeInt(args, "extend", 0, 100) ?? 3;
  const workers = takeWorkers(args);
  const json = takeString(args, "json");
  const quiet = takeBool(args, "quiet") ?? false;
  rejectLeftovers(args, "rnn convert");
  if (paper && trialsArg !== undefined && trialsArg !== 100) throw new CliError(`--paper means --trials 100; got --trials ${trialsArg} too`);
  if (json !== undefined && !json.endsWith(".json")) throw new CliError(`--json: '${json}' must end in .json`);
  let grid: LambdaGrid;
  try {
    grid = gridArg === undefined ? PAPER_GRID : parseGrid(gridArg, "--grid");
  } catch (e) {
    if (e instanceof SornInputError) throw new CliError(e.message);
    throw e;
  }
  const trials = paper ? 100 : (trialsArg ?? 20);
  const path = args.positional[2];
  const model = readModel(path);
  const text = readFileSync(path!, "utf8");
  const stop = new AbortController();
  const onInterrupt = (): void => stop.abort();
  process.once("SIGINT", onInterrupt);
  const t0 = performance.now();
  let finished = 0;
  const secs = () => ((performance.now() - t0) / 1000).toFixed(1);
  try {
    const r = await convertModel(runJobs, text, {
      grid, trials, seed, workers, maxExtensions: extend, signal: stop.signal,
      onValue: (e) => {
        finished++;
        if (!quiet) io.stderr(`rnn convert: s = ${e.s}: accuracy ${e.accuracy.toFixed(2)} (${e.correct}/${trials}), rates ${e.rates_hz.all.toFixed(1)} Hz (${finished} done, ${secs()} s)\n`);
      },
    });
    const elapsed = performance.now() - t0;
    const { edgeAfter, ...rest } = r;
    const doc = { ...rest, grid: gridText(grid), edge_after: edgeAfter, workers, elapsed_ms: Math.round(elapsed) };
    if (json) {
      mkdirSync(dirname(json), { recursive: true });
      writeFileSync(json, JSON.stringify(doc, null, 1) + "\n");
    }
    const edge = r.edge ? `; optimum at the grid's ${r.edge} edge, extended ${r.extended.length ? r.extended.join(", ") : "(no s > 0 left)"}${edgeAfter ? `, still at the ${edgeAfter} edge` : ""}` : "";
    io.stderr(
      `rnn convert ${model.task}: best s ${r.best_s} (λ = 1/${r.best_s}), LIF accuracy ${r.best_accuracy.toFixed(2)}, rates ${r.rates_hz.all.toFixed(1)} Hz ` +
        `(E ${r.rates_hz.exc.toFixed(1)}, I ${r.rates_hz.inh.toFixed(1)}); grid ${gridText(grid)}, ${trials} trials per s, ${r.s.length} values${edge}; ` +
        `${(elapsed / 1000).toFixed(1)} s on ${workers} worker${workers === 1 ? "" : "s"}${json ? ` → ${json}` : ""}\n`,
    );
    return 0;
  } catch (e) {
    if (stop.signal.aborted) throw new CliError(`rnn convert: cancelled after ${finished} values of s`);
    // A job's bad input (a LifInputError in a worker, e.g. a non-finite LIF state at a tiny s).
    if (e instanceof JobError) throw new CliError(`rnn convert: ${e.message}`);
    throw e;
  } finally {
    process.off("SIGINT", onInterrupt);
  }
}
