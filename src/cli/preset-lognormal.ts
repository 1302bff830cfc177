/**
 * `sorn preset lognormal …`: the Zheng 2013 preset of spec experiments.md §4.2 (no input,
 * σ = √0.05 noise, all five rules) for seeds 0…K−1 on the worker pool, one row per run
 * (`lognormal.run`), the per-seed table on stdout.
 */
import { LOGNORMAL_DEFAULTS, ZHENG_NOISE_SIGMA } from "../experiments/lognormal/preset";
import { lognormalRunKind } from "../experiments/lognormal/kind";
import type { LognormalJobSpec } from "../experiments/lognormal/job";
import { lognormalTable } from "../experiments/lognormal/summary";
import { rejectLeftovers, takeBool, takeInt, takeParsed, type ParsedArgs } from "./args";
import type { LifetimeSummary } from "../experiments/lognormal/lifetimes";
import type { PresetOutput } from "./preset-output";
import { finish, parseNonNegative, parseSteps, runPresetJobs, takeJsonPath } from "./preset-pool";
import { takeWorkers, WORKERS_HELP } from "./workers-arg";

export const LOGNORMAL_HELP = `preset lognormal options (spec experiments.md §4.2, Zheng 2013: ne 200, no input, λ_ee 20,
I→E 20 %, η 0.004/0.001/0.01, h_ip 0.1, SP 0.1/0.001, te_max 1, ti_max 0.5, all five rules):
  --seeds K             engine seeds 0…K−1, one run each (default 5)
  --steps N             steps per run (default ${LOGNORMAL_DEFAULTS.steps})
  --every K             connection fraction #(W_EE>0)/(ne(ne−1)) every K steps (default ${LOGNORMAL_DEFAULTS.every})
  --checkpoints a,b     weight snapshots besides the last step (default ${LOGNORMAL_DEFAULTS.checkpoints.join(",")})
  --bins B              bins of log10 w over [−2, 0] (default ${LOGNORMAL_DEFAULTS.bins})
  --noise-sigma σ       noise sd on E and I (default √0.05 = ${ZHENG_NOISE_SIGMA.toFixed(4)}, the source's; the package's is 0.04)
  --lifetimes           also follow every E→E synapse from creation by SP to pruning (each row's
                        \`lifetimes\`: births, pruned, median / mean / max lifetime in steps, counts in
                        power-of-two bins, right-censored alive at the end; ~1.5–2× the run time)
  --json OUT.json       write { preset, settings, results: rows, seconds } to OUT.json
${WORKERS_HELP}
`;

/** One seed's weight lifetimes as a line. */
export function lifetimeLine(seed: number, l: LifetimeSummary): string {
  const f = (v: number | null) => (v === null ? "–" : Math.round(v).toLocaleString("en-US"));
  return `seed ${seed} lifetimes: ${l.births} born, ${l.pruned} pruned (median ${f(l.median)}, mean ${f(l.mean)}, max ${f(l.max)} steps), ${l.aliveAtEnd} alive at the end (median age ${f(l.aliveMedianAge)}); initial ${l.initial}, ${l.initialPruned} of them pruned`;
}

export async function presetLognormal(args: ParsedArgs, io: PresetOutput): Promise<string> {
  const seeds = takeInt(args, "seeds", 1, 100_000) ?? 5;
  const settings = {
    seeds,
    steps: takeInt(args, "steps", 1) ?? LOGNORMAL_DEFAULTS.steps,
    every: takeInt(args, "every", 1) ?? LOGNORMAL_DEFAULTS.every,
    checkpoints: takeParsed(args, "checkpoints", parseSteps) ?? [...LOGNORMAL_DEFAULTS.checkpoints],
    bins: takeInt(args, "bins", 1, 1000) ?? LOGNORMAL_DEFAULTS.bins,
    noiseSigma: takeParsed(args, "noise-sigma", parseNonNegative) ?? ZHENG_NOISE_SIGMA,
    lifetimes: takeBool(args, "lifetimes") ?? false,
  };
  const out = takeJsonPath(args);
  const workers = takeWorkers(args);
  rejectLeftovers(args, "preset lognormal");
  const specs: LognormalJobSpec[] = Array.from({ length: seeds }, (_, seed) => ({ seed, steps: settings.steps, every: settings.every, checkpoints: settings.checkpoints, bins: settings.bins, noiseSigma: settings.noiseSigma, lifetimes: settings.lifetimes }));
  const { rows, seconds } = await runPresetJobs("lognormal", lognormalRunKind, specs, workers, io, (s, r) => `seed ${s.seed}: min c ${r.minFraction.toFixed(4)} at ${r.minStep}, c(T) ${r.endFraction.toFixed(4)}, skew w ${r.skewW.toFixed(2)}, ln w ${r.skewLnW.toFixed(2)}`);
  io.stdout(lognormalTable(rows));
  for (const r of rows) if (r.lifetimes) io.stdout(lifetimeLine(r.seed, r.lifetimes) + "\n");
  return finish("lognormal", out, { settings: { ...settings, workers, seedRule: "engine seed S (np.random.seed(S); random.seed(S)); no input" }, results: rows, seconds }, specs.length, workers);
}
