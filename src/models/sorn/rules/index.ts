import { SornInputError } from "../params";
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
export const PLASTICITY_RULES: readonly SornRule[] = [stdp, ip, sp, istdp, ss];

/** The rule called `name`; an unknown name is a SornInputError naming `argument`. */
export function ruleNamed(name: string, argument: string): SornRule {
  const rule = PLASTICITY_RULES.find((r) => r.name === name);
  if (!rule) throw new SornInputError(argument, `unknown rule '${name}' (rules: ${PLASTICITY_RULES.map((r) => r.name).join(", ")})`);
  return rule;
}
