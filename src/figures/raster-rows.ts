/**
 * The rows of a spike raster, shared by the live canvas (`src/plots/raster.ts`) and the exported
 * figure (`./raster.ts`) so both show the same neurons in the same order with the same labels:
 * one row per shown neuron, top to bottom — the chosen E neurons in increasing order, then the
 * chosen I neurons — each labelled by its neuron number (I neuron i is numbered ne + i, as in
 * the records' columns). Pure numbers: no DOM, no d3.
 */

/** Most labelled rows on the y axis (fewer on small selections). */
export const RASTER_TICKS = 6;

/** The neuron number of every row, top row first: `e`, then `ne + i` for each i of `i`. */
export function rasterRows(e: ArrayLike<number>, i: ArrayLike<number>, ne: number): number[] {
  return [...Array.from(e), ...Array.from(i, (k) => ne + k)];
}

/**
 * The rows that carry a tick label: every k-th row from the top row (so the top row is always
 * labelled), k the smallest of 1, 2, 5, 10, 20, 50, … that gives at most `count` labels.
 */
export function rasterTickRows(rows: number, count = RASTER_TICKS): number[] {
  if (!Number.isInteger(rows) || rows < 0) throw new Error(`rasterTickRows: rows must be a whole number ≥ 0, got ${rows}`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`rasterTickRows: count must be a whole number ≥ 1, got ${count}`);
  let k = 1;
  for (let p = 1; Math.ceil(rows / k) > count; ) {
    const next = [1, 2, 5].map((m) => m * p).find((m) => m > k);
    if (next === undefined) p *= 10;
    else k = next;
  }
  return Array.from({ length: Math.ceil(rows / k) }, (_, t) => t * k);
}

/** A short description of the rows for assistive technology: "E neurons 50–59, then I neurons 200–239". */
export function describeRows(e: readonly number[], i: readonly number[], ne: number): string {
  const runs = (xs: readonly number[]): string => {
    const out: string[] = [];
    for (let s = 0; s < xs.length; ) {
      let t = s;
      while (t + 1 < xs.length && xs[t + 1] === xs[t] + 1) t++;
      out.push(t === s ? String(xs[s]) : `${xs[s]}–${xs[t]}`);
      s = t + 1;
    }
    return out.join(", ");
  };
  const parts: string[] = [];
  if (e.length) parts.push(`E neurons ${runs(e)}`);
  if (i.length) parts.push(`I neurons ${runs(i.map((k) => ne + k))}`);
  return parts.length ? parts.join(", then ") : "no neurons";
}
