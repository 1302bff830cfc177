/**
 * `sorn preset counting …`: the counting-task sweep of spec experiments.md §3.3 — every
 * (n, condition, seed) job on the worker pool (`--workers W`, default every core; the rows are
 * the same for any W), a mean ± sd table on stdout, one progress line per finished job on
 * stderr, Ctrl-C cancels, and with --json the rows and the settings in one file.
 */
import { writeFileSync } from "node:fs";
import { CONDITIONS, DEFAULT_STEPS, READOUTS, jobSeeds, parseConditions, parseCounts, parseReadouts } from "../experiments/counting/preset";
import { referenceScores } from "../experiments/counting/metrics";
import { runJobsOnPool, summarize, summaryTable, sweepJobs, type CountingSweep } from "../experiments/counting/sweep";
import { runJobs } from "../pool/node";
import { CliError, rejectLeftovers, takeInt, takeParsed, takeString, type ParsedArgs } from "./args";
import { takeWorkers, WORKERS_HELP } from "./workers-arg";
import { LOGNORMAL_HELP, presetLognormal } from "./preset-lognormal";
import { PERTURBATION_HELP, presetPerturbation } from "./preset-perturbation";
import { RANDOM_SEQUENCE_HELP, presetRandomSequence } from "./preset-random-sequence";

export type { PresetOutput } from "./preset-output";
import type { PresetOutput } from "./preset-output";

/** The presets `sorn preset` runs. */
export const PRESET_NAMES = ["counting", "lognormal", "perturbation", "random-sequence"] as const;

export const PRESET_HELP = `preset counting options (spec experiments.md §3.3):
  --n 4,8,12            middle lengths n of the words A B^n C / D E^n F (default 4,8,12,20,30)
  --seeds K             seeds 0…K−1 per n and condition (default 10); engine seed S, letter
                        stream numpy RandomState((S + 1000) mod 2^32)
  --conditions a,b      ${CONDITIONS.join(", ")} (default all): STDP+IP+SS / no plasticity / IP only
  --readout X,R         X: [x'(t),1] → letter(t+1); R: [r(t),1] → letter(t) (default both)
  --steps-plastic N     plastic phase (default ${DEFAULT_STEPS.plastic})
  --steps-train N       readout training stretch, frozen (default ${DEFAULT_STEPS.train})
  --steps-test N        readout test stretch, frozen (default ${DEFAULT_STEPS.test})
  --ridge μ             ridge on the readout's state weights (default 0: least squares)
  --json OUT.json       write { preset, settings, results: rows, summary } to OUT.json
${WORKERS_HELP}

${LOGNORMAL_HELP}
${PERTURBATION_HELP}
${RANDOM_SEQUENCE_HELP}`;

/** `sorn preset NAME …`. */
export async function preset(args: ParsedArgs, io: PresetOutput): Promise<string> {
  const name = args.positional[1];
  if (!name) throw new CliError(`preset: which one? (presets: ${PRESET_NAMES.join(", ")})`);
  if (name === "lognormal" || name === "perturbation" || name === "random-sequence") {
    if (args.positional.length > 2) throw new CliError(`preset ${name}: unexpected argument '${args.positional[2]}'`);
    return name === "lognormal" ? presetLognormal(args, io) : name === "perturbation" ? presetPerturbation(args, io) : presetRandomSequence(args, io);
  }
  if (name !== "counting") throw new CliError(`preset: unknown preset '${name}' (presets: ${PRESET_NAMES.join(", ")})`);
  if (args.positional.length > 2) throw new CliError(`preset counting: unexpected argument '${args.positional[2]}'`);
  const sweep: CountingSweep = {
    n: takeParsed(args, "n", parseCounts) ?? [4, 8, 12, 20, 30],
    seeds: takeInt(args, "seeds", 1, 100_000) ?? 10,
    conditions: takeParsed(args, "conditions", parseConditions) ?? [...CONDITIONS],
    readouts: takeParsed(args, "readout", parseReadouts) ?? [...READOUTS],
    stepsPlastic: takeInt(args, "steps-plastic", 0) ?? DEFAULT_STEPS.plastic,
    stepsTrain: takeInt(args, "steps-train", 1) ?? DEFAULT_STEPS.train,
    stepsTest: takeInt(args, "steps-test", 1) ?? DEFAULT_STEPS.test,
    ridge: takeParsed(args, "ridge", parseRidge) ?? 0,
  };
  const out = takeString(args, "json");
  if (out !== undefined && !out.endsWith(".json")) throw new CliError(`--json: '${out}' must end in .json`);
  const workers = takeWorkers(args);
  rejectLeftovers(args, "preset counting");
  const jobs = sweepJobs(sweep);
  const start = Date.now();
  let done = 0;
  const stop = new AbortController();
  const onInterrupt = (): void => stop.abort();
  process.once("SIGINT", onInterrupt);
  let rows;
  try {
    rows = await runJobsOnPool(jobs, runJobs, {
      workers,
      signal: stop.signal,
      onJob: (i, spec, jobRows) => {
        const last = jobRows.map((r) => `${r.readout} ${r.perf_last.toFixed(3)}`).join(", ");
        io.stderr(`counting: ${++done}/${jobs.length} done (job ${i + 1}: n=${spec.n} ${spec.condition} seed ${spec.seed}: perf_last ${last}; ${((Date.now() - start) / 1000).toFixed(1)} s)\n`);
      },
    });
  } catch (e) {
    if (stop.signal.aborted) throw new CliError(`preset counting: cancelled after ${done} of ${jobs.length} jobs`);
    throw e;
  } finally {
    process.off("SIGINT", onInterrupt);
  }
  const seconds = (Date.now() - start) / 1000;
  const summary = summarize(rows);
  io.stdout(summaryTable(summary));
  if (out) {
    const seedList = [...Array(sweep.seeds).keys()];
    const settings = {
      ...sweep,
      workers,
      seedList,
      taskSeeds: seedList.map((s) => jobSeeds(s).task),
      seedRule: "engine seed S (np.random.seed(S); random.seed(S)); letter stream numpy RandomState((S + 1000) mod 2^32), one random_sample() per word, word 1 (A B^n C) iff < 0.5",
    };
    const references = Object.fromEntries(sweep.n.map((n) => [n, referenceScores(n)]));
    writeFileSync(out, JSON.stringify({ preset: "counting", settings, results: rows, summary, references, seconds }, null, 1) + "\n");
  }
  return `${jobs.length} jobs in ${seconds.toFixed(1)} s on ${Math.min(workers, jobs.length)} worker${Math.min(workers, jobs.length) === 1 ? "" : "s"}${out ? `; wrote ${out}` : ""}`;
}

function parseRidge(text: string, argument: string): number {
  const v = Number(text);
  if (text.trim() === "" || !Number.isFinite(v) || v < 0) throw new CliError(`--${argument}: must be a finite number ≥ 0, got '${text}'`);
  return v;
}
