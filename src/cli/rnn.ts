/**
 * `sorn rnn train --task go-nogo|mante|xor|dms --seed S [options] --out MODEL.json`: trains a
 * Dale's-principle rate RNN (Kim, Li & Sejnowski 2019; src/models/rate-rnn/) with hand-written
 * BPTT and Adam, one trial per update, to the spec's stopping rules or the trial cap. Progress on
 * stderr at every evaluation; a summary line at the end. Exit 0 (success or cap), 1 (stopped on
 * a non-finite loss; the last good model is still written), 2 (bad input).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { SornInputError } from "../models/params/error";
import { ACTIVATIONS, isActivation } from "../models/rate-rnn/activation";
import { LOSSES, type Loss } from "../models/rate-rnn/forward";
import { modelOf, modelToJson } from "../models/rate-rnn/model-file";
import { DT_MS, taus, type NetworkSettings } from "../models/rate-rnn/network";
import { modelToNpz } from "../models/rate-rnn/npz";
import { isTask, TASKS } from "../models/rate-rnn/tasks";
import { DEFAULT_TRAIN, Trainer } from "../models/rate-rnn/train";
import { CliError, rejectLeftovers, takeBool, takeInt, takeSeed, takeString, type ParsedArgs } from "./args";
/** Where the command writes (the CLI's io). */
interface CliIo {
  stderr(text: string): void;
}

export const RNN_HELP = `rnn train options (Kim, Li & Sejnowski 2019; times in steps of ${DT_MS} ms):
  --task T              ${TASKS.join(" | ")} (required)
  --seed S              seed of the network and the trials (numpy order of rate/main.py; default 0)
  --out FILE            the model: FILE.json (sorn-lab/rate-rnn v1) or FILE.npz (the code's names)
  --npz FILE            also export FILE.npz
  --n N                 units (default 200)
  --activation A        ${ACTIVATIONS.join(" | ")} (default sigmoid)
  --loss l2|l1          default l2 (root of the summed squared error)
  --taus a,b            τ bounds in steps (default 4,10 = 20–50 ms); one value = fixed τ
  --p_inh p --p_rec p   inhibitory fraction, connection probability (0.2, 0.2)
  --gain g  --som_n k   initial gain (1.5), SST units (0)
  --dale true|false     Dale's principle (default true)
  --init paper|balanced paper (default) or the E/I-balanced deviation (I columns × N_E/N_I)
  --lr x                Adam learning rate (0.01)
  --train-input         also train W_in (a deviation: the code keeps it fixed)
  --max-trials K        trial cap (default 6000)
  --eval-every K --eval-trials M   evaluate every K trials on M fresh trials (100, 100)
  --quiet               no progress lines
`;

function real(args: ParsedArgs, key: string, ok: (v: number) => boolean, what: string): number | undefined {
  const t = takeString(args, key);
  if (t === undefined) return undefined;
  const v = Number(t);
  if (t.trim() === "" || !Number.isFinite(v) || !ok(v)) throw new CliError(`--${key}: must be ${what}, got '${t}'`);
  return v;
}

