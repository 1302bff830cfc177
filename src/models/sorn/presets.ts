/**
 * Parameter presets from the SORN papers: the package's defaults, Lazar et al. 2009's counting
 * network and Zheng et al. 2013's lognormal-weights network. Each gives only the values that
 * differ from the package's defaults, the rules it switches off and the noise, and says where
 * its values come from. The values are those of `spec/experiments.md` (§3.2–3.3 and §4.2), which
 * cites the papers and, where the papers' methods could not be read, the public code of the same
 * lab; a value the spec does not give stays the package's default, and the description says so.
 */
import { SornInputError } from "../params/error";
import { resolveParams, type SornParams } from "./params";
import { RULES, type Rule } from "./rules";

/** One preset. */
export interface SornPreset {
  /** Its id (what `presetNamed` takes). */
  readonly id: string;
  /** Short name, as the menu and the undo step show it ("Preset: Zheng 2013"). */
  readonly title: string;
  /** One line: where its values come from (paper, section or table, and the spec that gives them). */
  readonly source: string;
  /** What it sets, and what it leaves at the package's defaults. */
  readonly description: string;
  /** Values that differ from the package's defaults (the rest is the package's). */
  readonly params: Readonly<Partial<SornParams>>;
  /** Rules switched off (the others are on). */
  readonly off: readonly Rule[];
  /** Whether the Gaussian noise is on. */
  readonly noise: boolean;
}

/** The package's defaults (`spec/sorn.md` §1): nothing overridden, all five rules on, noise on. */
const DEFAULTS: SornPreset = {
  id: "defaults",
  title: "Defaults",
  source: "The sorn package's defaults (Saran-nns/sorn, class attributes of Sorn): spec sorn.md §1.",
  description: "ne 200, nu 10, λ_ee 20, λ_ei 40, η_stdp 0.004, η_inhib 0.001, η_ip 0.01, h_ip = 2·nu/ne, noise σ 0.04; all five rules on.",
  params: {},
  off: [],
  noise: true,
};

/**
 * Lazar, Pipa & Triesch 2009, the counting task: the lab preset of `spec/experiments.md` §3.3
 * step 1 (first column of the table in §3.2). The spec takes these from the Triesch lab's code
 * (`delpapa/SORN_V2` CountingTask/param.py, `chrhartm/SORN` common/defaults.py); the paper's own
 * methods could not be read (spec §0, Q1).
 */
const LAZAR_2009: SornPreset = {
  id: "lazar2009",
  title: "Lazar 2009",
  source: "Lazar, Pipa & Triesch 2009 (Front. Comput. Neurosci. 3:23), counting task: spec experiments.md §3.2–3.3, after the Triesch lab's code (SORN_V2 CountingTask/param.py).",
  description:
    "nu 60 (6 letters × 10 input units), λ_ee 10, dense I→E, η_stdp 0.001, η_ip 0.001, h_ip 0.1; STDP, IP and SS only (iSTDP and SP off), no noise. " +
    "ne 200, dense E→I and the threshold ranges are the package's defaults, as the spec gives them; other values stay the package's defaults (unused with these rules). " +
    "The counting-task input (words A B…B C / D E…E F) is not in the lab: the current input stays.",
  params: {
    // §3.3 step 1: "nu 60 input channels" (6 letters, 10 channels each; §3.2 "N_U per letter 10").
    nu: 60,
    // §3.2 "E→E: sparse, mean in-degree λ = 10"; Q4: "The preset uses 10".
    lambda_ee: 10,
    // §3.2 "I→E, E→I: dense"; §3.3 "network_type_ei Dense" (network_type_ie is Dense by default).
    network_type_ei: "Dense",
    // §3.2 "η_STDP 0.001" and "η_IP 0.001".
    eta_stdp: 0.001,
    eta_ip: 0.001,
    // §3.2 "h_ip 0.1 (set explicitly: the engine's default 2·nu/ne would give 2·60/200 = 0.6)".
    h_ip: 0.1,
    // §3.3 also gives ne 200, te_max 1 and ti_max 0.5 (T_E ~ U[0, 1), T_I ~ U[0, 0.5)): the package's defaults.
  },
  // §3.2 "iSTDP, SP: off (freeze = {istdp, sp})"; §3.1: STDP, IP and normalisation only.
  off: ["istdp", "sp"],
  // §3.2 "noise: none"; §3.3 "noise off".
  noise: false,
};

/**
 * Zheng, Dimitrakakis & Triesch 2013, lognormal weights and synaptic turnover without input: the
 * "Zheng preset (lab)" column of `spec/experiments.md` §4.2, after `chrhartm/SORN`
 * examples/zheng2013/param_noinput.py; "the sorn package's defaults are this model" (§4.2).
 */
const ZHENG_2013: SornPreset = {
  id: "zheng2013",
  title: "Zheng 2013",
  source: "Zheng, Dimitrakakis & Triesch 2013 (PLoS Comput Biol 9:e1002848), lognormal weights: spec experiments.md §4.2, after chrhartm/SORN examples/zheng2013/param_noinput.py.",
  description:
    "No input (nu 0), h_ip 0.1, noise σ = √0.05 ≈ 0.224 on E and I (the package's is 0.04); all five rules on. " +
    "ne 200, λ_ee 20, λ_ei 40, η_stdp 0.004, η_inhib 0.001, η_ip 0.01, SP 0.1 / 0.001 and the threshold ranges are the package's defaults, as the spec gives them; " +
    "σ_ip stays 0 (per-neuron IP targets are not in the spec's preset). The lognormal shape needs about 200,000 steps.",
  params: {
    // §4.2 "input: none (nu = 0 or all-zero input)"; the source file has N_u = 0.
    nu: 0,
    // §4.2 "h_ip 0.1 (explicit)" (2·nu/ne would be 0 without input).
    h_ip: 0.1,
    // §4.2 "noise σ = √0.05 ≈ 0.2236 on E and I" (`noise_sig = sqrt(0.05)`; §6 Q5).
    noise_sigma: Math.sqrt(0.05),
    // §4.2: N_E 200, λ 20, I→E 20 % (λ_ei 40), η 0.004 / 0.001 / 0.01, SP 0.1 / 0.001,
    // T_E max 1, T_I max 0.5 are all the package's defaults.
  },
  off: [],
  noise: true,
};

/** The presets, in menu order. */
export const PRESETS: readonly SornPreset[] = [DEFAULTS, LAZAR_2009, ZHENG_2013];

/** The preset called `id`; an unknown id is a SornInputError listing the known ones. */
export function presetNamed(id: string): SornPreset {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new SornInputError("preset", `unknown preset '${id}' (presets: ${PRESETS.map((x) => x.id).join(", ")})`);
  return p;
}

/** Every parameter of a preset: the package's defaults with its values, checked by the codec. */
export function presetParams(p: SornPreset): SornParams {
  return resolveParams(p.params);
}

/** The rule switches of a preset: every rule on except those it switches off. */
export function presetRules(p: SornPreset): Record<Rule, boolean> {
  return Object.fromEntries(RULES.map((r) => [r, !p.off.includes(r)])) as Record<Rule, boolean>;
}
