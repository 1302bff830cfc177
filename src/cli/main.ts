/** The `sorn` command: see `run-cli.ts` (`npm run sorn -- --help`); `sweep` and `evolve` in `sweep-main.ts`. */
import { runCli } from "./run-cli";
import { isSweepCommand, sweepMain } from "./sweep-main";

const argv = process.argv.slice(2);
(isSweepCommand(argv) ? sweepMain(argv) : runCli(argv)).then((code) => {
  process.exitCode = code;
});
