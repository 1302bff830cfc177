/**
 * `npm run bench [-- --quick] [--sizes 200,1000] [--out FILE]`: the engine's speed, measured
 * not asserted. For each size: build a network (seed 1, defaults, uniform inputs), warm up
 * (5,000 plasticity steps; 500 with --quick), then time several blocks of plasticity steps, and,
 * from identical warmed-up networks, of training steps with and without noise; print steps/s and
 * ms/step (median, min, max), the firing rate, live memory and peak RSS, and what the noise alone
 * costs a step; then the cart-pole environment's steps/s (bench-cartpole.ts) and cart-pole with the
 * ne = 50 reservoir (bench-cartpole-sorn.ts). Writes the table as JSON.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname } from "node:path";
import { uniformInput, type InputSource } from "../models/inputs";
import { ENGINE_VERSION } from "../models/sorn/io/run-file";
import { sornFamily } from "../models/sorn/family";
import type { SornNetwork } from "../models/sorn/network";
import { inhibitoryCount, type Phase } from "../models/sorn/params";
import { NumpyRandom } from "../models/rng/numpy-random";
import { parseArgs, rejectLeftovers, takeBool, takeList, takeString, CliError } from "./args";
import { benchCartPole } from "./bench-cartpole";
import { benchCartPoleSorn } from "./bench-cartpole-sorn";

interface Row {
  ne: number;
  phase: Phase;
  noise: boolean;
  blocks: number;
  stepsPerBlock: number;
  stepsPerSecond: { median: number; min: number; max: number };
  msPerStep: { median: number; min: number; max: number };
  synapsesEE: number;
  meanRate: number;
  peakRssMiB: number;
  heapUsedMiB: number;
  /** JS heap plus typed-array buffers after a full collection, with the network alive: the engine's memory. */
  liveMiB: number;
}

const median = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mib = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;

/** Time `blocks` blocks of steps of `net` as it is (phase and noise already set). */
function measure(net: SornNetwork, input: InputSource, blocks: number, secondsPerBlock: number): Row {
  const ne = net.ne;
  // Size a block from a short probe so each takes about `secondsPerBlock`.
  const probe = Math.max(10, Math.round(20000 / ne));
  let t0 = performance.now();
  net.step(probe, input);
  const perStep = (performance.now() - t0) / probe;
  const n = Math.max(20, Math.round((secondsPerBlock * 1000) / Math.max(perStep, 1e-3)));
  const rates: number[] = [];
  let peak = process.memoryUsage().rss;
  for (let b = 0; b < blocks; b++) {
    t0 = performance.now();
    net.step(n, input);
    const ms = performance.now() - t0;
    rates.push((n * 1000) / ms);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  // The firing rate, over 200 untimed steps after the timed blocks.
  let spikes = 0;
  for (let s = 0; s < 200; s++) {
    net.step(1, input);
    for (let i = 0; i < ne; i++) spikes += net.x[i];
  }
  const ms = rates.map((r) => 1000 / r);
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  return {
    ne,
    phase: net.phase(),
    noise: net.noise(),
    blocks,
    stepsPerBlock: n,
    stepsPerSecond: { median: Math.round(median(rates)), min: Math.round(Math.min(...rates)), max: Math.round(Math.max(...rates)) },
    msPerStep: { median: round(median(ms), 4), min: round(Math.min(...ms), 4), max: round(Math.max(...ms), 4) },
    synapsesEE: net.net.Wee.nonZeroCount(),
    meanRate: round(spikes / (200 * ne), 3),
    peakRssMiB: mib(peak),
    heapUsedMiB: mib(process.memoryUsage().heapUsed),
    liveMiB: liveMiB(),
  };
}

/** Heap plus array buffers after a full collection (when node runs with --expose-gc), in MiB. */
function liveMiB(): number {
  collectGarbage();
  const m = process.memoryUsage();
  return mib(m.heapUsed + m.arrayBuffers);
}

/** Run a full collection when node was started with --expose-gc (the npm script does). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice: after one collection the buffers it freed were still counted (seen at ne = 4,000:
  // 92 MiB live instead of 48 for the second network).
  gc?.();
  gc?.();
}

/** Median µs to draw one step's noise (ne + ni normals, as the engine does), over 7 timed blocks. */
function noiseMicroseconds(ne: number, ni: number): number {
  const rng = new NumpyRandom(7);
  const e = new Float64Array(ne);
  const i = new Float64Array(ni);
  const reps = Math.max(50, Math.round(2e6 / (ne + ni)));
  const times: number[] = [];
  for (let b = 0; b < 8; b++) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) {
      rng.normalFill(e, 0, 0.04);
      rng.normalFill(i, 0, 0.04);
    }
    if (b > 0) times.push(((performance.now() - t0) * 1000) / reps);
  }
  return median(times);
}

