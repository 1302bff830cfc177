import { constantInput, matrixInput, uniformInput, zeroInput, type InputSource } from "../models/inputs";
import { networkFromRun, runOf } from "../models/sorn/io/run-of";
import type { SornNetwork } from "../models/sorn/network";
import { sornFamily } from "../models/sorn/family";
import { parseNumberList, parseParam, type ParamValue } from "../models/params/codec";
import { defaultInputSeed } from "../models/params/seed";
import { family } from "../models/registry";
import { SornInputError } from "../models/sorn/params";
import { CliError, rejectLeftovers, takeBool, takeInputSeed, takeInt, takeList, takeParsed, takeSeed, takeString, type ParsedArgs } from "./args";
import { readInputs, readRun, writeRun } from "./files";
import { ProgressBar } from "./progress";

/** Hyperparameters given as --name value, by the package's names, through the codec. */
function takeParams(args: ParsedArgs): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const spec of family("sorn").schema) {
    const v = takeParsed(args, spec.name, (text) => parseParam(spec, text));
    if (v !== undefined) params[spec.name] = v;
  }
  return params;
}

/** What `sorn simulate` feeds the network, and how the output file describes it. */
export interface CliInputOptions {
  /** Input units of the network. */
  nu: number;
  /** The network's seed (the default input seed derives from it). */
  seed: number;
  /** The network's step (a file's column 0 is this step). */
  t?: number;
  inputsPath?: string;
  constant?: number[];
  /** --input-seed; undefined or null means {@link defaultInputSeed}(seed). */
  inputSeed?: number | null;
}

/**
 * The input of `sorn simulate`: a file (--inputs), a constant pattern (--constant-input), none
 * when nu = 0, otherwise uniform [0, 1) from RandomState(input seed), by default
 * (seed + 1000) mod 2^32 — the lab's default too.
 */
export function cliInput(o: CliInputOptions): { input: InputSource; description: unknown } {
  if (o.inputsPath) return { input: matrixInput(readInputs(o.inputsPath), o.t ?? 0), description: { kind: "file", path: o.inputsPath } };
  if (o.constant !== undefined) return { input: constantInput(o.constant), description: { kind: "constant", pattern: o.constant } };
  if (o.nu === 0) return { input: zeroInput(0), description: { kind: "none" } };
  const seed = o.inputSeed ?? defaultInputSeed(o.seed);
  return { input: uniformInput(o.nu, seed), description: { kind: "uniform", seed } };
}

/** `sorn simulate`: build or resume a network, run it, save configuration, state and records. */
export function simulate(args: ParsedArgs): string {
  const out = takeString(args, "out");
  if (!out) throw new CliError("--out: required (run.json or run.npz)");
  if (!/\.(json|npz)$/.test(out)) throw new CliError(`--out: '${out}' must end in .json or .npz`);
  const steps = takeInt(args, "steps", 0) ?? 1000;
  const seed = takeSeed(args, "seed") ?? 0;
  const params = takeParams(args);
  const phase = takeString(args, "phase");
  const freeze = takeList(args, "freeze");
  const noise = takeBool(args, "noise");
  const inputsPath = takeString(args, "inputs");
  const inputSeed = takeInputSeed(args, "input-seed");
  const constant = takeParsed(args, "constant-input", parseNumberList);
  const statePath = takeString(args, "state");
  const callbacks = takeList(args, "callbacks") ?? [];
  const every = takeInt(args, "record-every", 1) ?? 1;
  const quiet = takeBool(args, "quiet") ?? false;
  rejectLeftovers(args, "simulate");
  try {
    let net: SornNetwork;
    if (statePath) {
      const run = readRun(statePath, "state");
      const merged = { ...run, params: { ...run.params, ...params }, phase: (phase as never) ?? run.phase, freeze: (freeze as never) ?? run.freeze, noise: noise ?? run.noise };
      // A bare Python state carries no generators: the given seed applies, as np.random.seed(S) would.
      if (!run.state.rng) merged.seed = seed;
      net = networkFromRun(merged, callbacks, every);
    } else {
      net = sornFamily.create({ params, seed, settings: { phase, noise }, off: freeze, records: callbacks, recordEvery: every });
    }
    const { input, description } = cliInput({ nu: net.params.nu, seed: net.seed, t: net.t, inputsPath, constant, inputSeed });
    const bar = !quiet && steps >= 5000 ? new ProgressBar(steps, "simulate") : null;
    const chunk = Math.max(1, Math.floor(steps / 100));
    for (let done = 0; done < steps; ) {
      const n = Math.min(chunk, steps - done);
      net.step(n, input);
      done += n;
      bar?.update(done);
    }
    writeRun(out, runOf(net, description));
    return `${steps} steps (now at step ${net.t}), ${net.net.Wee.nonZeroCount()} E→E synapses; wrote ${out}`;
  } catch (e) {
    if (e instanceof SornInputError) throw cliErrorFrom(e);
    throw e;
  }
}

/** A SornInputError as a one-line CLI error naming the option: "--eta_stdp: must be …". */
export function cliErrorFrom(e: SornInputError): CliError {
  const [root] = e.argument.split(".");
  const option = root === "file" ? "state" : root;
  return new CliError(root === e.argument ? `--${option}: ${e.message.slice(e.argument.length + 2)}` : `--${option}: ${e.message}`);
}
