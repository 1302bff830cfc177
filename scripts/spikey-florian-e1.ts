/**
 * Issue 17, E1 with Florian's own rule: does the E1 rate-coded XOR network learn XOR in its
 * WEIGHTS when trained with Florian (2007)'s MSTDPET (and MSTDP), scored on held-out patterns?
 *
 * `npx tsx scripts/spikey-florian-e1.ts [--seeds 0-9] [--arms mstdpet,mstdp,control] [--train 800]
 *   [--evaluate 100] [--json OUT.json]` (run it under `nice -n 10`; ~10–40 s of CPU per seed and arm).
 *
 * What it runs. The `e1-rate-xor` preset (presets.ts; Spikey's E1 configuration, spec spikey.md §3:
 * 60 inputs in 2 groups of 30, half inhibitory; 60 hidden + 1 output, feed-forward, w ~ U(0, 0.2),
 * max_weight 5; LIF threshold 16, leak 0.05, refractory 0, prob_rand_fire 0.15; a '1' bit = 40 Hz;
 * per-spike reward +1 / −1 by the pattern's XOR; 800 training patterns × 500 ms, then 100 held-out
 * patterns with learning off) with only the synapse part swapped, and the RLSTDP-only keys
 * (stdp_window, trace_decay) removed. The protocol and the metrics are `runSpikeyJob`'s own
 * (src/experiments/spikey/job.ts): held-out rate_by_state, margin = min over XOR-1 states − max
 * over XOR-0 states, accuracy against the threshold fixed on the training tail, flatness; plus the
 * training-tail margin. The arms are registered as extra presets in this process only (PRESETS is
 * pushed to; nothing under src/ changes), so `runSpikeyJob` runs them exactly as `spikey run` does.
 *
 * The constants, chosen before any result was seen (not tuned):
 * - mstdpet: γ = 0.625 (mV per unit eligibility·reward), τz = 25 ms, τ± = 20 ms, A+ = 1, A− = −1.
 *   Source: Spikey's spikey/experiments/florian_rate.py marks these as the paper's values
 *   ("learning_rate 0.625 / 25  # v/ gamma_0 = gamma / Tau_z", "T_z = 25", "Tau_+ = Tau_- = 20ms");
 *   A± = ±1 as Florian's Fig. 1. Our MSTDPET takes γ itself (z jumps by ξ/τz, dw/dt = γ r z).
 * - mstdp: γ = 0.1, τ± = 20 ms, A± = ±1. Source: BindsNET's examples/XOR/mstdp.py (the same
 *   60-60-1 rate-XOR network, w bounds ±5 by input polarity, 200 × 4 patterns of 500 ms, nu = 0.1);
 *   not checked against the paper's text, which we could not read here.
 * - control: the mstdpet arm with γ = 0 (no weight changes at all, so it is the control of both
 *   arms: the rule does not touch the neurons or the random streams).
 * Everything else is Spikey's E1 configuration (including prob_rand_fire 0.15, which Spikey's
 * code says is "seemingly 0 in paper but critical to learning", and its U(0, 0.2) initial weights).
 *
 * Prints one table per arm (lastXOR: the label of the last training pattern, `lastTrainXor`) and
 * a summary (positive margins k/n, mean ± sd of margin and accuracy; flatness for the control);
 * `--json` writes the rows (without the spec) and the summary.
 */
import { writeFileSync } from "node:fs";
import { meanSd } from "../src/experiments/counting/sweep";
import { runSpikeyJob, type SpikeyRow } from "../src/experiments/spikey/job";
import { Logic } from "../src/models/spikey/games/logic";
import { findPreset, PRESETS, type SpikeyPreset } from "../src/models/spikey/presets";
import { STREAMS, streamRng } from "../src/models/spikey/rng";

interface Arm {
  readonly name: string;
  readonly synapses: "MSTDPET" | "MSTDP";
  readonly rule: Readonly<Record<string, number>>;
}

/** The arms: Florian's rule constants per rule (see the doc comment for the sources). */
export const ARMS: readonly Arm[] = [
  { name: "mstdpet", synapses: "MSTDPET", rule: { learning_rate: 0.625, tau_z: 25, tau_plus: 20, tau_minus: 20, a_plus: 1, a_minus: -1 } },
  { name: "mstdp", synapses: "MSTDP", rule: { learning_rate: 0.1, tau_plus: 20, tau_minus: 20, a_plus: 1, a_minus: -1 } },
  { name: "control", synapses: "MSTDPET", rule: { learning_rate: 0, tau_z: 25, tau_plus: 20, tau_minus: 20, a_plus: 1, a_minus: -1 } },
];

/** E1 with the arm's synapse part and keys; registered in PRESETS under `florian-e1-<arm>`. */
export function armPreset(arm: Arm): SpikeyPreset {
  const base = findPreset("e1-rate-xor");
  if (!base) throw new Error("preset e1-rate-xor is missing");
  const { stdp_window: _w, trace_decay: _d, learning_rate: _lr, ...rest } = base.params as Record<string, unknown>;
  return {
    ...base,
    name: `florian-e1-${arm.name}`,
    description: `E1 with ${arm.synapses} (${JSON.stringify(arm.rule)})`,
    parts: { ...base.parts, synapses: arm.synapses },
    params: { ...rest, ...arm.rule },
  };
}

