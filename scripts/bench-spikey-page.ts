/**
 * `npm run bench:spikey-page [-- --patterns P --runs R]`: what the Spikey tab's worker layer costs
 * (issue 17 §2), measured not asserted. For E1 (121 units, 500 ms per pattern, seed 0) it prints
 * the simulated ms per second (wall clock and this process's CPU time; median, min, max over R
 * runs of P patterns from a fresh network, default 5 × 40) of
 * - the bare network loop (tick, reward, next state: the per-seed job's loop), and
 * - the tab's worker service as the page drives it: `advance("tick", …)` in 100 ms slices keeping
 *   the last 1,000 steps for the raster, each frame structured-cloned as comlink posts it.
 * The page itself (a worker in Chromium) is timed by e2e/spikey.spec.ts, which logs its figure.
 */
import { loadavg } from "node:os";
import { defaultBuilderForm } from "../src/state/spikey/builder-form";
import { parseBuilder } from "../src/state/spikey/builder-parse";
import { SLICE_MS } from "../src/state/spikey/run";
import { SpikeyNetwork } from "../src/models/spikey/network";
import { makeSpikeyGame } from "../src/worker/spikey-game";
import { SpikeyRunnerService } from "../src/worker/spikey-runner";

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? d : Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name}: a whole number ≥ 1, got '${process.argv[i + 1]}'`);
  return v;
};
const patterns = arg("patterns", 40);
const runs = arg("runs", 5);
const parsed = parseBuilder(defaultBuilderForm());
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const spec = parsed.spec;

function timed(f: () => number): { wall: number; cpu: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const ms = f();
  const c = process.cpuUsage(c0);
  return { wall: ms / ((performance.now() - t0) / 1000), cpu: ms / ((c.user + c.system) / 1e6) };
}

function bare(): number {
  const net = new SpikeyNetwork(spec.network);
  const game = makeSpikeyGame(spec.game, spec.network.seed);
  let state = game.reset();
  for (let k = 0; k < patterns; k++) {
    const a = net.tick(state);
    net.reward(state, a);
    state = game.step(a);
  }
  return patterns * net.steps;
}

function service(): number {
  const svc = new SpikeyRunnerService();
  const info = svc.reset(spec);
  let done = 0;
  while (done < patterns) done += structuredClone(svc.advance("tick", patterns - done, SLICE_MS, 1000)).done;
  return patterns * info.steps;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const med = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return `median ${Math.round(med).toLocaleString("en-US")}, min ${Math.round(s[0]).toLocaleString("en-US")}, max ${Math.round(s.at(-1)!).toLocaleString("en-US")}`;
};

console.log(`E1 (121 units, 500 ms per pattern), ${runs} runs × ${patterns} patterns; load average ${loadavg()[0].toFixed(1)}`);
for (const [name, f] of [["bare network loop", bare], [`worker service (${SLICE_MS} ms slices, 1,000 raster steps)`, service]] as const) {
  const r = Array.from({ length: runs }, () => timed(f));
  console.log(`${name}: simulated ms per wall s ${stats(r.map((x) => x.wall))}; per CPU s ${stats(r.map((x) => x.cpu))}`);
}
