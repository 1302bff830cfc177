/**
 * `sorn cartpole replay TRACE.json [--trace NAME] [--out OUT.json]`: replay a recorded action
 * sequence in the Gymnasium-exact cart-pole (src/models/cartpole) and write what it gives, in
 * the layout of fixtures/cartpole/gymnasium-traces.json.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseTrace, pickTrace, replay } from "../models/cartpole/replay";
import { SornInputError } from "../models/params/error";
import { CliError, rejectLeftovers, takeString, type ParsedArgs } from "./args";

export const CARTPOLE_HELP = `cartpole replay: Gymnasium 1.3.0's CartPole-v0/-v1, bit for bit. TRACE is a JSON object with
env ("CartPole-v0" | "CartPole-v1"), s0 (the float64 start state [x, x_dot, theta, theta_dot]),
actions (0 = push left, 1 = push right) and optionally integrator ("euler", the default, or
"semi-implicit euler") and sutton_barto_reward (true | false); a file holding a map or list of
traces (as fixtures/cartpole/gymnasium-traces.json) needs --trace NAME (a key, or a list index).
OUT (stdout without --out) holds the trace's fields and states (float64, after each step), obs
(float32, one more: the start's first), rewards, terminated, truncated and length.
`;

/** Where `sorn cartpole` writes OUT when no --out is given. */
export interface CartPoleOutput {
  stdout(text: string): void;
}

/** `sorn cartpole …`; returns the message for stderr. */
export function cartpole(args: ParsedArgs, io: CartPoleOutput): string {
  const [, sub, path, ...extra] = args.positional;
  if (sub !== "replay") throw new CliError(sub === undefined ? "cartpole: needs a subcommand: replay TRACE.json --out OUT.json" : `cartpole: unknown subcommand '${sub}' (subcommands: replay, train)`);
  if (path === undefined) throw new CliError("cartpole replay: needs a TRACE.json file");
  if (extra.length) throw new CliError(`cartpole replay: one TRACE file only, got also '${extra[0]}'`);
  const name = takeString(args, "trace");
  const out = takeString(args, "out");
  rejectLeftovers(args, "cartpole replay");

  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new CliError(`cannot read '${path}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CliError(`'${path}' is not valid JSON`);
  }
  let result;
  try {
    result = replay(parseTrace(pickTrace(raw, name)));
  } catch (e) {
    if (!(e instanceof SornInputError)) throw e;
    throw new CliError(`'${path}'${name === undefined ? "" : ` (trace ${name})`}: ${e.argument === "trace" ? e.message.slice("trace: ".length) : e.message}`);
  }

  const doc = JSON.stringify(result) + "\n";
  if (out === undefined) io.stdout(doc);
  else {
    try {
      writeFileSync(out, doc);
    } catch (e) {
      throw new CliError(`--out: cannot write '${out}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  const t = result.terminated.indexOf(true);
  const u = result.truncated.indexOf(true);
  const end = t >= 0 ? `terminated at step ${t + 1}` : u >= 0 ? `truncated at step ${u + 1}` : "neither terminated nor truncated";
  const lines = result.warnings.map((w) => `warning: ${w}`);
  lines.push(`replayed ${result.length} steps of ${result.env} (${result.integrator}): ${end}, return ${result.rewards.reduce((a, b) => a + b, 0)}${out === undefined ? "" : `; wrote ${out}`}`);
  return lines.join("\n");
}
