import type { ColumnMatrix } from "../column-matrix";

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
