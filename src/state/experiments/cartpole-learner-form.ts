/**
 * The cart-pole learner's settings as the page edits them (spec experiments.md §2.4): mode
 * (corrected by default), variant, environment, seed, episodes, input encoding (the population
 * code is the lab's extension, with its bins) and the docs mode's w scale (large values show the
 * softmax overflow, B3). Parsed into a run spec with one message per refused field.
 */
import { parseSeed } from "../../models/params/seed";
import { MAX_BINS, MAX_PRETRAIN_STEPS, type CartPoleMode, type CartPoleRunSpec, type CartPoleVariant, type Encoding, type EnvVersion } from "../../experiments/cartpole/options";

export interface LearnerForm {
  mode: CartPoleMode;
  variant: CartPoleVariant;
  env: EnvVersion;
  seed: string;
  episodes: string;
  encoding: Encoding;
  bins: string;
  wScale: string;
  /** Spec Q11: pre-train the reservoir for N steps on random input (plastic variant only). */
  pretrain: string;
}

export type LearnerFormErrors = Partial<Record<keyof LearnerForm, string>>;

/** The most episodes one Train may ask for in the page. */
export const MAX_PAGE_EPISODES = 100_000;

export const defaultLearnerForm = (): LearnerForm => ({ mode: "corrected", variant: "plastic", env: "v1", seed: "0", episodes: "300", encoding: "raw", bins: "6", wScale: "1", pretrain: "0" });

/** The environment each mode starts with (docs: v0 as the package; corrected: v1). */
export const modeEnv = (mode: CartPoleMode): EnvVersion => (mode === "docs" ? "v0" : "v1");

function integer(text: string, min: number, max: number, what: string): number | string {
  const t = text.trim();
  const v = Number(t);
  if (t === "" || !Number.isSafeInteger(v) || v < min || v > max) return `${what}: give an integer in [${min}, ${max}], got '${text}'`;
  return v;
}

/** The run spec of `form`, or the message of each refused field. */
export function parseLearnerForm(form: LearnerForm): { ok: true; spec: CartPoleRunSpec } | { ok: false; errors: LearnerFormErrors } {
  const errors: LearnerFormErrors = {};
  let seed = 0;
  try {
    seed = parseSeed(form.seed);
  } catch (e) {
    errors.seed = (e as Error).message;
  }
  const episodes = integer(form.episodes, 1, MAX_PAGE_EPISODES, "episodes");
  if (typeof episodes === "string") errors.episodes = episodes;
  const bins = form.encoding === "population" ? integer(form.bins, 2, MAX_BINS, "bins") : 0;
  if (typeof bins === "string") errors.bins = bins;
  const pretrain = form.variant === "plastic" ? integer(form.pretrain, 0, MAX_PRETRAIN_STEPS, "pre-train steps") : 0;
  if (typeof pretrain === "string") errors.pretrain = pretrain;
  const wScale = Number(form.wScale.trim());
  if (form.mode === "docs" && (form.wScale.trim() === "" || !Number.isFinite(wScale) || wScale <= 0)) errors.wScale = `w scale: give a number > 0, got '${form.wScale}'`;
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    spec: {
      mode: form.mode,
      variant: form.variant,
      env: form.env,
      seed,
      episodes: episodes as number,
      encoding: form.encoding,
      ...(form.encoding === "population" ? { bins: bins as number } : {}),
      ...(form.mode === "docs" && wScale !== 1 ? { wScale } : {}),
      ...(pretrain ? { pretrainSteps: pretrain as number } : {}),
    },
  };
}

/** The docs-mode bugs the page keeps (spec §2.3), listed when docs mode is chosen. */
export const DOCS_BUGS: readonly { id: string; text: string }[] = [
  { id: "B1", text: "the discount: γ is raised to the reward (always 1), so step i's weight is 0.99·(T − i) and γ has no effect" },
  { id: "B2", text: "no baseline: returns are neither centred nor scaled, so the step grows with T²" },
  { id: "B3", text: "an unstabilised softmax: exp(z) overflows once z > 709.78 and the run stops with \"softmax overflow\" (try w scale 1000)" },
  { id: "B4", text: "the comment says \"temporal difference learning\"; it is Monte-Carlo policy gradient (REINFORCE) without a critic" },
  { id: "B6", text: "the encoding: the four raw, signed observations drive E neurons 0–3 directly; velocities dominate the angle" },
  { id: "B7", text: "h_ip = 2·nu/ne = 0.16 by the package's rule (not the literature's 0.1)" },
  { id: "B8", text: "plasticity and readout learning overlap in the 20 plasticity episodes; then the reservoir freezes under a w tuned to an earlier one" },
];

/** What the corrected mode changes (spec §2.4), listed when it is chosen. */
export const CORRECTED_CHANGES =
  "Corrected: discounted returns G_i = r_i + γG_{i+1} standardised per episode, a stable softmax, a bias feature, α 0.01, CartPole-v1 by default, and 20 plasticity episodes with random actions and no learning before the frozen reservoir learns; held-out evaluations (20 episodes, learning off) every 50 episodes and at the end.";

/** What the calibration found and what this engine measured (spec §2.6; README), said next to the results. */
export const FINDINGS =
  "What to expect: with the package's raw 4-neuron encoding the reservoir loses to a linear policy on the raw observations, and 20 plasticity episodes give no advantage over a frozen reservoir. The spec's calibration (3 seeds × 600 episodes of v0, last-100 training means) found docs 21–24, corrected 28–78, frozen 36–65, raw 153–163, random ≈ 22. This engine (10 seeds): docs 28.1 ± 4.7, corrected 48.2 ± 19.7, frozen 79.7 ± 48.5, raw 162.0 ± 17.1, random 22.3 ± 0.9; held-out corrected − frozen −33.1, 95 % CI [−59.9, −7.5]: here plasticity even hurt. With the population code (K = 6) the reservoir catches up with the linear policy, and plasticity still does not help.";
