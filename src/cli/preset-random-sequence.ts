/**
 * `sorn preset random-sequence …`: the fading-memory task of spec experiments.md §4.1, one row
 * per (pools, condition, seed) run and readout (`random-sequence.run`), the mean memory curve and capacity per
 * pools × condition on stdout.
 */
import { CONDITIONS, parseConditions } from "../experiments/counting/preset";
import { RANDOM_SEQUENCE_READOUTS, type RandomSequenceJobSpec } from "../experiments/random-sequence/job";
import { randomSequenceRunKind } from "../experiments/random-sequence/kind";
import { POOL_LAYOUTS, RANDOM_SEQUENCE_DEFAULTS } from "../experiments/random-sequence/preset";
import { randomSequenceTable } from "../experiments/random-sequence/summary";
import { CliError, rejectLeftovers, takeInt, takeParsed, type ParsedArgs } from "./args";
import type { PresetOutput } from "./preset-output";
import { finish, parseChoices, runPresetJobs, takeJsonPath } from "./preset-pool";
import { takeWorkers, WORKERS_HELP } from "./workers-arg";

const D = RANDOM_SEQUENCE_DEFAULTS;

export const RANDOM_SEQUENCE_HELP = `preset random-sequence options (spec experiments.md §4.1: ne 200, λ_ee 10, dense I↔E, η 0.001/0.001,
h_ip 0.1, te_max 0.5, ti_max 0.5, no noise; least-squares readout [x(t), 1] → symbol(t − k)):
  --seeds K             seeds 0…K−1 per condition and pool layout (default 5); symbols randint(A)
                        from RandomState((S + 1000) mod 2^32)
  --conditions a,b      ${CONDITIONS.join(", ")} (default all)
  --pools a,b           disjoint (channels 10k…10k+9) | overlapping (drawn per symbol) (default disjoint)
  --alphabet A          symbols, i.i.d. uniform (default ${D.alphabet})
  --pool-size N         input neurons per symbol (default ${D.poolSize})
  --steps-plastic N     plastic phase (default ${D.stepsPlastic})
  --steps-train N       readout training stretch, frozen (default ${D.stepsTrain})
  --steps-test N        readout test stretch, frozen (default ${D.stepsTest})
  --lags K              lags k = 0…K−1 of the memory curve (default ${D.lags})
  --readout a,b         lsq (least squares, the default) | logistic (multinomial logistic regression,
                        full-batch Adam α 0.05, λ 1e-4, a fixed budget of iterations; slow: ~0.1 s each)
  --logistic-iterations N  Adam iterations of the logistic readout (default 100)
  --json OUT.json       write { preset, settings, results: rows, seconds } to OUT.json
${WORKERS_HELP}
`;

export async function presetRandomSequence(args: ParsedArgs, io: PresetOutput): Promise<string> {
  const seeds = takeInt(args, "seeds", 1, 100_000) ?? 5;
  const settings = {
    seeds,
    conditions: takeParsed(args, "conditions", parseConditions) ?? [...CONDITIONS],
    pools: takeParsed(args, "pools", parseChoices(POOL_LAYOUTS, "pool layout")) ?? [D.pools],
    alphabet: takeInt(args, "alphabet", 2, 20) ?? D.alphabet,
    poolSize: takeInt(args, "pool-size", 1, 200) ?? D.poolSize,
    stepsPlastic: takeInt(args, "steps-plastic", 0) ?? D.stepsPlastic,
    stepsTrain: takeInt(args, "steps-train", 1) ?? D.stepsTrain,
    stepsTest: takeInt(args, "steps-test", 1) ?? D.stepsTest,
    lags: takeInt(args, "lags", 1, 1000) ?? D.lags,
    readouts: takeParsed(args, "readout", parseChoices(RANDOM_SEQUENCE_READOUTS, "readout")) ?? ["lsq" as const],
    logisticIterations: takeInt(args, "logistic-iterations", 1, 100_000) ?? 100,
  };
  const out = takeJsonPath(args);
  const workers = takeWorkers(args);
  rejectLeftovers(args, "preset random-sequence");
  if (settings.pools.includes("disjoint") && settings.alphabet * settings.poolSize > 200) throw new CliError(`--pool-size: ${settings.alphabet} disjoint pools of ${settings.poolSize} need ${settings.alphabet * settings.poolSize} of the 200 E neurons`);
  if (settings.stepsPlastic < settings.lags - 1) throw new CliError(`--steps-plastic: must be ≥ lags − 1 = ${settings.lags - 1}, got ${settings.stepsPlastic}`);
  const { alphabet, poolSize, stepsPlastic, stepsTrain, stepsTest, lags, readouts, logisticIterations } = settings;
  const common = { alphabet, poolSize, stepsPlastic, stepsTrain, stepsTest, lags, readouts, logisticIterations };
  const specs: RandomSequenceJobSpec[] = [];
  for (const p of settings.pools)
    for (const condition of settings.conditions)
      for (let seed = 0; seed < seeds; seed++) specs.push({ condition, seed, pools: p, ...common });
  const result = await runPresetJobs("random-sequence", randomSequenceRunKind, specs, workers, io, (s, rs) => `${s.pools} ${s.condition} seed ${s.seed}: ${rs.map((r) => `${r.readout} perf(0) ${r.perf[0].toFixed(3)}, perf(${r.perf.length - 1}) ${r.perf[r.perf.length - 1].toFixed(3)}, MC ${r.capacity.toFixed(2)}`).join("; ")}`);
  const rows = result.rows.flat();
  const seconds = result.seconds;
  io.stdout(randomSequenceTable(rows));
  return finish("random-sequence", out, { settings: { ...settings, workers, readoutRule: "lsq: least squares (minimum norm, no ridge) on [x(t), 1], argmax; logistic: softmax regression on [x(t), 1], full-batch Adam (α 0.05, β 0.9/0.999, ε 1e-8) from W = 0 for logisticIterations steps, L2 1e-4 on the state weights, argmax", seedRule: "engine seed S; symbols randint(A) from RandomState((S + 1000) mod 2^32); overlapping pools from RandomState((S + 3000) mod 2^32)" }, results: rows, seconds }, specs.length, workers);
}
