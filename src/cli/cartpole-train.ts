/**
 * `sorn cartpole train --mode docs|corrected --episodes N --seed S [--env v0|v1]
 * [--compare plastic,frozen,raw,random --seeds K] [--workers W] [options] [--json OUT.json]`:
 * the package's cart-pole example and the corrected learner (spec experiments.md §2), seeds ×
 * variants as "cartpole.run" jobs on the worker pool (results in job order, so identical for any
 * --workers). stdout: every run's score every 50th episode with the 100-episode moving average
 * and the held-out means, then the table per variant and the paired difference (learner −
 * frozen) with its 95 % bootstrap interval; stderr: one line per finished run.
 */
import { writeFileSync } from "node:fs";
import { differenceLine, pairedDifference, parseVariants, summarizeRuns, summaryTable, variantLabel, compareSpecs } from "../experiments/cartpole/compare";
import { BASELINES, ENCODINGS, MODES, resolveRun, runSeeds, type CartPoleMode, type CartPoleRunSpec, type EnvVersion } from "../experiments/cartpole/options";
import type { CartPoleRunResult } from "../experiments/cartpole/run";
import { cartPoleRunKind } from "../experiments/cartpole/kind";
import { movingAverage } from "../experiments/cartpole/stats";
import { SEED_MAX } from "../models/params/seed";
import { SornInputError } from "../models/params/error";
import { runJobs } from "../pool/node";
import { CliError, rejectLeftovers, takeBool, takeInt, takeParsed, takeSeed, takeString, type ParsedArgs } from "./args";
import { WORKERS_HELP, takeWorkers } from "./workers-arg";

export const CARTPOLE_TRAIN_HELP = `cartpole train options (spec experiments.md §2; the reservoir: SORN ne 50, nu 4, h_ip 0.16, noise off):
  --mode docs|corrected  docs: the package's example with its bugs (α 1e-4, S_i = 0.99·(T−i), no
                         baseline, unstabilised softmax, CartPole-v0, learning in the plasticity
                         episodes); corrected (default): discounted standardised returns, stable
                         softmax, bias, α 0.01, CartPole-v1, P random-policy plasticity episodes
  --episodes N           episodes per run, plasticity episodes included (default 600)
  --seed S               first run seed (default 0): SORN np/random seed S, policy RandomState
                         (S+1000) mod 2^32 (w) and (S+3000) mod 2^32 (actions), env
                         reset(seed=S); held-out reset(seed=2^32+S),
                         actions RandomState((S+2000) mod 2^32)
  --env v0|v1            CartPole-v0 (200 steps) or -v1 (500) (default: docs v0, corrected v1)
  --compare a,b          variants on the same seeds: plastic (the mode's learner), frozen (all
                         rules frozen from the start), raw (φ = obs + bias), random (default plastic)
  --seeds K              seeds S … S+K−1 (default 1)
  --plastic-episodes P   plasticity episodes (default 20)
  --alpha α  --gamma γ   learning rate (docs 1e-4, corrected 0.01), discount (0.99)
  --baseline B           corrected: ${BASELINES.join(" | ")} (default standardize)
  --overlap              corrected: learn during the plasticity episodes, as the docs do (B8)
  --reset-reservoir      X, Y ← 0 at every environment reset
  --encoding raw|population [--bins K]   lab extension: one-hot population code, K bins (2–12, default 6)
  --eval-every E --eval-episodes M       held-out evaluation every E training episodes (50), M episodes (20)
  --w-scale c            multiply the initial readout U[0,1) by c (default 1; e.g. 1000 shows B3)
  --pretrain N           spec Q11: N plasticity steps on random input before episode 1 (plastic variant; default 0)
${WORKERS_HELP}
  --json OUT.json        write { settings, runs, summary, difference } to OUT.json
`;

/** Where `sorn cartpole train` writes. */
export interface TrainOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** CLI names of the spec's fields, for error messages. */
const FLAG: Record<string, string> = { plasticEpisodes: "plastic-episodes", resetReservoir: "reset-reservoir", evalEvery: "eval-every", evalEpisodes: "eval-episodes", wScale: "w-scale", variant: "compare", pretrainSteps: "pretrain" };

function realArg(text: string, argument: string): number {
  const v = Number(text);
  if (text.trim() === "" || !Number.isFinite(v)) throw new SornInputError(argument, `must be a number, got '${text}'`);
  return v;
}

function oneOfArg<T extends string>(known: readonly T[]) {
  return (text: string, argument: string): T => {
    const t = text.startsWith("CartPole-") ? text.slice("CartPole-".length) : text;
    if (!known.includes(t as T)) throw new SornInputError(argument, `must be one of ${known.join(", ")}, got '${text}'`);
    return t as T;
  };
}

/** Every 50th episode (and the last): score, moving average of 100, held-out mean where evaluated. */
export function scoreLines(r: CartPoleRunResult, every = 50): string[] {
  const ma = movingAverage(r.scores, 100);
  const marks: number[] = [];
  for (let k = every; k <= r.scores.length; k += every) marks.push(k);
  if (r.scores.length && marks.at(-1) !== r.scores.length) marks.push(r.scores.length);
  const held = new Map(r.evaluations.map((e) => [e.after, e.mean]));
  const lines: string[] = [];
  for (let i = 0; i < marks.length; i += 12) {
    const ks = marks.slice(i, i + 12);
    const cell = (s: string) => s.padStart(6);
    lines.push(`  episode ${ks.map((k) => cell(String(k))).join("")}`);
    lines.push(`  score   ${ks.map((k) => cell(String(r.scores[k - 1]))).join("")}`);
    lines.push(`  ma100   ${ks.map((k) => cell(ma[k - 1].toFixed(1))).join("")}`);
    if (ks.some((k) => held.has(k))) lines.push(`  held-out${ks.map((k) => cell(held.has(k) ? held.get(k)!.toFixed(1) : "")).join("")}`);
  }
  return lines;
}