/**
 * The XOR label of the last training pattern of `seed` (the Logic game ignores the action, so its
 * state sequence can be replayed alone, as runSpikeyJob's makeGame draws it). A rule that only
 * follows the current pattern's reward leaves weights that reflect this label, not XOR.
 */
export function lastTrainXor(seed: number, train: number): number {
  const game = new Logic("XOR", streamRng(seed, STREAMS.game));
  let state = game.reset();
  for (let k = 0; k < train - 1; k++) state = game.step(0);
  const [a, b] = state as readonly number[];
  return a ^ b;
}

function parseSeeds(text: string): number[] {
  const m = /^(\d+)-(\d+)$/.exec(text);
  if (m) return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i);
  const seeds = text.split(",").map(Number);
  if (seeds.some((s) => !Number.isInteger(s) || s < 0)) throw new Error(`--seeds: '${text}' is not a range a-b or a list of seeds`);
  return seeds;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

const mean = (xs: number[]): number => meanSd(xs).mean;
const sd = (xs: number[]): number => meanSd(xs).sd;

function main(): void {
  if (process.argv.includes("--help")) {
    console.log("npx tsx scripts/spikey-florian-e1.ts [--seeds 0-9] [--arms mstdpet,mstdp,control] [--train 800] [--evaluate 100] [--json OUT.json]");
    return;
  }
  const seeds = parseSeeds(arg("seeds") ?? "0-9");
  const names = (arg("arms") ?? "mstdpet,mstdp,control").split(",");
  const train = arg("train") === undefined ? undefined : Number(arg("train"));
  const evaluate = arg("evaluate") === undefined ? undefined : Number(arg("evaluate"));
  const out = arg("json");
  const arms = names.map((n) => {
    const a = ARMS.find((x) => x.name === n);
    if (!a) throw new Error(`--arms: unknown arm '${n}' (${ARMS.map((x) => x.name).join(", ")})`);
    return a;
  });
  for (const a of arms) (PRESETS as SpikeyPreset[]).push(armPreset(a));
  const results: Record<string, Omit<SpikeyRow, "spec">[]> = {};
  const summary: Record<string, unknown>[] = [];
  /** Write what there is so far (after every seed, so a stopped run keeps its rows). */
  const save = () => out && writeFileSync(out, JSON.stringify({ arms: arms.map((x) => ({ ...x, preset: armPreset(x) })), results, summary }, null, 1));
  for (const a of arms) {
    const rows: Omit<SpikeyRow, "spec">[] = [];
    console.log(`\n## ${a.name}: ${a.synapses} ${JSON.stringify(a.rule)}`);
    console.log("seed   r(00)   r(01)   r(10)   r(11)   margin  acc   tail_margin  thr     wsum0→wsum1   lastXOR  s");
    for (const seed of seeds) {
      const t0 = performance.now();
      const { spec: _spec, ...row } = runSpikeyJob({ preset: `florian-e1-${a.name}`, seed, train, evaluate });
      const s = (performance.now() - t0) / 1000;
      rows.push(row);
      const r = row.rate_by_state;
      console.log(`${String(seed).padEnd(5)}${["00", "01", "10", "11"].map((k) => (r[k] ?? NaN).toFixed(3).padStart(8)).join("")}${row.margin.toFixed(4).padStart(9)}${row.accuracy.toFixed(2).padStart(6)}${row.train_tail_margin.toFixed(4).padStart(12)}${row.threshold.toFixed(3).padStart(8)}   ${row.weight_sum_start.toFixed(0)}→${row.weight_sum_end.toFixed(0)}   ${lastTrainXor(seed, row.train_patterns)}        ${s.toFixed(1)}`);
      results[a.name] = rows;
      save();
    }
    const m = rows.map((x) => x.margin);
    const acc = rows.map((x) => x.accuracy);
    const tail = rows.map((x) => x.train_tail_margin);
    const flat = rows.map((x) => x.flatness);
    const meanRates = Object.fromEntries(["00", "01", "10", "11"].map((k) => [k, +mean(rows.map((x) => x.rate_by_state[k] ?? NaN)).toFixed(3)]));
    const sm = {
      arm: a.name,
      seeds: rows.length,
      heldout_positive: `${m.filter((x) => x > 0).length}/${rows.length}`,
      margin_mean: +mean(m).toFixed(4),
      margin_sd: +sd(m).toFixed(4),
      accuracy_mean: +mean(acc).toFixed(3),
      accuracy_sd: +sd(acc).toFixed(3),
      tail_positive: `${tail.filter((x) => x > 0).length}/${rows.length}`,
      tail_margin_mean: +mean(tail).toFixed(4),
      flat_within_0_02: `${flat.filter((x) => x <= 0.02).length}/${rows.length}`,
      flatness_max: +Math.max(...flat).toFixed(4),
      mean_rate_by_state: meanRates,
    };
    summary.push(sm);
    console.log(JSON.stringify(sm));
    save();
  }
}

main();
