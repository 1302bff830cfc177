/**
 * The entry of `sorn sweep …` and `sorn evolve …` (run-cli.ts hands these two commands here): parse,
 * run, and print a CliError (or a spec's SornInputError) as one line with exit status 2.
 */
import { SornInputError } from "../models/params/error";
import { CliError, parseArgs } from "./args";
import { EVOLVE_HELP, evolveCommand } from "./evolve";
import { sweepCommand } from "./sweep";

const processIo = { stdout: (s: string) => void process.stdout.write(s), stderr: (s: string) => void process.stderr.write(s) };

/** Run `sorn sweep|evolve …`; resolves to the exit code. */
export async function sweepMain(argv: readonly string[], io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (argv[0] === "evolve" && (args.positional[1] === "help" || args.options.has("help"))) {
      io.stdout(EVOLVE_HELP + "\n");
      return 0;
    }
    if (argv[0] === "evolve") return await evolveCommand(args, io);
    if (args.options.has("help")) args.positional.splice(1, Infinity, "help");
    return await sweepCommand(args, io);
  } catch (e) {
    if (e instanceof CliError || e instanceof SornInputError) {
      io.stderr(`sorn: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
