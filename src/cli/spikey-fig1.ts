/** `sorn spikey florian-fig1 --rule R [--json OUT.json]`: Florian 2007 Fig. 1 (`src/models/spikey/synapses/florian-fig1.ts`). */
import { writeFileSync } from "node:fs";
import { FIG1, FIG1_RULES, florianFig1 } from "../models/spikey/synapses/florian-fig1";
import { CliError, rejectLeftovers, takeString, type ParsedArgs } from "./args";
import type { PresetOutput as CliIo } from "./preset-output";
import { takeJsonPath } from "./preset-pool";

export function spikeyFig1(args: ParsedArgs, io: CliIo): string {
  const rule = takeString(args, "rule");
  if (rule === undefined) throw new CliError(`spikey florian-fig1: --rule is required (${FIG1_RULES.join(", ")})`);
  const out = takeJsonPath(args);
  rejectLeftovers(args, "spikey florian-fig1");
  const curve = florianFig1(rule);
  let peak = 0;
  curve.w.forEach((w, i) => (peak = w > curve.w[peak] ? i : peak));
  const final = curve.w[curve.w.length - 1];
  io.stdout(`${rule}: w(0) ${curve.w[0].toFixed(5)}, final w(${FIG1.duration}) ${final.toFixed(5)}, peak ${curve.w[peak].toFixed(5)} at t = ${curve.t[peak]} ms\n`);
  if (out) writeFileSync(out, JSON.stringify({ rule, protocol: FIG1, convention: "w[i] is the weight at t[i] ms, after steps 0…t−1", t: curve.t, w: curve.w, final, peak: { t: curve.t[peak], w: curve.w[peak] } }) + "\n");
  return out ? `wrote ${out}` : "done";
}
