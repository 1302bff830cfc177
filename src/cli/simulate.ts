import { constantInput, matrixInput, uniformInput, zeroInput, type InputSource } from "../models/inputs";
import { networkFromRun, runOf } from "../models/sorn/io/run-of";
import { SornNetwork } from "../models/sorn/network";
import { PARAM_SPECS, SornInputError } from "../models/sorn/params";
import { CliError, rejectLeftovers, takeBool, takeInt, takeList, takeString, type ParsedArgs } from "./args";
import { readInputs, readRun, writeRun } from "./files";
import { ProgressBar } from "./progress";

/** Hyperparameters given as --name value, by the package's names. */
function takeParams(args: ParsedArgs): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const spec of PARAM_SPECS) {
    const v = takeString(args, spec.name);
    if (v === undefined) continue;
    if (spec.kind === "networkType") params[spec.name] = v;
    else if (spec.kind === "floatOrAuto" && v === "auto") params[spec.name] = null;
    else {
      const n = Number(v);
      if (v.trim() === "" || Number.isNaN(n)) throw new CliError(`--${spec.name}: must be a number, got '${v}'`);
      params[spec.name] = n;
    }
  }
  return params;
}

/** `sorn simulate`: build or resume a network, run it, save configuration, state and records. */
export function simulate(args: ParsedArgs): string {
  const out = takeString(args, "out");
  if (!out) throw new CliError("--out: required (run.json or run.npz)");
  if (!/\.(json|npz)$/.test(out)) throw new CliError(`--out: '${out}' must end in .json or .npz`);
  const steps = takeInt(args, "steps", 0) ?? 1000;
  const seed = takeInt(args, "seed", 0, 0xffffffff) ?? 0;
  const params = takeParams(args);
  const phase = takeString(args, "phase");
  const freeze = takeList(args, "freeze");
  const noise = takeBool(args, "noise");
  const inputsPath = takeString(args, "inputs");
  const inputSeed = takeInt(args, "input-seed", 0, 0xffffffff);
  const constant = takeString(args, "constant-input");
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
      net = new SornNetwork({ params, seed, phase: phase as never, freeze, noise, records: callbacks, recordEvery: every });
    }
    const nu = net.params.nu;
    let input: InputSource;
    let description: unknown;
    if (inputsPath) {
      input = matrixInput(readInputs(inputsPath), net.t);
      description = { kind: "file", path: inputsPath };
    } else if (constant !== undefined) {
      const pattern = constant.split(",").map(Number);
      input = constantInput(pattern);
      description = { kind: "constant", pattern };
    } else if (nu === 0) {
      input = zeroInput(0);
      description = { kind: "none" };
    } else {
      const s = inputSeed ?? net.seed + 1000;
      input = uniformInput(nu, s);
      description = { kind: "uniform", seed: s };
    }
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
