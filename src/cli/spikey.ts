/**
 * `sorn spikey …` (issue 17): Spikey-style modular spiking networks.
 *   sorn spikey list [--json]
 *   sorn spikey run PRESET --seeds K [--set key=value …] [--workers W] [--json OUT.json]
 *   sorn spikey florian-fig1 --rule mstdpet|mstdp|spikey-rlstdp [--json OUT.json]
 * `--set` may repeat (so this command splits its own argv); its value is read as JSON when it
 * parses (numbers, true/false, lists, objects) and as text otherwise; the part's key checks it.
 */
import { CATALOGUE, NETWORK_KEYS } from "../models/spikey/catalogue";
import { MODIFIER_KEYS } from "../models/spikey/parts/modifiers";
import { PRESETS } from "../models/spikey/presets";
import { SornInputError } from "../models/params/error";
import { CliError, parseArgs, rejectLeftovers, takeBool } from "./args";
import type { PresetOutput as CliIo } from "./preset-output";
import { spikeyFig1 } from "./spikey-fig1";
import { spikeyRun } from "./spikey-run";

export const SPIKEY_HELP = `spikey (Spikey-style modular spiking networks, issue 17):
  sorn spikey list [--json]          presets and every part with its keys (--json: the schemas)
  sorn spikey run PRESET [--seeds K] [--set key=value ...] [--workers W] [--json OUT.json]
                                     seeds 0…K−1 of a preset (K = 10 by default); one row per seed (rate_by_state,
                                     margin, accuracy, flatness, the whole spec used)
  sorn spikey florian-fig1 --rule mstdpet|mstdp|spikey-rlstdp [--json OUT.json]
                                     Florian 2007 Fig. 1 on one synapse: t (ms) and w after each ms
`;

/** Split off every `--set k=v` (repeatable) before the shared parser sees the rest. */
export function takeSets(argv: readonly string[]): { rest: string[]; set: Record<string, unknown> } {
  const rest: string[] = [];
  const set: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a !== "--set" && !a.startsWith("--set=")) {
      rest.push(a);
      continue;
    }
    const pair = a === "--set" ? argv[++i] : a.slice(6);
    const eq = pair === undefined ? -1 : pair.indexOf("=");
    if (pair === undefined || eq <= 0) throw new CliError(`--set: expects key=value, got '${pair ?? ""}'`);
    const key = pair.slice(0, eq);
    const text = pair.slice(eq + 1);
    if (key in set) throw new CliError(`--set: '${key}' given twice`);
    try {
      set[key] = JSON.parse(text);
    } catch {
      set[key] = text;
    }
  }
  return { rest, set };
}

function list(json: boolean, io: CliIo): void {
  const parts = Object.fromEntries(Object.entries(CATALOGUE).map(([slot, ps]) => [slot, ps.map((p) => ({ name: p.name, description: p.description, keys: p.keys }))]));
  const presets = PRESETS.map((p) => ({ name: p.name, description: p.description, exploratory: p.exploratory, parts: p.parts, game: p.game, train: p.train, evaluate: p.evaluate }));
  if (json) {
    io.stdout(JSON.stringify({ presets, network: NETWORK_KEYS, parts, modifiers: MODIFIER_KEYS }, null, 1) + "\n");
    return;
  }
  const lines = ["Presets:", ...presets.map((p) => `  ${p.name.padEnd(18)} ${p.exploratory && !p.description.includes("exploratory") ? "(exploratory) " : ""}${p.description}`), "Parts:"];
  for (const [slot, ps] of Object.entries(parts)) lines.push(`  ${slot}: ${ps.map((p) => p.name).join(", ")}`);
  lines.push("Modifiers: " + Object.keys(MODIFIER_KEYS).join(", "), "(--json for every key's type, default, range and description)");
  io.stdout(lines.join("\n") + "\n");
}

/** Run `sorn spikey …`; resolves to the exit status (2 for bad input, with one line naming the key). */
export async function runSpikeyCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { rest, set } = takeSets(argv);
    const args = parseArgs(rest);
    const [sub] = args.positional;
    if (!sub || args.options.has("help")) {
      io.stdout(SPIKEY_HELP);
      return sub || args.options.has("help") ? 0 : 2;
    }
    if (sub === "list") {
      const json = takeBool(args, "json") ?? false;
      rejectLeftovers(args, "spikey list");
      list(json, io);
      return 0;
    }
    if (sub === "run") io.stderr((await spikeyRun(args, set, io)) + "\n");
    else if (sub === "florian-fig1") io.stderr(spikeyFig1(args, io) + "\n");
    else throw new CliError(`spikey: unknown subcommand '${sub}' (list, run, florian-fig1)`);
    return 0;
  } catch (e) {
    if (e instanceof CliError || e instanceof SornInputError) {
      io.stderr(`sorn: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
