import { SornInputError } from "../sorn/params";

/** A row-major array as nested lists of the given shape (what `ndarray.tolist()` gives). */
export function toNested(shape: readonly number[], data: ArrayLike<number>): unknown {
  if (shape.length === 0) return data[0];
  const walk = (dim: number, offset: number): unknown[] => {
    const n = shape[dim];
    const stride = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = dim === shape.length - 1 ? data[offset + i] : walk(dim + 1, offset + i * stride);
    return out;
  };
  return walk(0, 0);
}

/**
 * Nested lists back to a shape and row-major float64 data (what `np.array(lists)` does for a
 * regular numeric array). Ragged lists or non-numbers are an error naming `what`; `null`
 * (how JSON writes NaN) is refused too.
 */
export function fromNested(value: unknown, what: string): { shape: number[]; data: Float64Array } {
  const shape: number[] = [];
  let probe: unknown = value;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0];
  }
  const size = shape.reduce((a, b) => a * b, 1);
  const data = new Float64Array(size);
  let k = 0;
  const walk = (v: unknown, dim: number, path: string) => {
    if (dim === shape.length) {
      if (typeof v !== "number" || !Number.isFinite(v)) throw new SornInputError(what, `entry ${path || "[]"} is not a finite number (${JSON.stringify(v)})`);
      data[k++] = v;
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[dim]) throw new SornInputError(what, `is not a regular array: ${path || "the top level"} should be a list of ${shape[dim]}`);
    v.forEach((x, i) => walk(x, dim + 1, `${path}[${i}]`));
  };
  walk(value, 0, "");
  return { shape, data };
}
