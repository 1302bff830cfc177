/**
 * One colour per synapse rule for the Spikey tab's charts (the Fig. 1 panel and the STDP-kernel
 * explorer), from the lab's Okabe–Ito palette (`src/figures/palette.ts`), so a rule looks the
 * same in both: MSTDPET blue, MSTDP vermillion, Spikey's RLSTDP bluish green, LTP sky blue.
 * Where two curves can lie on each other (MSTDP under MSTDPET for one pairing), the one drawn on
 * top is dashed ({@link RULE_DASH}).
 */
import { OKABE_ITO, SERIES_DASHES } from "../../figures/palette";
import type { Fig1Rule } from "../../models/spikey/synapses/florian-fig1";
import type { KernelRule } from "../../state/spikey/stdp-kernel";

/** The colour of each rule, by its synapse part's name. */
export const RULE_COLORS: Readonly<Record<KernelRule, string>> = {
  MSTDPET: OKABE_ITO.blue,
  MSTDP: OKABE_ITO.vermillion,
  RLSTDP: OKABE_ITO.bluishGreen,
  LTP: OKABE_ITO.skyBlue,
};

/** Dash pattern (SVG stroke-dasharray) of each rule's curve; solid where absent. */
export const RULE_DASH: Readonly<Partial<Record<KernelRule, string>>> = { MSTDP: SERIES_DASHES[0] };

/** The part each Fig. 1 curve runs. */
const FIG1_PART: Readonly<Record<Fig1Rule, KernelRule>> = { mstdpet: "MSTDPET", mstdp: "MSTDP", "spikey-rlstdp": "RLSTDP" };

/** The colour of a Fig. 1 curve: its part's. */
export function fig1Color(rule: Fig1Rule): string {
  return RULE_COLORS[FIG1_PART[rule]];
}
