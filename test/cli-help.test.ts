/**
 * `sorn --help` lists exactly the commands the dispatcher runs (`COMMANDS` in run-cli.ts, which
 * also routes sweep/evolve as main.ts does), each with a one-line summary and its sub-commands,
 * and the sub-commands listed are the ones each command's own "unknown subcommand" error names.
 */
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/run-cli";
import { EVOLVE_HELP } from "../src/cli/evolve";
import { SPIKEY_HELP } from "../src/cli/spikey";
import { SWEEP_HELP } from "../src/cli/sweep";
import { cli, spawnCli } from "./cli-helpers";

/** The "Commands:" block of the help: name → { summary, sub-commands }. */
function commandsBlock(help: string): Map<string, { summary: string; subcommands: string[] }> {
  const lines = help.split("\n");
  const start = lines.indexOf("Commands:");
  expect(start).toBeGreaterThan(0);
  const block = new Map<string, { summary: string; subcommands: string[] }>();
  let last: { summary: string; subcommands: string[] } | undefined;
  for (const line of lines.slice(start + 1)) {
    if (line === "") break;
    const sub = /^ {13,}sub-commands: (.+)$/.exec(line);
    const row = /^ {2}(\S+) +(\S.*)$/.exec(line);
    if (sub && last) last.subcommands = sub[1].split(", ");
    else if (row) block.set(row[1], (last = { summary: row[2], subcommands: [] }));
    else throw new Error(`unexpected line in Commands: '${line}'`);
  }
  return block;
}

describe("sorn --help", () => {
  it("lists exactly the dispatched commands, each with a summary and its sub-commands", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    const block = commandsBlock(r.stdout);
    expect([...block.keys()]).toEqual(COMMANDS.map((c) => c.name));
    for (const c of COMMANDS) {
      expect(block.get(c.name)!.summary.length, c.name).toBeGreaterThan(10);
      expect(block.get(c.name)!.subcommands, c.name).toEqual([...c.subcommands]);
      expect(r.stdout, c.name).toMatch(new RegExp(`^  npm run sorn -- ${c.name} `, "m"));
    }
    for (const own of [SPIKEY_HELP, SWEEP_HELP, EVOLVE_HELP]) expect(r.stdout).toContain(own);
  });

  it("every listed command is dispatched; an unknown one names them all", async () => {
    for (const c of COMMANDS) expect((await cli(c.name, "zzz-not-a-thing")).stderr, c.name).not.toMatch(/unknown command/);
    const bad = await cli("zzz");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`sorn: unknown command 'zzz' (commands: ${COMMANDS.map((c) => c.name).join(", ")}; see --help)\n`);
  });

  it("the sub-commands listed are the ones each command's dispatcher names", async () => {
    for (const c of COMMANDS.filter((x) => x.subcommands.length)) {
      const r = await cli(c.name, "zzz-not-a-thing");
      expect(r.code, c.name).toBe(2);
      const named = /unknown (?:subcommand|preset) 'zzz-not-a-thing' \((?:\w+: )?([^;)]+)/.exec(r.stderr);
      expect(named, `${c.name}: ${r.stderr}`).not.toBeNull();
      expect(named![1].split(", "), c.name).toEqual([...c.subcommands]);
    }
  });

  it("sweep and evolve, which runCli hands to sweepMain, give the same help in-process", async () => {
    for (const name of ["sweep", "evolve"]) expect(COMMANDS.some((c) => c.name === name)).toBe(true);
    expect((await cli("sweep", "--help")).stdout).toBe(SWEEP_HELP + "\n");
    expect((await cli("evolve", "--help")).stdout).toBe(EVOLVE_HELP + "\n");
    expect((await cli("rnn")).stderr).toBe("sorn: rnn: needs a subcommand (subcommands: train, eval, convert; see --help)\n");
  });

  it("the real command prints the same help", async () => {
    const r = spawnCli("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await cli("--help")).stdout);
  });
});

describe("commands without sub-commands", () => {
  it("refuse a stray argument with one line and exit status 2", async () => {
    for (const name of ["models", "lessons"]) {
      const r = await cli(name, "zzz");
      expect(r.code, name).toBe(2);
      expect(r.stderr).toBe(`sorn: ${name}: unexpected argument 'zzz' (see --help)\n`);
    }
  });
});
