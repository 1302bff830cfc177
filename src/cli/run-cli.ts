/**
 * The command line, callable in-process: `runCli(argv, io)` runs one command and resolves to
 * the exit status (0, or 2 for a bad argument with a one-line message). `main.ts` calls it.
 */
import { PARAM_SPECS } from "../models/sorn/params";
import { RULES } from "../models/sorn/rules";
import { RECORD_NAMES } from "../models/sorn/types";
import { ANALYSIS_HELP } from "./analysis-args";
import { analyze } from "./analyze";
import { CliError, parseArgs } from "./args";
import { CARTPOLE_HELP, cartpole } from "./cartpole";
import { CARTPOLE_TRAIN_HELP, cartpoleTrain } from "./cartpole-train";
import { figures } from "./figures";
import { models } from "./models";
import { lessons } from "./lessons";
import { PRESET_HELP, preset } from "./preset";
import { RNN_HELP, rnn } from "./rnn";
import { RNN_EVAL_HELP, rnnEval } from "./rnn-eval";
import { RNN_CONVERT_HELP, rnnConvert } from "./rnn-convert";
import { simulate } from "./simulate";
import { runSpikeyCli } from "./spikey";

const HELP = `SORN Lab command line — a bit-exact TypeScript port of the Python package sorn.

Usage:
  npm run sorn -- simulate --out run.json|run.npz [options]
  npm run sorn -- analyze run.json|run.npz [--from A --to B] [--out stats.json] [options]
  npm run sorn -- figures run.json|run.npz --out DIR [--format svg,png,pdf] [--size S] [--dpi N]
                         [--style screen|paper] [--compose a,b,c --cols K --letters] [options]
  npm run sorn -- models [--json]
  npm run sorn -- lessons [--json] [--check LESSONS.json]
  npm run sorn -- cartpole replay TRACE.json [--trace NAME] [--out OUT.json]
  npm run sorn -- cartpole train --mode docs|corrected --episodes N --seed S [--env v0|v1]
                         [--compare plastic,frozen,raw,random --seeds K] [--workers W] [--json OUT.json]
  npm run sorn -- preset counting [--n 4,8,12] [--seeds K] [--conditions sorn,static,ip]
                         [--readout X,R] [--steps-plastic N] [--json OUT.json]
  npm run sorn -- preset lognormal|perturbation|random-sequence [--seeds K] [--conditions …]
                         [--workers W] [--json OUT.json] [options below]
  npm run sorn -- rnn train --task go-nogo|mante|xor|dms --seed S [--n 200 --activation sigmoid ...]
                         --out MODEL.json
  npm run sorn -- rnn eval MODEL.json --lif --s S --trials K [--seed N] [--json OUT.json]
  npm run sorn -- rnn convert MODEL.json [--grid 20:5:75 --trials 20 --seed N --workers W] [--json OUT.json]
  npm run sorn -- --help

simulate options:
  --seed S              np.random.seed(S); random.seed(S) in the package's terms (default 0)
  --steps T             number of steps (default 1000)
  --<hyperparameter> V  any hyperparameter by its package name (list below)
  --phase P             plasticity (default) | training (no plasticity at all)
  --freeze a,b          rules to switch off: ${RULES.join(", ")}
  --noise true|false    Gaussian noise on the drives (default true)
  --inputs FILE         a nu × T input array: FILE.json (a list of nu rows) or FILE.npy
  --constant-input v,…  the same nu input values at every step
  --input-seed S        seed of the default inputs (default: (seed + 1000) mod 2^32)
  --state FILE          resume from a run or state: FILE.json or FILE.npz (package key names;
                        a state saved from Python with np.savez(**state_dict) works)
  --callbacks a,b       records to keep: ${RECORD_NAMES.join(", ")}
  --record-every k      keep weight records (WEE, WEI, WIE) every k steps (default 1)
  --quiet               no progress bar

Without --inputs, inputs are uniform [0,1) numbers from numpy's legacy RandomState(input-seed),
nu per step, separate from the network's streams: steps 0..T-1 get
np.random.RandomState(input-seed).rand(T, nu).T. With --state, the file's generators continue
(a bare Python state has none: --seed seeds them).
The output holds params, seed, phase, freeze, noise, input, state and the records by name.

analyze: every statistic the run's records allow, as one JSON document whose keys are the
analysis functions' names ({ "skipped": "why" } where one cannot be computed).
figures: every figure the records allow, as DIR/<name>.svg|png|pdf with the run's configuration
and seed in the file's metadata; it says which it skipped and why.
${ANALYSIS_HELP}
models: every model family with its parameters (kind, default, range or choices, and whether
a change applies live or at a reset), rules, settings, records and series; --json as JSON.

${CARTPOLE_HELP}
${CARTPOLE_TRAIN_HELP}
${PRESET_HELP}
${RNN_HELP}

${RNN_EVAL_HELP}
${RNN_CONVERT_HELP}
Hyperparameters (package defaults):
${PARAM_SPECS.map((s) => `  --${s.name.padEnd(16)} ${String(s.default ?? "auto").padEnd(7)} ${s.description}`).join("\n")}
`;

/** Where a command writes: its data (stdout) and its messages (stderr). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

/** Run one CLI command; resolves to the process exit code. Unexpected errors reject. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (argv[0] === "spikey") return runSpikeyCli(argv.slice(1), io);
  try {
    const args = parseArgs(argv);
    const [command] = args.positional;
    if (!command || args.options.has("help") || command === "help") {
      io.stdout(HELP);
      return command || args.options.has("help") ? 0 : 2;
    }
    let message: string;
    if (command === "simulate") message = simulate(args);
    else if (command === "analyze") message = analyze(args, io);
    else if (command === "figures") message = await figures(args);
    else if (command === "models") message = models(args, io);
    else if (command === "lessons") message = lessons(args, io);
    else if (command === "cartpole" && args.positional[1] === "train") message = await cartpoleTrain(args, io);
    else if (command === "cartpole") message = cartpole(args, io);
    else if (command === "preset") message = await preset(args, io);
    else if (command === "rnn" && args.positional[1] === "eval") return await rnnEval(args, io);
    else if (command === "rnn" && args.positional[1] === "convert") return await rnnConvert(args, io);
    else if (command === "rnn") return await rnn(args, io);
    else throw new CliError(`unknown command '${command}' (commands: simulate, analyze, figures, models, lessons, preset, cartpole, rnn; see --help)`);
    io.stderr(message + "\n");
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`sorn: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
