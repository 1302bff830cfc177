import type { ColumnMatrix } from "../column-matrix";
import type { SornRule } from "./rule";

/**
 * Synaptic scaling / normalisation 'ss' (spec §3.6.5): each post-synaptic E neuron's incoming
 * weights are divided by their sum, first for Wee, then for Wei:
 *   W[r,c] ← W[r,c] / Σ_r' W[r',c].
 * Returns the number of E neurons left with no E input and with no I input; their columns
 * stay 0 (the package would turn them into NaN for good). Written into `out` when given (the
 * network passes one object, so a step allocates nothing).
 */
export function applyNormalization(
  Wee: ColumnMatrix,
  Wei: ColumnMatrix,
  out: { eeEmpty: number; eiEmpty: number } = { eeEmpty: 0, eiEmpty: 0 },
): { eeEmpty: number; eiEmpty: number } {
  out.eeEmpty = Wee.normalizeColumns();
  out.eiEmpty = Wei.normalizeColumns();
  return out;
}

/**
 * Synaptic normalisation as a part of the step: {@link applyNormalization} of Wee then Wei,
 * its counts of emptied columns written to the context's `normalized`.
 */
export const ss: SornRule<"ss"> = {
  name: "ss",
  title: "Synaptic normalisation",
  description: "each E neuron's E→E and I→E inputs scaled to sum to 1",
  apply(c) {
    applyNormalization(c.net.Wee, c.net.Wei, c.normalized);
  },
};

/** The messages for E neurons whose E (resp. I) input vanished at the last normalisation. */
export function emptyColumnWarnings(eeEmpty: number, eiEmpty: number): string[] {
  const out: string[] = [];
  if (eeEmpty) out.push(`${eeEmpty} E neuron${eeEmpty > 1 ? "s have" : " has"} lost all E→E input`);
  if (eiEmpty) out.push(`${eiEmpty} E neuron${eiEmpty > 1 ? "s have" : " has"} lost all I→E input`);
  return out;
}
