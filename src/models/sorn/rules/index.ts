import { SornInputError } from "../../params/error";
import { ip } from "./ip";
import { istdp } from "./istdp";
import { ss } from "./normalization";
import type { SornRule } from "./rule";
import { sp } from "./sp";
import { stdp } from "./stdp";

export type { RuleContext, SornRule } from "./rule";

/**
 * The registered plasticity rules, in the order the plasticity phase runs them (the package's:
 * STDP, IP, SP, iSTDP, then synaptic normalisation). A new rule is one file exporting a
 * {@link SornRule} and one entry here.
 */
export const PLASTICITY_RULES = [stdp, ip, sp, istdp, ss] as const satisfies readonly SornRule[];

/** A rule's name, as `freeze`, `rule(name, on)`, the URL's `off=` and the lab's switches take it. */
export type Rule = (typeof PLASTICITY_RULES)[number]["name"];

/** The rule names in step order ('ss' is synaptic scaling, the normalisation). */
export const RULES: readonly Rule[] = PLASTICITY_RULES.map((r) => r.name);

/** The rule called `name`; an unknown name is a SornInputError naming `argument`. */
export function ruleNamed(name: string, argument: string): SornRule {
  const rule = (PLASTICITY_RULES as readonly SornRule[]).find((r) => r.name === name);
  if (!rule) throw new SornInputError(argument, `unknown rule '${name}' (rules: ${PLASTICITY_RULES.map((r) => r.name).join(", ")})`);
  return rule;
}
