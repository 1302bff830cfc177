/** A fixed-width text table: columns padded to their widest cell, two spaces apart. */
export function textTable(head: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  return [head, ...body].map((r) => r.map((s, i) => s.padEnd(widths[i])).join("  ").trimEnd()).join("\n") + "\n";
}
