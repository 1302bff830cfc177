/**
 * The Spiking RNN tab's training settings (issue 14; spec spiking-rnn.md §1–2): task, N,
 * activation, initialisation, seed and trial cap, as text the page edits and a parsed
 * {@link RnnSessionSpec}. Each refusal names its field in the words `sorn rnn train` uses
 * (SornInputError: "n: must be an integer in [2, 4000], got 1.5").
 *
 * Defaults are the paper's: Go-NoGo, N = 200, sigmoid, τ 20–50 ms, the paper's initialisation
 * (|N(0, 1)|·g/√(N·P_rec), g = 1.5). "balanced" is the E/I-balanced labelled deviation
 * (spikeRNN#3: inhibitory columns × N_E/N_I), never the default.
 */
import { SornInputError } from "../../models/params/error";
import { parseSeed } from "../../models/params/seed";
import { ACTIVATIONS, type Activation } from "../../models/rate-rnn/activation";
import { TASKS, type TaskId } from "../../models/rate-rnn/tasks";
import { checkNetworkSettings } from "../../models/rate-rnn/train";
import { DEFAULT_NETWORK } from "../../models/rate-rnn/network";
import type { RnnSessionSpec } from "../../worker/rate-rnn-trainer";
import { formParser } from "../experiments/form-fields";

/** The form as the page holds it. */
export interface RnnForm {
  task: TaskId;
  n: string;
  activation: Activation;
  init: "paper" | "balanced";
  seed: string;
  maxTrials: string;
}
export type RnnField = keyof RnnForm;
export type RnnFormErrors = Partial<Record<RnnField, string>>;

/** The largest N the page takes (the CLI takes 4,000). */
export const PAGE_MAX_N = 1000;

/** The largest trial cap the page takes. */
export const PAGE_MAX_TRIALS = 100_000;

export const TASK_LABELS: Record<TaskId, string> = {
  "go-nogo": "Go-NoGo (T = 200 steps, 1 s)",
  mante: "context-dependent integration, mante (T = 500, 2.5 s)",
  xor: "temporal XOR (T = 300, 1.5 s)",
  dms: "DMS, the fork's timings (T = 200)",
};
export const ACTIVATION_LABELS: Record<Activation, string> = {
  sigmoid: "sigmoid (the paper's; converts to LIF)",
  clipped_relu: "ReLU clipped at 20, min(max(x, 0), 20): the code's ReLU (Fig. 7; converts at about 0 %)",
  softplus: "softplus (clipped at 20)",
  relu: "ReLU, unclipped (not in the code; diverges at the paper's init)",
};
export const INIT_LABELS = {
  paper: "the paper's (|N(0,1)|·1.5/√(N·0.2))",
  balanced: "E/I-balanced (labelled deviation: I columns × N_E/N_I, spikeRNN#3)",
} as const;
export { ACTIVATIONS, TASKS };

/** The paper's defaults, cap 6,000. */
export function defaultRnnForm(): RnnForm {
  return { task: "go-nogo", n: String(DEFAULT_NETWORK.n), activation: "sigmoid", init: "paper", seed: "0", maxTrials: "6000" };
}

function integer(text: string, field: string, lo: number, hi: number): number {
  const t = text.trim();
  if (!/^-?\d+$/.test(t) || Number(t) < lo || Number(t) > hi) throw new SornInputError(field, `must be an integer in [${lo}, ${hi}], got '${text}'`);
  return Number(t);
}

/** The form as a session spec, or every field's refusal. */
export function parseRnnForm(form: RnnForm): { ok: true; spec: RnnSessionSpec } | { ok: false; errors: RnnFormErrors } {
  const { errors, take } = formParser<RnnField>();
  const n = take("n", () => {
    const v = integer(form.n, "n", 2, 4000);
    if (v > PAGE_MAX_N) throw new SornInputError("n", `the page takes N ≤ ${PAGE_MAX_N} (W_eff's spectrum and the model file grow as N²; \`sorn rnn train\` takes up to 4000), got ${v}`);
    checkNetworkSettings({ ...DEFAULT_NETWORK, n: v, nIn: 1 });
    return v;
  });
  const seed = take("seed", () => parseSeed(form.seed, "seed"));
  const maxTrials = take("maxTrials", () => integer(form.maxTrials, "max_trials", 1, PAGE_MAX_TRIALS));
  take("task", () => {
    if (!(TASKS as readonly string[]).includes(form.task)) throw new SornInputError("task", `unknown task '${form.task}' (${TASKS.join(", ")})`);
  });
  take("activation", () => {
    if (!(ACTIVATIONS as readonly string[]).includes(form.activation)) throw new SornInputError("activation", `unknown activation '${form.activation}' (${ACTIVATIONS.join(", ")})`);
  });
  if (Object.keys(errors).length || n === undefined || seed === undefined || maxTrials === undefined) return { ok: false, errors };
  return { ok: true, spec: { task: form.task, n, activation: form.activation, init: form.init === "balanced" ? "balanced" : "paper", seed, maxTrials } };
}
