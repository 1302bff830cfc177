import { SornInputError } from "../models/params/error";
import { parseInputSeed, parseSeed } from "../models/params/seed";

/** Raised for a bad command-line argument; the CLI prints it on one line and exits 2. */
export class CliError extends Error {}

/** `--key value`, `--key=value` and bare `--flag` pairs plus positional arguments. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** Split argv into positional arguments and options; `--` ends option parsing. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (options.has(key)) throw new CliError(`--${key}: given twice`);
    if (eq > 0) options.set(key, a.slice(eq + 1));
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) options.set(key, argv[++i]);
    else options.set(key, true);
  }
  return { positional, options };
}

/** Take an option's string value (error if it is a bare flag), removing it from the map. */
export function takeString(args: ParsedArgs, key: string): string | undefined {
  const v = args.options.get(key);
  args.options.delete(key);
  if (v === true) throw new CliError(`--${key}: needs a value`);
  return v;
}

/** Take an integer option within [min, max]. */
export function takeInt(args: ParsedArgs, key: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const v = takeString(args, key);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^-?\d+$/.test(v.trim()) || n < min || n > max) throw new CliError(`--${key}: must be an integer in [${min}, ${max}], got '${v}'`);
  return n;
}

/**
 * Take an option's text through a codec parser (which throws SornInputErrors naming `key`);
 * its error becomes "--key: message", the codec's wording.
 */
export function takeParsed<T>(args: ParsedArgs, key: string, parse: (text: string, argument: string) => T): T | undefined {
  const v = takeString(args, key);
  if (v === undefined) return undefined;
  try {
    return parse(v, key);
  } catch (e) {
    if (e instanceof SornInputError) throw new CliError(`--${key}: ${e.message.slice(e.argument.length + 2)}`);
    throw e;
  }
}

/** Take a seed option (the codec's seed spec: an integer in [0, 2^32)). */
export function takeSeed(args: ParsedArgs, key: string): number | undefined {
  return takeParsed(args, key, parseSeed);
}

/** Take an input-seed option: a seed, or "auto" for the default (seed + 1000) mod 2^32. */
export function takeInputSeed(args: ParsedArgs, key: string): number | null | undefined {
  return takeParsed(args, key, parseInputSeed);
}

/** Take a boolean option: true/false/yes/no/1/0, or a bare flag meaning true. */
export function takeBool(args: ParsedArgs, key: string): boolean | undefined {
  const v = args.options.get(key);
  args.options.delete(key);
  if (v === undefined) return undefined;
  if (v === true) return true;
  const s = v.toLowerCase();
  if (["true", "yes", "1", "on"].includes(s)) return true;
  if (["false", "no", "0", "off"].includes(s)) return false;
  throw new CliError(`--${key}: must be true or false, got '${v}'`);
}

/** Take a comma-separated list. */
export function takeList(args: ParsedArgs, key: string): string[] | undefined {
  const v = takeString(args, key);
  return v === undefined ? undefined : v.split(",").map((s) => s.trim()).filter(Boolean);
}

/** Throw a CliError naming the first positional argument past the `count` that `command` takes (its name included). */
export function rejectExtraPositionals(args: ParsedArgs, command: string, count = 1): void {
  const extra = args.positional[count];
  if (extra !== undefined) throw new CliError(`${command}: unexpected argument '${extra}' (see --help)`);
}

/** Fail on any option nobody took. */
export function rejectLeftovers(args: ParsedArgs, command: string): void {
  const left = [...args.options.keys()];
  if (left.length) throw new CliError(`--${left[0]}: unknown option for '${command}' (see --help)`);
}
