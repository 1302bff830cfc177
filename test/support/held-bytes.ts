/**
 * What a live object really holds in memory, for checking estimates: the bytes of every distinct
 * ArrayBuffer (typed arrays, WebAssembly memories) reachable from it through its fields.
 */

/** Bytes of every distinct ArrayBuffer reachable from `root` (each counted once). */
export function heldBytes(root: unknown): number {
  const seen = new Set<object>();
  const buffers = new Set<ArrayBufferLike>();
  const walk = (v: unknown) => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) return void buffers.add(v.buffer);
    if (v instanceof ArrayBuffer) return void buffers.add(v);
    if (v instanceof WebAssembly.Memory) return void buffers.add(v.buffer);
    const values = v instanceof Map ? [...v.values()] : v instanceof Set ? [...v] : Object.values(v);
    for (const x of values) walk(x);
  };
  walk(root);
  let total = 0;
  for (const b of buffers) total += b.byteLength;
  return total;
}
