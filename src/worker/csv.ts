/**
 * A small CSV writer (RFC 4180): fields with a comma, quote or line break are quoted, quotes
 * doubled; numbers are written in full precision (JavaScript's shortest round-trip form), so
 * `numpy.loadtxt(..., delimiter=",", skiprows=1)` or pandas reads back the exact values.
 */

/** One CSV field. */
export function csvField(v: string | number | boolean): string {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
    return String(v);
  }
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV document from a header and columns of equal length (each column any array-like of
 * numbers); lines end with "\n" and the document ends with one.
 */
export function columnsToCsv(header: readonly string[], columns: readonly ArrayLike<number>[]): string {
  if (header.length !== columns.length) throw new Error(`CSV: ${header.length} column names for ${columns.length} columns`);
  const n = columns.length > 0 ? columns[0].length : 0;
  columns.forEach((c, k) => {
    if (c.length !== n) throw new Error(`CSV: column '${header[k]}' has ${c.length} rows, expected ${n}`);
  });
  const lines: string[] = [header.map(csvField).join(",")];
  const row = new Array<string>(columns.length);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < columns.length; k++) row[k] = csvField(columns[k][i]);
    lines.push(row.join(","));
  }
  return lines.join("\n") + "\n";
}
