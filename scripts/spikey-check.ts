/**
 * The Spikey experiments' pass criteria over seeds 0…K−1 (issue 17 §5, spec spikey.md §3):
 * E1 and E4 margin > 0 in ≥ 8 of 10 seeds; their lr = 0 controls flat (max − min of
 * rate_by_state ≤ 0.02). `npx tsx scripts/spikey-check.ts [K] [workers] [presets,…] [out.json] ['{"key": value}']`
 * (the last: --set keys for every run).
 */
import { writeFileSync } from "node:fs";
import { runJobs } from "../src/pool/node";
import { spikeyRunKind } from "../src/experiments/spikey/kind";

const seeds = Number(process.argv[2] ?? 10);
const workers = Number(process.argv[3] ?? 2);
const presets = (process.argv[4] ?? "e1-rate-xor,e1-control,e4-conditioning,e4-control").split(",");
const out = process.argv[5] ?? "spikey-check.json";
const set = process.argv[6] ? (JSON.parse(process.argv[6]) as Record<string, unknown>) : {};
const t0 = performance.now();
const jobs = presets.flatMap((preset) => Array.from({ length: seeds }, (_, seed) => spikeyRunKind.job({ preset, seed, set })));
const rows = await runJobs(jobs, { workers });
const seconds = (performance.now() - t0) / 1000;
const summary = presets.map((preset) => {
  const r = rows.filter((x) => x.preset === preset);
  const control = preset.endsWith("control");
  const positive = r.filter((x) => x.margin > 0).length;
  const flat = r.filter((x) => x.flatness <= 0.02).length;
  const states = Object.keys(r[0].rate_by_state);
  const meanRates = Object.fromEntries(states.map((s) => [s, +(r.reduce((a, x) => a + (x.rate_by_state[s] ?? 0), 0) / r.length).toFixed(3)]));
  const pass = control ? flat === r.length : positive >= Math.ceil(0.8 * r.length);
  const tailStates = Object.keys(r[0].train_tail_rate_by_state);
  const tailRates = Object.fromEntries(tailStates.map((s) => [s, +(r.reduce((a, x) => a + (x.train_tail_rate_by_state[s] ?? 0), 0) / r.length).toFixed(3)]));
  return { preset, seeds: r.length, margins: r.map((x) => +x.margin.toFixed(4)), positive, trainTailMargins: r.map((x) => +x.train_tail_margin.toFixed(4)), trainTailPositive: r.filter((x) => x.train_tail_margin > 0).length, trainTailRates: tailRates, flatness: r.map((x) => +x.flatness.toFixed(4)), flat, accuracy: r.map((x) => x.accuracy), meanRates, criterion: control ? "flatness ≤ 0.02 in every seed" : "margin > 0 in ≥ 80 % of seeds", pass };
});
for (const s of summary) console.log(JSON.stringify(s));
console.log(`seconds ${seconds.toFixed(1)} on ${workers} workers`);
writeFileSync(out, JSON.stringify({ summary, rows: rows.map(({ spec: _spec, ...r }) => r), seconds, workers }, null, 1));
