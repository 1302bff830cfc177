import type { SornNetwork } from "./network";
import type { SparseRows } from "./sparse";
import type { ColumnMatrix } from "./column-matrix";

/**
 * Check a network's invariants and return the violations (empty when all hold): weights finite
 * and within (w_min, w_max] for stored entries of Wee and Wei, rows sorted and counted right,
 * thresholds finite and within [te_min, te_max] (after IP has run), states 0/1, and — when
 * `normalised` — every column of Wee and Wei with input summing to 1 (to 1e-12).
 */
export function checkInvariants(net: SornNetwork, opts: { normalised: boolean; thresholdsClipped: boolean }): string[] {
  const errors: string[] = [];
  const p = net.params;
  const check = (name: string, M: SparseRows | ColumnMatrix, lo: number, hi: number) => {
    const byColumns = "lists" in M;
    const W = byColumns ? M.lists : M;
    let stored = 0;
    let diagonal = 0;
    for (let r = 0; r < W.rows; r++) {
      stored += W.len[r];
      if (W.len[r] > W.cap[r]) errors.push(`${name} list ${r} overflows its room`);
      for (let k = W.start[r]; k < W.start[r] + W.len[r]; k++) {
        const c = W.idx[k];
        const w = W.val[k];
        if (k > W.start[r] && W.idx[k - 1] >= c) errors.push(`${name} row ${r} is not sorted`);
        if (c === r && W.rows === W.cols) diagonal++;
        const [pre, post] = byColumns ? [c, r] : [r, c];
        if (!(w > lo && w <= hi)) errors.push(`${name}[${pre},${post}] = ${w} outside (${lo}, ${hi}]`);
      }
    }
    if (stored !== W.nonZeroCount()) errors.push(`${name} stores ${stored} entries but counts ${W.nonZeroCount()}`);
    if (W.rows === W.cols && diagonal !== W.diagonal) errors.push(`${name} has ${diagonal} diagonal entries but counts ${W.diagonal}`);
    for (let c = 0; c < W.cols; c++) {
      let n = 0;
      for (let r = 0; r < W.rows; r++) for (let k = W.start[r]; k < W.start[r] + W.len[r]; k++) if (W.idx[k] === c) n++;
      if (n !== W.colCount[c]) errors.push(`${name} list-index ${c} occurs ${n} times but counts ${W.colCount[c]}`);
    }
    if (byColumns) {
      const ri = M.rowIndex;
      let same = ri.nonZeroCount() === W.nonZeroCount();
      for (let c = 0; same && c < W.rows; c++) {
        for (let k = W.start[c]; k < W.start[c] + W.len[c]; k++) {
          const p = ri.find(W.idx[k], c);
          if (p < 0 || ri.val[p] !== k + 1) same = false;
        }
      }
      if (!same) errors.push(`${name}'s row index does not match its columns (pattern or positions)`);
    }
    if (opts.normalised) {
      const sums = M.columnSums(new Float64Array(M.cols));
      for (let c = 0; c < M.cols; c++) if (sums[c] !== 0 && Math.abs(sums[c] - 1) > 1e-12) errors.push(`${name} column ${c} sums to ${sums[c]}`);
    }
  };
  check("Wee", net.net.Wee, p.w_min, p.w_max);
  check("Wei", net.net.Wei, p.w_min, p.w_max);
  check("Wie", net.net.Wie, 0, Infinity);
  net.net.Te.forEach((t, i) => {
    if (!Number.isFinite(t)) errors.push(`Te[${i}] = ${t}`);
    else if (opts.thresholdsClipped && (t < p.te_min || t > p.te_max)) errors.push(`Te[${i}] = ${t} outside [${p.te_min}, ${p.te_max}]`);
  });
  for (const [name, s] of [["x", net.x], ["y", net.y], ["r", net.r]] as const) s.forEach((v, i) => v > 1 && errors.push(`${name}[${i}] = ${v}`));
  return errors;
}
