/**
 * What `sorn analyze` and `sorn figures` share: the run file argument, the analysis settings
 * (their options and help text), reading the run, and the analysis with errors naming the option.
 */
import type { RunFile } from "../models/sorn/io/run-file";
import { analyzeRun, FIGURE_NAMES, RunAnalysisError, type AnalysisOptions, type RunAnalysis } from "../analysis-run";
import { CliError, takeInt, takeString, type ParsedArgs } from "./args";
import { readRun } from "./files";

/** `words` joined by ", " into lines of at most `width` characters, each starting with `indent`. */
function wrap(words: readonly string[], indent: string, width = 96): string {
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && indent.length + line.length + w.length + 2 > width) {
      lines.push(indent + line + ",");
      line = w;
    } else line = line ? `${line}, ${w}` : w;
  }
  return [...lines, indent + line].join("\n");
}

/** Help for the options of `analyze` and `figures`. */
export const ANALYSIS_HELP = `
analyze and figures options:
  --from A, --to B      steps A ≤ t < B (absolute step numbers; default: every recorded step)
  --out PATH            analyze: the JSON file (default: standard output); figures: a folder
  --full                analyze: also the per-step and per-neuron arrays and the N×N correlations
  --format svg,png,pdf  figures: file formats (default svg; pdf: vector, fonts embedded)
  --size S              figures: print size: single (85 mm), onehalf (114 mm), double (174 mm),
                        slide (254 x 142.9 mm) or WxH in mm or px (e.g. 160x90mm); laid out so
                        tick labels print at 7 pt (1 unit = 7/11 pt), width and height in mm
  --style screen|paper  figures: paper draws no titles and writes each caption with the
                        configuration summary to <name>.txt (default screen)
  --dpi N               figures: PNG resolution, an integer in [72, 1200] (default 300 with
                        --size): width = mm / 25.4 * dpi pixels
  --compose a,b,c       figures: these panels as one figure, composed.<format> (rows share a
                        height and fill the width, 8 units apart; not with --only)
  --cols K              figures --compose: panels per row, 1-12 (default 2)
  --letters             figures --compose: bold panel letters A, B, C... at each top left
  --only a,b            figures: just these, among
${wrap(FIGURE_NAMES, "                        ")}
  --bins K              histogram bins (default 20)
  --fano-window L       window length of the Fano factor in steps (default 10)
  --lag t               lag of the network rate's autocorrelation (default 2)
  --perturbation-steps N   steps of the perturbation experiment (default 100; 0: none)
  --perturbation-neuron i  the E neuron whose spike is flipped (default 0)
  --perturbation-phase P   training (default: frozen weights) | plasticity
  --raster-steps N      steps in the raster, the last of the range (default 500)
  --correlation-threshold r  edges of the correlation network: the strongest 1500 pairs with
                        r above it (default 0.1, as the lab's panel)
Spike-train statistics and time series use the selected steps; degrees, weights and the
perturbation experiment (one flipped spike, Hamming distance over time) use the final state.
`;

/** CLI spelling of each analysis setting, for error messages. */
const OPTION_NAMES: Record<string, string> = {
  from: "--from",
  to: "--to",
  bins: "--bins",
  fanoWindow: "--fano-window",
  autocorrelationLag: "--lag",
  perturbationSteps: "--perturbation-steps",
  perturbationNeuron: "--perturbation-neuron",
  perturbationPhase: "--perturbation-phase",
  rasterSteps: "--raster-steps",
  correlationThreshold: "--correlation-threshold",
  figures: "--only",
};

function takeNumber(args: ParsedArgs, key: string): number | undefined {
  const v = takeString(args, key);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n)) throw new CliError(`--${key}: must be a number, got '${v}'`);
  return n;
}

/** The run file (the one positional argument) and the settings shared by analyze and figures. */
export function takeAnalysisArgs(args: ParsedArgs, command: string): { path: string; options: AnalysisOptions } {
  const [, path, ...extra] = args.positional;
  if (!path) throw new CliError(`${command}: give the run file (run.json or run.npz), e.g. sorn ${command} run.json`);
  if (extra.length) throw new CliError(`${command}: one run file only, got also '${extra[0]}'`);
  if (!/\.(json|npz)$/.test(path)) throw new CliError(`${command}: '${path}' must end in .json or .npz`);
  const phase = takeString(args, "perturbation-phase");
  if (phase !== undefined && phase !== "training" && phase !== "plasticity") throw new CliError(`--perturbation-phase: must be training or plasticity, got '${phase}'`);
  const options: AnalysisOptions = {
    from: takeInt(args, "from", 0),
    to: takeInt(args, "to", 0),
    bins: takeInt(args, "bins", 1),
    fanoWindow: takeInt(args, "fano-window", 1),
    autocorrelationLag: takeInt(args, "lag", 1),
    perturbationSteps: takeInt(args, "perturbation-steps", 0),
    perturbationNeuron: takeInt(args, "perturbation-neuron", 0),
    perturbationPhase: phase,
    rasterSteps: takeInt(args, "raster-steps", 1),
    correlationThreshold: takeNumber(args, "correlation-threshold"),
  };
  if (options.from !== undefined && options.to !== undefined && options.from >= options.to) {
    throw new CliError(`--from ${options.from} --to ${options.to}: --from must be less than --to (the steps are from ≤ t < to)`);
  }
  return { path, options };
}

/** Read a run named on the command line; errors are one line naming the file. */
export function readRunArg(path: string): RunFile {
  try {
    return readRun(path, "run");
  } catch (e) {
    if (e instanceof CliError) throw new CliError(e.message.replace(/^--run: /, ""));
    throw e;
  }
}

/** Run `f` on an analysis, turning a RunAnalysisError into a CliError naming the option. */
export function withAnalysis<T>(run: RunFile, path: string, options: AnalysisOptions, f: (a: RunAnalysis) => T): T {
  try {
    return f(analyzeRun(run, options));
  } catch (e) {
    if (e instanceof RunAnalysisError) throw new CliError(`${OPTION_NAMES[e.option] ?? `'${path}'`}: ${e.message}`);
    throw e;
  }
}
