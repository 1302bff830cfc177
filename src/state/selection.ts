/**
 * Neuron selections as users type them: "all", "none", "0-99", "0-9, 50-59, 120". Indices are
 * 0-based, ranges inclusive; the result is sorted and without repeats.
 */

/** A parsed selection, or why it was refused. */
export type Selection = { ok: true; indices: number[] } | { ok: false; message: string };

/** Parse `text` for a pool of `n` neurons. */
export function parseSelection(text: string, n: number): Selection {
  const t = text.trim().toLowerCase();
  if (t === "" || t === "all") return { ok: true, indices: Array.from({ length: n }, (_, i) => i) };
  if (t === "none") return { ok: true, indices: [] };
  const picked = new Set<number>();
  for (const part of t.split(",")) {
    const p = part.trim();
    if (p === "") continue;
    const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(p);
    if (!m) return { ok: false, message: `'${p}' is not an index or a range like 0-99` };
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a > b) return { ok: false, message: `'${p}': the range runs backwards` };
    if (b >= n) return { ok: false, message: `'${p}': indices go from 0 to ${n - 1}` };
    for (let i = a; i <= b; i++) picked.add(i);
  }
  return { ok: true, indices: [...picked].sort((x, y) => x - y) };
}
