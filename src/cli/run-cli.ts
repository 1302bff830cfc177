/**
 * The command line, callable in-process: `runCli(argv, io)` runs one command and resolves to
 * the exit status (0, or 2 for a bad argument with a one-line message). `main.ts` calls it.
 * `COMMANDS` is the one table of top-level commands: the dispatcher and the help's "Commands"
 * list are both read from it, so a command cannot run without being listed (and vice versa).
 */
import { PARAM_SPECS } from "../models/sorn/params";
import { RULES } from "../models/sorn/rules";
import { RECORD_NAMES } from "../models/sorn/types";
import { ANALYSIS_HELP } from "./analysis-args";
import { analyze } from "./analyze";
import { CliError, parseArgs, type ParsedArgs } from "./args";
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
import { runSpikeyCli, SPIKEY_HELP } from "./spikey";
import { EVOLVE_HELP } from "./evolve";
import { SWEEP_HELP } from "./sweep";
import { sweepMain } from "./sweep-main";
import { PRESET_NAMES } from "./preset";

const helpText = (commands: readonly CliCommand[]): string => `SORN Lab command line — a bit-exact TypeScript port of the Python package sorn.

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
  npm run sorn -- spikey list|run|florian-fig1 …     (options: spikey section below)
  npm run sorn -- sweep run|slurm|task|merge …       (options: sweep section below)
  npm run sorn -- evolve SPEC.json | --game nqueens … (options: evolve section below)
  npm run sorn -- --help

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}${c.subcommands.length ? `\n  ${"".padEnd(10)}   sub-commands: ${c.subcommands.join(", ")}` : ""}`).join("\n")}

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
${SPIKEY_HELP}
${SWEEP_HELP}

${EVOLVE_HELP}

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

/**
 * One top-level command. `run` gets the shared parser's arguments and returns a message for
 * stderr (exit 0) or an exit code; `raw` (spikey, sweep, evolve) gets the whole argv instead and
 * does its own parsing, help and error lines. `subcommands` is the word after the command that
 * chooses what runs (the command's own error for an unknown one lists the same words).
 */
export interface CliCommand {
  name: string;
  summary: string;
  subcommands: readonly string[];
  run?: (args: ParsedArgs, io: CliIo) => string | number | Promise<string | number>;
  raw?: (argv: readonly string[], io: CliIo) => Promise<number>;
}

/** `sweepMain` with this module's io (its own parameter type says `undefined`, not `void`). */
const sweepOrEvolve = (argv: readonly string[], io: CliIo) => sweepMain(argv, { stdout: (s) => void io.stdout(s), stderr: (s) => void io.stderr(s) });

const RNN_SUBCOMMANDS = { train: rnn, eval: rnnEval, convert: rnnConvert } as const;

/** Every top-level command, in the order the help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  { name: "simulate", summary: "run a SORN network; save its records as run.json|run.npz", subcommands: [], run: (a) => simulate(a) },
  { name: "analyze", summary: "every statistic a saved run's records allow, as JSON", subcommands: [], run: analyze },
  { name: "figures", summary: "every figure a saved run's records allow, as svg/png/pdf", subcommands: [], run: (a) => figures(a) },
  { name: "models", summary: "every model family: parameters, rules, settings, records, series", subcommands: [], run: models },
  { name: "lessons", summary: "the guided lessons (?lesson=ID); --check validates a lesson file", subcommands: [], run: lessons },
  {
    name: "cartpole",
    summary: "Gymnasium CartPole: replay a trace bit for bit; train the SORN agent",
    subcommands: ["replay", "train"],
    run: (a, io) => (a.positional[1] === "train" ? cartpoleTrain(a, io) : cartpole(a, io)),
  },
  { name: "preset", summary: "preset experiments (spec experiments.md §3.3, §4): seeds × conditions on the pool", subcommands: PRESET_NAMES, run: preset },
  {
    name: "rnn",
    summary: "rate RNNs (Kim, Li & Sejnowski 2019): train; LIF eval; λ grid search",
    subcommands: Object.keys(RNN_SUBCOMMANDS),
    run: (a, io) => {
      const sub = a.positional[1];
      const subs = Object.keys(RNN_SUBCOMMANDS).join(", ");
      if (sub === undefined) throw new CliError(`rnn: needs a subcommand (subcommands: ${subs}; see --help)`);
      if (!Object.hasOwn(RNN_SUBCOMMANDS, sub)) throw new CliError(`rnn: unknown subcommand '${sub}' (subcommands: ${subs}; see --help)`);
      return RNN_SUBCOMMANDS[sub as keyof typeof RNN_SUBCOMMANDS](a, io);
    },
  },
  { name: "spikey", summary: "Spikey-style modular spiking networks (presets, seeded runs, Florian Fig. 1)", subcommands: ["list", "run", "florian-fig1"], raw: (argv, io) => runSpikeyCli(argv.slice(1), io) },
  { name: "sweep", summary: "parameter sweeps on this machine's cores or as a Slurm job array", subcommands: ["run", "slurm", "task", "merge"], raw: sweepOrEvolve },
  { name: "evolve", summary: "genetic search (Spikey's Population algorithm), local or on Slurm", subcommands: [], raw: sweepOrEvolve },
];

const HELP = helpText(COMMANDS);

/** Run one CLI command; resolves to the process exit code. Unexpected errors reject. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const raw = COMMANDS.find((c) => c.name === argv[0])?.raw;
  if (raw) return raw(argv, io);
  try {
    const args = parseArgs(argv);
    const [command] = args.positional;
    if (!command || args.options.has("help") || command === "help") {
      io.stdout(HELP);
      return command || args.options.has("help") ? 0 : 2;
    }
    const run = COMMANDS.find((c) => c.name === command)?.run;
    if (!run) throw new CliError(`unknown command '${command}' (commands: ${COMMANDS.map((c) => c.name).join(", ")}; see --help)`);
    const result = await run(args, io);
    if (typeof result === "number") return result;
    io.stderr(result + "\n");
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`sorn: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
