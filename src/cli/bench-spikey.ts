/**
 * `npm run bench:spikey [-- --patterns P] [--runs R] [--seeds K] [--workers W] [--no-full] [--out FILE]`:
 * the Spikey E1 network's speed, measured not asserted (issue 17: ≥ 100,000 simulated ms per
 * second on one core; the whole 10-seed E1 run, 400 k ms each, in ≤ 60 s on 2 workers). Prints:
 * - simulated ms per second of the E1 network (121 units, RLSTDP on, per-step reward) over P
 *   patterns × 500 ms from a fresh network (default 100), R runs (default 5): median, min, max,
 *   by wall clock and by this process's CPU time (the two differ when other work shares the cores);
 * - the same for the lr = 0 control;
 * - which loop runs the RLSTDP update (the WebAssembly kernel, or the JavaScript pass without WebAssembly);
 * - the whole E1 training run (800 patterns = 400 k ms per seed, no held-out phase) for seeds
 *   0 … K−1 (default 10) on W workers (default 2), wall seconds.
 * Writes the numbers as JSON (default bench/results-spikey.json).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname } from "node:path";
import { presetSpec } from "../experiments/spikey/job";
import { spikeyRunKind } from "../experiments/spikey/kind";
import { SpikeyNetwork } from "../models/spikey/network";
import { findPreset } from "../models/spikey/presets";
import { SpikeyStdp } from "../models/spikey/synapses/rlstdp";
import { runJobs } from "../pool/node";
import { parseArgs, rejectLeftovers, takeBool, takeInt, takeString } from "./args";

const median = (a: number[]): number => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Simulated ms per wall second and per CPU second of `patterns` ticks of a preset's network (seed `seed`). */
export function benchPreset(preset: string, patterns: number, seed: number): { wall: number; cpu: number } {
  const { spec, game } = presetSpec(findPreset(preset)!, seed);
  const net = new SpikeyNetwork(spec);
  let state = game.reset();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let k = 0; k < patterns; k++) {
    const a = net.tick(state);
    net.reward(state, a);
    state = game.step(a);
  }
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const ms = patterns * net.steps;
  return { wall: ms / wall, cpu: ms / ((c.user + c.system) / 1e6) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const patterns = takeInt(args, "patterns", 1) ?? 100;
  const runs = takeInt(args, "runs", 1) ?? 5;
  const seeds = takeInt(args, "seeds", 1) ?? 10;
  const workers = takeInt(args, "workers", 1) ?? 2;
  const noFull = takeBool(args, "no-full") ?? false;
  const out = takeString(args, "out") ?? "bench/results-spikey.json";
  rejectLeftovers(args, "bench:spikey");
  const probe = new SpikeyNetwork(presetSpec(findPreset("e1-rate-xor")!, 0).spec).synapses;
  const engine = probe instanceof SpikeyStdp ? probe.engine : "n/a";
  const result: Record<string, unknown> = { machine: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`, load_before: loadavg()[0], stdp_engine: engine };
  console.log(`RLSTDP update: ${engine === "wasm" ? "WebAssembly kernel" : "JavaScript pass"}`);
  for (const preset of ["e1-rate-xor", "e1-control"]) {
    const samples = Array.from({ length: runs }, (_, r) => benchPreset(preset, patterns, r));
    const wall = samples.map((s) => s.wall);
    const cpu = samples.map((s) => s.cpu);
    result[preset] = { patterns, runs, wall_ms_per_s: { median: Math.round(median(wall)), min: Math.round(Math.min(...wall)), max: Math.round(Math.max(...wall)) }, cpu_ms_per_s: { median: Math.round(median(cpu)), min: Math.round(Math.min(...cpu)), max: Math.round(Math.max(...cpu)) } };
    console.log(`${preset}: ${patterns} patterns × 500 ms, ${runs} runs: median ${Math.round(median(wall)).toLocaleString("en")} simulated ms per wall second (min ${Math.round(Math.min(...wall)).toLocaleString("en")}, max ${Math.round(Math.max(...wall)).toLocaleString("en")}); ${Math.round(median(cpu)).toLocaleString("en")} per CPU second (target ≥ 100,000)`);
  }
  if (!noFull) {
    const t0 = performance.now();
    await runJobs(Array.from({ length: seeds }, (_, seed) => spikeyRunKind.job({ preset: "e1-rate-xor", seed, train: 800, evaluate: 0 })), { workers });
    const seconds = (performance.now() - t0) / 1000;
    result.full_e1 = { seeds, workers, ms_per_seed: 400_000, seconds: Math.round(seconds * 10) / 10 };
    console.log(`whole E1 run: ${seeds} seeds × 400,000 ms on ${workers} workers in ${seconds.toFixed(1)} s (target ≤ 60 s)`);
  }
  result.load_after = loadavg()[0];
  console.log(`load average ${String(result.load_before)} before, ${loadavg()[0]} after (cores: ${cpus().length})`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 1) + "\n");
  console.log(`wrote ${out}`);
}

void main();
