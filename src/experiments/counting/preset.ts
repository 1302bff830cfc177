/**
 * The counting preset's network and conditions (spec experiments.md §3.3 steps 1 and 7), and the
 * parsers of its settings (shared by the CLI and any other front end).
 *
 * Step 1: the "lazar2009" SORN preset (ne 200, nu 60, λ_ee 10, network_type_ei Dense, η_stdp
 * 0.001, η_ip 0.001, h_ip 0.1 explicit, noise off) with te_max 1 and ti_max 0.5 pinned here.
 * Conditions on the same seeds (the same initial network and the same letter stream):
 *   sorn   — STDP + IP + SS        (freeze istdp, sp)
 *   static — no plasticity at all  (freeze all five from step 0: the "static reservoir")
 *   ip     — IP only               (freeze stdp, ss, istdp, sp)
 *
 * Seeds: a job seed S (an integer in [0, 2^32)) gives the engine seed S (`np.random.seed(S);
 * random.seed(S)`, so the network is the one `sorn simulate --seed S` with these parameters
 * builds) and the letter stream's seed (S + 1000) mod 2^32, the lab's rule for its default
 * input stream (`defaultInputSeed`); the stream is numpy's `RandomState((S + 1000) mod 2^32)`,
 * one `random_sample()` per word.
 */
import { SornInputError } from "../../models/params/error";
import { defaultInputSeed } from "../../models/params/seed";
import { presetNamed } from "../../models/sorn/presets";
import type { SornParams } from "../../models/sorn/params";
import type { Rule } from "../../models/sorn/rules";

/** The conditions of §3.3 step 7. */
export const CONDITIONS = ["sorn", "static", "ip"] as const;
export type CountingCondition = (typeof CONDITIONS)[number];

/** The readouts of §3.3 step 5: X = [x'(t), 1] → letter(t+1); R = [r(t), 1] → letter(t). */
export const READOUTS = ["X", "R"] as const;
export type CountingReadout = (typeof READOUTS)[number];

/** The frozen rules of each condition (the rest are on in the plastic phase). */
export const CONDITION_FREEZE: Readonly<Record<CountingCondition, readonly Rule[]>> = {
  sorn: ["istdp", "sp"],
  static: ["stdp", "ip", "sp", "istdp", "ss"],
  ip: ["stdp", "ss", "istdp", "sp"],
};

/** The network of step 1: the lazar2009 preset's values, ne 200, te_max 1, ti_max 0.5. */
export function countingParams(): Partial<SornParams> {
  const lazar = presetNamed("lazar2009");
  return { ...lazar.params, ne: 200, te_max: 1, ti_max: 0.5 };
}

/** Phase lengths of §3.3 (steps 3 and 4). */
export const DEFAULT_STEPS = { plastic: 50_000, train: 5_000, test: 5_000 } as const;

/** The engine's seed and the letter stream's seed of job seed S (see the module comment). */
export function jobSeeds(seed: number): { engine: number; task: number } {
  return { engine: seed, task: defaultInputSeed(seed) };
}

function list(text: string): string[] {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

/** "4,8,12" → [4, 8, 12]: positive integers (errors name `argument`). */
export function parseCounts(text: string, argument = "n"): number[] {
  const items = list(text);
  if (!items.length) throw new SornInputError(argument, "needs at least one value, e.g. 4,8,12");
  return items.map((s) => {
    if (!/^\d+$/.test(s) || Number(s) < 1 || !Number.isSafeInteger(Number(s))) throw new SornInputError(argument, `every value must be a positive integer, got '${s}'`);
    return Number(s);
  });
}

/** "sorn,static" → the conditions; an unknown name lists the known ones. */
export function parseConditions(text: string, argument = "conditions"): CountingCondition[] {
  return parseNames(text, argument, CONDITIONS, "condition");
}

/** "X,R" → the readouts (case as written: X, R). */
export function parseReadouts(text: string, argument = "readout"): CountingReadout[] {
  return parseNames(text, argument, READOUTS, "readout");
}

function parseNames<T extends string>(text: string, argument: string, known: readonly T[], what: string): T[] {
  const items = list(text);
  if (!items.length) throw new SornInputError(argument, `needs at least one ${what} (${known.join(", ")})`);
  for (const s of items) if (!known.includes(s as T)) throw new SornInputError(argument, `unknown ${what} '${s}' (${what}s: ${known.join(", ")})`);
  const dup = items.find((s, i) => items.indexOf(s) !== i);
  if (dup) throw new SornInputError(argument, `${what} '${dup}' given twice`);
  return items as T[];
}
