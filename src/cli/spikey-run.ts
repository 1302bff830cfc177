/**
 * `sorn spikey run PRESET --seeds K [--set key=value …] [--workers W] [--json OUT.json]`: seeds
 * 0…K−1 of a preset on the worker pool (`spikey.run`), a table on stdout, and OUT.json with
 * `results` (one row per seed: rate_by_state, margin, accuracy, flatness, threshold, the whole
 * spec used and its hash) and the preset's criterion with its verdict.
 */
import { spikeyRunKind } from "../experiments/spikey/kind";
import type { SpikeyJobSpec, SpikeyRow } from "../experiments/spikey/job";
import { presetSpec } from "../experiments/spikey/job";
import { findPreset, PRESETS } from "../models/spikey/presets";
import { SpikeyNetwork } from "../models/spikey/network";
import { CliError, rejectLeftovers, takeInt, type ParsedArgs } from "./args";
import { finish, runPresetJobs, takeJsonPath } from "./preset-pool";
import type { PresetOutput as CliIo } from "./preset-output";
import { takeWorkers } from "./workers-arg";

/** The preset's pass criterion over the rows (issue 17 §5: ≥ 8 of 10 positive margins; a control flat within 0.02). */
export function spikeyCriterion(preset: string, rows: readonly SpikeyRow[]): { criterion: string; value: string; pass: boolean } {
  if (preset.endsWith("control")) {
    const flat = rows.filter((r) => r.flatness <= 0.02).length;
    return { criterion: "rates equal across states within 0.02 (max − min ≤ 0.02) in every seed", value: `${flat}/${rows.length} flat; worst ${Math.max(...rows.map((r) => r.flatness)).toFixed(4)}`, pass: flat === rows.length };
  }
  const positive = rows.filter((r) => r.margin > 0).length;
  const need = Math.ceil(0.8 * rows.length);
  return { criterion: `held-out margin > 0 in ≥ 80 % of seeds (${need} of ${rows.length})`, value: `${positive}/${rows.length} positive`, pass: positive >= need };
}

export async function spikeyRun(args: ParsedArgs, set: Readonly<Record<string, unknown>>, io: CliIo): Promise<string> {
  const name = args.positional[1];
  const preset = name === undefined ? undefined : findPreset(name);
  if (!preset) throw new CliError(`spikey run: PRESET must be one of ${PRESETS.map((p) => p.name).join(", ")}${name ? `, got '${name}'` : ""}`);
  const seeds = takeInt(args, "seeds", 1, 100_000) ?? 10;
  const train = takeInt(args, "train", 1);
  const evaluate = takeInt(args, "evaluate", 1);
  const out = takeJsonPath(args);
  const workers = takeWorkers(args);
  rejectLeftovers(args, "spikey run");
  // Build seed 0's network once here, so bad keys fail before any worker starts.
  new SpikeyNetwork(presetSpec(preset, 0, set).spec);
  const specs: SpikeyJobSpec[] = Array.from({ length: seeds }, (_, seed) => ({ preset: preset.name, seed, set, train, evaluate }));
  const { rows, seconds } = await runPresetJobs(`spikey ${preset.name}`, spikeyRunKind, specs, workers, io, (s, r) => `seed ${s.seed}: margin ${r.margin.toFixed(4)}, accuracy ${r.accuracy.toFixed(2)}, flatness ${r.flatness.toFixed(4)}`);
  const states = Object.keys(rows[0].rate_by_state).sort();
  io.stdout(["seed  " + states.map((s) => `r(${s})`.padStart(8)).join("") + "   margin  accuracy", ...rows.map((r) => String(r.seed).padEnd(6) + states.map((s) => (r.rate_by_state[s] ?? NaN).toFixed(3).padStart(8)).join("") + r.margin.toFixed(4).padStart(9) + r.accuracy.toFixed(2).padStart(10))].join("\n") + "\n");
  const verdict = spikeyCriterion(preset.name, rows);
  io.stdout(`${verdict.criterion}: ${verdict.value} → ${verdict.pass ? "PASS" : "FAIL"}${preset.exploratory ? " (exploratory)" : ""}\n`);
  return finish(`spikey ${preset.name}`, out, { settings: { preset: preset.name, seeds, set, train: train ?? preset.train, evaluate: evaluate ?? preset.evaluate, workers }, results: rows, summary: verdict, seconds }, specs.length, workers);
}