/** `sorn cartpole train …`; returns the message for stderr. */
export async function cartpoleTrain(args: ParsedArgs, io: TrainOutput): Promise<string> {
  if (args.positional.length > 2) throw new CliError(`cartpole train: unexpected argument '${args.positional[2]}'`);
  const mode = (takeParsed(args, "mode", oneOfArg(MODES)) ?? "corrected") as CartPoleMode;
  const episodes = takeInt(args, "episodes", 1, 10_000_000) ?? 600;
  const seed = takeSeed(args, "seed") ?? 0;
  const K = takeInt(args, "seeds", 1, 100_000) ?? 1;
  if (seed + K - 1 > SEED_MAX) throw new CliError(`--seeds: seeds ${seed} … ${seed + K - 1} pass ${SEED_MAX}`);
  const variants = takeParsed(args, "compare", parseVariants) ?? ["plastic"];
  const base: Omit<CartPoleRunSpec, "seed" | "variant"> = {
    mode,
    episodes,
    env: takeParsed(args, "env", oneOfArg<EnvVersion>(["v0", "v1"])),
    plasticEpisodes: takeInt(args, "plastic-episodes", 0, 10_000_000),
    alpha: takeParsed(args, "alpha", realArg),
    gamma: takeParsed(args, "gamma", realArg),
    baseline: takeParsed(args, "baseline", oneOfArg(BASELINES)),
    overlap: takeBool(args, "overlap"),
    resetReservoir: takeBool(args, "reset-reservoir"),
    encoding: takeParsed(args, "encoding", oneOfArg(ENCODINGS)),
    bins: takeInt(args, "bins", -1e9, 1e9),
    evalEvery: takeInt(args, "eval-every", 1, 10_000_000),
    evalEpisodes: takeInt(args, "eval-episodes", 0, 100_000),
    wScale: takeParsed(args, "w-scale", realArg),
    pretrainSteps: takeInt(args, "pretrain", -1e12, 1e12),
  };
  const workers = takeWorkers(args);
  const out = takeString(args, "json");
  if (out !== undefined && !out.endsWith(".json")) throw new CliError(`--json: '${out}' must end in .json`);
  rejectLeftovers(args, "cartpole train");
  for (const k of Object.keys(base) as (keyof typeof base)[]) if (base[k] === undefined) delete base[k];
  const seeds = [...Array(K).keys()].map((i) => seed + i);
  const specs = compareSpecs(base, variants, seeds);
  try {
    resolveRun(specs[0]);
  } catch (e) {
    if (!(e instanceof SornInputError)) throw e;
    throw new CliError(`--${FLAG[e.argument] ?? e.argument}: ${e.message.slice(e.argument.length + 2)}`);
  }
  const start = Date.now();
  let done = 0;
  const runs = await runJobs(specs.map((s) => cartPoleRunKind.job(s)), {
    workers,
    onResult: (_i, r) => {
      done++;
      const e = r.evaluations.at(-1);
      io.stderr(`cartpole: run ${done}/${specs.length} ${variantLabel(r.run.mode, r.run.variant)} seed ${r.run.seed}: ${r.scores.length} episodes, ${r.steps} steps${e && !e.aborted ? `, held-out ${e.mean.toFixed(1)}` : ""}${r.aborted ? ` — ${r.aborted.message}` : ""}\n`);
    },
  });
  const seconds = (Date.now() - start) / 1000;
  for (const r of runs) {
    const first = r.run;
    const plasticity = r.hIp === null ? "no reservoir" : `h_ip ${r.hIp}, plasticity ${first.plasticEpisodes && first.variant !== "frozen" ? `in episodes 0–${first.plasticEpisodes - 1}` : "never"}`;
    io.stdout(`${variantLabel(first.mode, first.variant)} seed ${first.seed} (CartPole-${first.env}, ${r.scores.length}/${first.episodes} episodes, ${plasticity}, learning ${r.learningFrom < 0 ? "never" : `from episode ${r.learningFrom}`}):\n`);
    const lines = scoreLines(r);
    if (lines.length) io.stdout(lines.join("\n") + "\n");
    if (r.aborted) io.stdout(`  ${r.aborted.message}\n`);
  }
  const summary = summarizeRuns(runs);
  io.stdout("\n" + summaryTable(summary));
  const learner = variantLabel(mode, "plastic");
  const frozen = variantLabel(mode, "frozen");
  const difference = variants.includes("plastic") && variants.includes("frozen") ? pairedDifference(runs, learner, frozen) : null;
  if (difference) io.stdout(differenceLine(difference) + "\n");
  if (out) {
    const settings = { mode, episodes, seed, seeds, variants, options: base, workers, seedRule: "run seed S: SORN np.random.seed(S); random.seed(S) (docs mode: that numpy stream also draws w and the actions); corrected w RandomState((S + 1000) mod 2^32), training actions RandomState((S + 3000) mod 2^32); training env reset(seed=S) then continuing; held-out env reset(seed=2^32 + S) then continuing, actions RandomState((S + 2000) mod 2^32), both restarted at every evaluation", streams: seeds.map(runSeeds) };
    try {
      writeFileSync(out, JSON.stringify({ command: "cartpole train", settings, runs, summary, difference, seconds }) + "\n");
    } catch (e) {
      throw new CliError(`--json: cannot write '${out}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return `${specs.length} runs in ${seconds.toFixed(1)} s on ${workers} worker${workers === 1 ? "" : "s"}${out ? `; wrote ${out}` : ""}`;
}
