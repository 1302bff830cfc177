/**
 * Input checks shared by the figures. Each throws an Error naming the figure and the field,
 * so bad data (empty, mismatched lengths, NaN) fails loudly instead of drawing nonsense.
 */

/** A numeric sequence figures accept: a typed array or a plain array. */
export type Numbers = ArrayLike<number>;

/** A binary spike train, `steps` rows × `neurons` columns, row-major (same shape as the engine's). */
export interface SpikeRaster {
  steps: number;
  neurons: number;
  /** steps·neurons entries, 0 or 1. */
  data: ArrayLike<number>;
}

/** Throws unless `values` is non-empty and every entry is finite. */
export function checkNumbers(figure: string, name: string, values: Numbers | undefined): void {
  if (values === undefined || values === null || typeof values.length !== "number") {
    throw new Error(`${figure}: ${name} is missing`);
  }
  if (values.length === 0) throw new Error(`${figure}: ${name} is empty`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new Error(`${figure}: ${name}[${i}] is ${String(v)}; all values must be finite numbers`);
    }
  }
}

/** Throws unless every named sequence has the same length as the first. */
export function checkSameLength(figure: string, seqs: Record<string, Numbers | undefined>): void {
  let first: [string, number] | undefined;
  for (const [name, s] of Object.entries(seqs)) {
    if (s === undefined) continue;
    if (!first) first = [name, s.length];
    else if (s.length !== first[1]) {
      throw new Error(`${figure}: ${name} has length ${s.length} but ${first[0]} has length ${first[1]}`);
    }
  }
}

/** Throws unless `x` is a finite number (optionally > 0 or an integer ≥ 1). */
export function checkScalar(
  figure: string,
  name: string,
  x: number,
  kind: "finite" | "positive" | "count" = "finite",
): void {
  const ok =
    typeof x === "number" &&
    Number.isFinite(x) &&
    (kind === "finite" || (kind === "positive" ? x > 0 : Number.isInteger(x) && x >= 1));
  if (!ok) {
    const want = kind === "finite" ? "a finite number" : kind === "positive" ? "a positive number" : "an integer ≥ 1";
    throw new Error(`${figure}: ${name} must be ${want}, got ${String(x)}`);
  }
}

/** Throws unless `r` is a well-formed non-empty 0/1 spike train. */
export function checkRaster(figure: string, name: string, r: SpikeRaster | undefined): void {
  if (!r || typeof r !== "object") throw new Error(`${figure}: ${name} is missing`);
  checkScalar(figure, `${name}.steps`, r.steps, "count");
  checkScalar(figure, `${name}.neurons`, r.neurons, "count");
  if (!r.data || r.data.length !== r.steps * r.neurons) {
    throw new Error(
      `${figure}: ${name}.data has length ${r.data?.length} but steps·neurons = ${r.steps * r.neurons}`,
    );
  }
  for (let i = 0; i < r.data.length; i++) {
    const v = r.data[i];
    if (v !== 0 && v !== 1) throw new Error(`${figure}: ${name}.data[${i}] is ${String(v)}; spikes must be 0 or 1`);
  }
}

/** Throws unless `m` holds n·n finite numbers (a square row-major matrix). */
export function checkSquare(figure: string, name: string, m: Numbers | undefined, n: number): void {
  checkScalar(figure, "n", n, "count");
  checkNumbers(figure, name, m);
  if (m!.length !== n * n) throw new Error(`${figure}: ${name} has length ${m!.length} but n·n = ${n * n}`);
}

/** Throws unless `idx` lists distinct integer indices in [0, n). */
export function checkIndices(figure: string, name: string, idx: Numbers, n: number): void {
  if (idx.length === 0) throw new Error(`${figure}: ${name} is empty`);
  const seen = new Set<number>();
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i];
    if (!Number.isInteger(v) || v < 0 || v >= n) {
      throw new Error(`${figure}: ${name}[${i}] = ${String(v)} is not a neuron index in [0, ${n})`);
    }
    if (seen.has(v)) throw new Error(`${figure}: ${name} lists neuron ${v} twice`);
    seen.add(v);
  }
}

/** [min, max] of a checked sequence. */
export function extent(values: Numbers): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < lo) lo = values[i];
    if (values[i] > hi) hi = values[i];
  }
  return [lo, hi];
}
