/**
 * `sorn rnn eval MODEL.json --lif --s S --trials K [--seed N] [--json OUT.json]`: the model's LIF
 * network at scaling factor s (λ = 1/s; src/models/lif/) on K seeded trials of its task. Writes
 * { task, s, trials, seed, correct, accuracy, rates_hz: { all, exc, inh, per_unit }, elapsed_ms }
 * and prints a summary line on stderr. Exit 0, or 2 on bad input.
 */
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { evaluateLif } from "../models/lif/evaluate";
import { LifInputError, S_RANGE } from "../models/lif/network";
import { modelFromJson, RateModelFileError, type RateModel } from "../models/rate-rnn/model-file";
import { CliError, rejectLeftovers, takeBool, takeInt, takeSeed, takeString, type ParsedArgs } from "./args";

interface CliIo {
  stderr(text: string): void;
}

export const RNN_EVAL_HELP = `rnn eval MODEL.json --lif --s S --trials K [--seed N] [--json OUT.json]
  the LIF network (W/s, 0.05 ms steps) of a trained rate model on K trials: accuracy, rates (Hz)
`;

/** Read and validate a model file for the rnn subcommands. */
export function readModel(path: string | undefined): RateModel {
  if (!path) throw new CliError("rnn: a model file (MODEL.json) is required");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new CliError(`${path}: cannot read the model file`);
  }
  if (text.startsWith("PK")) throw new CliError(`${path}: an .npz export (for Python); rnn eval and convert read the model's JSON file (rnn train --out MODEL.json)`);
  try {
    return modelFromJson(text, path);
  } catch (e) {
    if (e instanceof RateModelFileError) throw new CliError(e.message);
    throw e;
  }
}

/** `sorn rnn eval …`; resolves to the exit code. */
export async function rnnEval(args: ParsedArgs, io: CliIo): Promise<number> {
  const lif = takeBool(args, "lif") ?? false;
  const sText = takeString(args, "s");
  const trials = takeInt(args, "trials", 1, 100000) ?? 20;
  const seed = takeSeed(args, "seed") ?? 0;
  const json = takeString(args, "json");
  rejectLeftovers(args, "rnn eval");
  if (!lif) throw new CliError("rnn eval: only --lif is implemented (the LIF network of the model)");
  if (sText === undefined || sText.trim() === "") throw new CliError("--s: required: the scaling factor s (λ = 1/s), e.g. --s 25 (rnn convert finds the best)");
  const s = Number(sText);
  if (!Number.isFinite(s) || s < S_RANGE.min || s > S_RANGE.max) throw new CliError(`--s: must be a number in [${S_RANGE.min}, ${S_RANGE.max}] (λ = 1/s), got '${sText}'`);
  const model = readModel(args.positional[2]);
  const t0 = performance.now();
  let e: ReturnType<typeof evaluateLif>;
  try {
    e = evaluateLif(model, s, trials, seed);
  } catch (err) {
    if (err instanceof LifInputError) throw new CliError(`rnn eval: ${err.message}`);
    throw err;
  }
  const elapsed = performance.now() - t0;
  const result = { task: model.task, ...e, seed, elapsed_ms: Math.round(elapsed) };
  if (json) {
    mkdirSync(dirname(json), { recursive: true });
    writeFileSync(json, JSON.stringify(result, null, 1));
  }
  io.stderr(
    `rnn eval ${model.task} LIF s=${s}: accuracy ${e.accuracy.toFixed(2)} (${e.correct}/${trials}), rates ${e.rates_hz.all.toFixed(1)} Hz ` +
      `(E ${e.rates_hz.exc.toFixed(1)}, I ${e.rates_hz.inh.toFixed(1)}), ${(elapsed / 1000).toFixed(1)} s${json ? ` → ${json}` : ""}\n`,
  );
  return 0;
}
