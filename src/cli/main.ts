/** The `sorn` command: see `run-cli.ts` (`npm run sorn -- --help`), which routes every command, `sweep` and `evolve` included. */
import { runCli } from "./run-cli";

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