/** Parse the options into trainer settings (CliError on bad input). */
export function rnnTrainSettings(args: ParsedArgs) {
  const taskName = takeString(args, "task");
  if (taskName === undefined) throw new CliError("--task: required (go-nogo, mante, xor or dms)");
  if (!isTask(taskName)) throw new CliError(`--task: unknown task '${taskName}' (tasks: ${TASKS.join(", ")})`);
  const act = takeString(args, "activation");
  if (act !== undefined && !isActivation(act)) throw new CliError(`--activation: unknown activation '${act}' (activations: ${ACTIVATIONS.join(", ")})`);
  const loss = takeString(args, "loss");
  if (loss !== undefined && !(LOSSES as readonly string[]).includes(loss)) throw new CliError(`--loss: must be l2 or l1, got '${loss}'`);
  const tauText = takeString(args, "taus");
  let tau: number[] | undefined;
  if (tauText !== undefined) {
    tau = tauText.split(/[,\s]+/).filter(Boolean).map(Number);
    if (tau.length < 1 || tau.length > 2 || !tau.every((v) => Number.isFinite(v) && v >= 1) || (tau.length === 2 && tau[1] < tau[0])) {
      throw new CliError(`--taus: must be one value or 'min,max' with 1 ≤ min ≤ max (steps of ${DT_MS} ms), got '${tauText}'`);
    }
  }
  const init = takeString(args, "init");
  if (init !== undefined && init !== "paper" && init !== "balanced") throw new CliError(`--init: must be paper or balanced, got '${init}'`);
  const network: Partial<Omit<NetworkSettings, "nIn">> = {};
  const set = <K extends keyof typeof network>(k: K, v: (typeof network)[K] | undefined) => v !== undefined && (network[k] = v);
  set("n", takeInt(args, "n", 2, 4000));
  set("activation", act as NetworkSettings["activation"] | undefined);
  set("pInh", real(args, "p_inh", (v) => v > 0 && v < 1, "in (0, 1)"));
  set("pRec", real(args, "p_rec", (v) => v > 0 && v < 1, "in (0, 1)"));
  set("gain", real(args, "gain", (v) => v > 0, "a positive number"));
  set("somN", takeInt(args, "som_n", 0));
  set("dale", takeBool(args, "dale"));
  set("init", init as NetworkSettings["init"] | undefined);
  if (tau) Object.assign(network, { tauMin: tau[0], tauMax: tau[tau.length - 1] });
  const lr = real(args, "lr", (v) => v > 0, "a positive number");
  const trainInput = takeBool(args, "train-input");
  const settings = {
    ...DEFAULT_TRAIN,
    task: taskName,
    seed: takeSeed(args, "seed") ?? 0,
    loss: (loss as Loss | undefined) ?? DEFAULT_TRAIN.loss,
    adam: { ...DEFAULT_TRAIN.adam, ...(lr !== undefined ? { lr } : {}), ...(trainInput !== undefined ? { trainInput } : {}) },
    maxTrials: takeInt(args, "max-trials", 1) ?? DEFAULT_TRAIN.maxTrials,
    evalEvery: takeInt(args, "eval-every", 1) ?? DEFAULT_TRAIN.evalEvery,
    evalTrials: takeInt(args, "eval-trials", 1) ?? DEFAULT_TRAIN.evalTrials,
  };
  return { settings, network };
}

/** `sorn rnn train …`; resolves to the exit code. */
export async function rnn(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positional[1] !== "train") throw new CliError(`rnn: unknown subcommand '${args.positional[1] ?? ""}' (rnn train; see --help)`);
  const out = takeString(args, "out");
  if (!out) throw new CliError("--out: required: the model file to write, MODEL.json (or MODEL.npz, an export for Python)");
  if (!/\.(json|npz)$/.test(out)) throw new CliError(`--out: must end in .json (the model file) or .npz (an export for Python), got '${out}'`);
  const npz = takeString(args, "npz");
  const quiet = takeBool(args, "quiet") ?? false;
  const { settings, network } = rnnTrainSettings(args);
  rejectLeftovers(args, "rnn train");
  let trainer: Trainer;
  try {
    trainer = new Trainer(settings, network);
  } catch (e) {
    if (e instanceof SornInputError) throw new CliError(`--${e.argument}: ${e.message.slice(e.argument.length + 2)}`);
    throw e;
  }
  const t0 = performance.now();
  let seen = 0;
  while (trainer.step() === "running" || seen < trainer.evals.length) {
    for (; seen < trainer.evals.length; seen++) {
      const e = trainer.evals[seen];
      if (!quiet) io.stderr(`rnn: trial ${e.trial}: eval loss ${e.loss.toFixed(3)}, accuracy ${e.accuracy.toFixed(2)} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    }
    if (trainer.status !== "running") break;
  }
  const elapsed = performance.now() - t0;
  const model = modelOf(trainer, Math.round(elapsed));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, out.endsWith(".npz") ? modelToNpz(model) : modelToJson(model));
  if (npz) writeFileSync(npz, modelToNpz(model));
  const last = trainer.evals.at(-1);
  const tau = Array.from(taus(trainer.net), (v) => v * DT_MS);
  const tm = tau.reduce((a, b) => a + b, 0) / tau.length;
  const tsd = Math.sqrt(tau.reduce((a, b) => a + (b - tm) ** 2, 0) / Math.max(tau.length - 1, 1));
  if (trainer.warning) io.stderr(`rnn: warning: ${trainer.warning}\n`);
  if (trainer.status === "nan") io.stderr(`rnn: ${trainer.message}\n`);
  io.stderr(
    `rnn ${settings.task}: trials ${trainer.trials}, final loss ${last ? `${last.loss.toFixed(3)}, accuracy ${last.accuracy.toFixed(2)} (the last evaluation, after trial ${last.trial})` : "n/a, accuracy n/a (no evaluation yet)"}, ` +
      `success ${trainer.status === "success" ? "yes" : `no (${trainer.status === "cap" ? "trial cap" : "non-finite loss"})`}, ` +
      `τ ${tm.toFixed(1)} ± ${tsd.toFixed(1)} ms, ${(elapsed / 1000).toFixed(1)} s → ${out}\n`,
  );
  return trainer.status === "nan" ? 1 : 0;
}
