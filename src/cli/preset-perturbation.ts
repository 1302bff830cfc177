/**
 * `sorn preset perturbation …`: the perturbation / Hamming-distance experiment of spec
 * experiments.md §4.3 on the counting preset, one row per (input, condition, seed) run
 * (`perturbation.run`), the mean d(t) table per input × condition on stdout.
 */
import { CONDITIONS, parseConditions } from "../experiments/counting/preset";
import { PERTURBATION_DEFAULTS, PERTURBATION_INPUTS, type PerturbationJobSpec } from "../experiments/perturbation/job";
import { perturbationRunKind } from "../experiments/perturbation/kind";
import { perturbationTable, summarizePerturbation } from "../experiments/perturbation/summary";
import { rejectLeftovers, takeBool, takeInt, takeParsed, type ParsedArgs } from "./args";
import type { PresetOutput } from "./preset-output";
import { finish, parseChoices, runPresetJobs, takeJsonPath } from "./preset-pool";
import { takeWorkers, WORKERS_HELP } from "./workers-arg";

const D = PERTURBATION_DEFAULTS;

export const PERTURBATION_HELP = `preset perturbation options (spec experiments.md §4.3; the counting preset's network):
  --seeds K             seeds 0…K−1 per condition and input (default 5)
  --conditions a,b      ${CONDITIONS.join(", ")} (default all)
  --input a,b           counting (the stream continued) | spontaneous (no input) in the frozen phase (default counting)
  --n N                 middle length of the counting words (default ${D.n})
  --steps-plastic N     plastic phase on the counting stream (default ${D.stepsPlastic})
  --perturbations P     flips per run (default ${D.perturbations}), one E neuron each from RandomState((S + 2000) mod 2^32)
  --gap G               frozen reference steps between flips (default ${D.gap})
  --horizon H           steps both copies run after a flip (default ${D.horizon})
  --noise true|false    noise in the frozen phase, the same samples in both copies (default false)
  --json OUT.json       write { preset, settings, results: rows, summary, seconds } to OUT.json
${WORKERS_HELP}
`;

export async function presetPerturbation(args: ParsedArgs, io: PresetOutput): Promise<string> {
  const seeds = takeInt(args, "seeds", 1, 100_000) ?? 5;
  const settings = {
    seeds,
    conditions: takeParsed(args, "conditions", parseConditions) ?? [...CONDITIONS],
    inputs: takeParsed(args, "input", parseChoices(PERTURBATION_INPUTS, "input")) ?? [D.input],
    n: takeInt(args, "n", 1, 10_000) ?? D.n,
    stepsPlastic: takeInt(args, "steps-plastic", 0) ?? D.stepsPlastic,
    perturbations: takeInt(args, "perturbations", 1, 100_000) ?? D.perturbations,
    gap: takeInt(args, "gap", 1) ?? D.gap,
    horizon: takeInt(args, "horizon", 1, 1_000_000) ?? D.horizon,
    noise: takeBool(args, "noise") ?? D.noise,
  };
  const out = takeJsonPath(args);
  const workers = takeWorkers(args);
  rejectLeftovers(args, "preset perturbation");
  const { conditions, inputs, ...common } = settings;
  const specs: PerturbationJobSpec[] = [];
  for (const input of inputs)
    for (const condition of conditions)
      for (let seed = 0; seed < seeds; seed++) specs.push({ condition, seed, input, n: common.n, stepsPlastic: common.stepsPlastic, perturbations: common.perturbations, gap: common.gap, horizon: common.horizon, noise: common.noise });
  const at = (d: number[], k: number) => (k < d.length ? d[k].toFixed(2) : "—");
  const { rows, seconds } = await runPresetJobs("perturbation", perturbationRunKind, specs, workers, io, (s, r) => `${s.input} ${s.condition} seed ${s.seed}: d(2) ${at(r.d, 2)}, d(10) ${at(r.d, 10)}, dead ${(100 * r.dead).toFixed(0)} %`);
  io.stdout(perturbationTable(rows));
  return finish("perturbation", out, { settings: { ...settings, workers, seedRule: "engine seed S; letter stream RandomState((S + 1000) mod 2^32); flipped neurons randint(ne) from RandomState((S + 2000) mod 2^32)" }, results: rows, summary: summarizePerturbation(rows), seconds }, specs.length, workers);
}