/**
 * A fixed piece of work (a sequential float64 sum over 2²⁰ values, 50 times) timed in µs per
 * pass, printed beside the table: these machines' speed varies from hour to hour, and this
 * number says how fast the machine was while the table was measured.
 */
function calibrate(): number {
  const a = new Float64Array(1 << 20).map((_, i) => i * 0.5);
  let sink = 0;
  const times: number[] = [];
  for (let r = 0; r < 50; r++) {
    const t0 = performance.now();
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i];
    sink += s;
    times.push((performance.now() - t0) * 1000);
  }
  if (sink === 42) console.log("");
  return Math.round(median(times));
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  const quick = takeBool(args, "quick") ?? false;
  const sizes = (takeList(args, "sizes") ?? (quick ? ["200", "1000"] : ["200", "1000", "4000", "10000"])).map(Number);
  const out = takeString(args, "out") ?? "bench/results.json";
  rejectLeftovers(args, "bench");
  if (sizes.some((s) => !Number.isInteger(s) || s < 5)) throw new CliError("--sizes: must be integers ≥ 5");
  const rows: Row[] = [];
  const noiseRows: { ne: number; microsecondsPerStep: number }[] = [];
  const calibrationBefore = calibrate();
  const header = "   ne  phase                 steps/s (median    min    max)  ms/step  E→E synapses  rate  live memory  peak RSS";
  console.log(header);
  for (const ne of sizes) {
    const warmup = quick ? 500 : 5000;
    // Each phase starts from the same network: built from seed 1 and warmed up with the same
    // inputs (deterministic, so the three networks are identical), then timed in that phase.
    // Plasticity and training thus start from the same weights, thresholds and activity.
    for (const [phase, noise] of [["plasticity", true], ["training", true], ["training", false]] as const) {
      collectGarbage(); // the last phase's network, so peak memory is this one's
      const net = sornFamily.create({ params: { ne }, seed: 1 });
      const input = uniformInput(net.params.nu, 1001);
      net.step(warmup, input);
      net.setting("phase", phase).setting("noise", noise);
      const r = measure(net, input, quick ? 3 : 5, quick ? 0.3 : ne >= 4000 ? 1.5 : 1);
      rows.push(r);
      const s = r.stepsPerSecond;
      const label = noise ? phase : `${phase}, no noise`;
      console.log(`${String(ne).padStart(5)}  ${label.padEnd(20)} ${String(s.median).padStart(8)} ${String(s.min).padStart(8)} ${String(s.max).padStart(6)}   ${r.msPerStep.median.toFixed(4).padStart(8)}  ${String(r.synapsesEE).padStart(12)}  ${r.meanRate.toFixed(3)}  ${String(r.liveMiB).padStart(7)} MiB  ${r.peakRssMiB} MiB`);
    }
    const [p, t] = rows.slice(-3);
    const noise = noiseMicroseconds(ne, inhibitoryCount(ne));
    noiseRows.push({ ne, microsecondsPerStep: noise });
    console.log(
      `       training / plasticity speed: ${(t.stepsPerSecond.median / p.stepsPerSecond.median).toFixed(2)}×; ` +
        `the noise alone (ne + ni Gaussians a step, both phases): ${noise.toFixed(1)} µs = ${Math.round((100 * noise) / (1000 * t.msPerStep.median))} % of a training step`,
    );
  }
  const cartpole = benchCartPole(quick ? 200_000 : 1_000_000);
  console.log(`cart-pole (Gymnasium-exact, no SORN): ${cartpole.physicsStepsPerSecond} physics steps/s, ${cartpole.envStepsPerSecond} CartPoleEnv.step calls/s (median of 5 blocks)`);
  const cartpoleSorn = benchCartPoleSorn(quick ? 200 : 1000);
  console.log(`cart-pole with the ne = 50 reservoir (corrected learner, v1, one core): ${cartpoleSorn.frozenStepsPerSecond} env steps/s frozen, ${cartpoleSorn.plasticStepsPerSecond} with plasticity (reservoir + readout + physics, median of 5 blocks of ${cartpoleSorn.episodesPerBlock} episodes)`);
  const calibration = { beforeMicroseconds: calibrationBefore, afterMicroseconds: calibrate() };
  const machine = { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  const doc = { engine: ENGINE_VERSION, date: new Date().toISOString(), quick, machine, calibration, warmup: quick ? 500 : 5000, rows, noise: noiseRows, cartpole, cartpoleSorn };
  console.log(`calibration (2^20-term float sum): ${calibration.beforeMicroseconds} µs before, ${calibration.afterMicroseconds} µs after (lower = faster machine)`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(doc, null, 2) + "\n");
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; wrote ${out}`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof CliError)) throw e;
  console.error(`bench: ${e.message}`);
  process.exitCode = 2;
}
