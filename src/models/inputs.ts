import { NumpyRandom } from "./rng/numpy-random";
import { SornInputError } from "./sorn/params";

/**
 * Where a step's external input comes from. `fill(t, out)` writes the nu input values u(t)
 * for the network's step number t (0 for the first step of a fresh network); u_i drives E
 * neuron i directly (spec §3.3). Sources draw from their own generators, never the network's.
 */
export interface InputSource {
  readonly nu: number;
  fill(t: number, out: Float64Array): void;
}

/** No input: u(t) = 0. */
export function zeroInput(nu: number): InputSource {
  return { nu, fill: (_t, out) => out.fill(0) };
}

/**
 * An explicit nu × T matrix (row i is input unit i), as the package's `inputs` argument.
 * Column (t − firstStep) is used at step t; a step outside the matrix is an error.
 */
export function matrixInput(rows: ArrayLike<ArrayLike<number>>, firstStep = 0): InputSource {
  const nu = rows.length;
  const T = nu > 0 ? rows[0].length : 0;
  for (let i = 0; i < nu; i++) {
    if (rows[i].length !== T) throw new SornInputError("inputs", `every row must have the same length; row 0 has ${T}, row ${i} has ${rows[i].length}`);
    for (let t = 0; t < T; t++) {
      const v = rows[i][t];
      if (typeof v !== "number" || !Number.isFinite(v)) throw new SornInputError("inputs", `entry [${i}][${t}] is not a finite number (${v})`);
    }
  }
  return {
    nu,
    fill(t, out) {
      const col = t - firstStep;
      if (col < 0 || col >= T) throw new SornInputError("inputs", `has ${T} columns, but step ${t} needs column ${col}`);
      for (let i = 0; i < nu; i++) out[i] = rows[i][col];
    },
  };
}

/**
 * Uniform [0, 1) inputs from numpy's `RandomState(seed)`, nu values per step in order, so the
 * inputs of steps 0..T−1 equal `np.random.RandomState(seed).rand(T, nu).T` (a stream separate
 * from the network's). Jumping to another step re-seeds and skips ahead.
 */
export function uniformInput(nu: number, seed: number): InputSource {
  const rng = new NumpyRandom(seed);
  let cursor = 0;
  return {
    nu,
    fill(t, out) {
      if (t !== cursor) {
        rng.seed(seed);
        for (let s = 0; s < t * nu; s++) rng.random();
        cursor = t;
      }
      for (let i = 0; i < nu; i++) out[i] = rng.random();
      cursor++;
    },
  };
}

/** The same pattern every step (e.g. a constant drive to some input units). */
export function constantInput(pattern: ArrayLike<number>): InputSource {
  const p = Float64Array.from(pattern);
  for (const v of p) if (!Number.isFinite(v)) throw new SornInputError("inputs", "the constant pattern must be finite numbers");
  return { nu: p.length, fill: (_t, out) => out.set(p) };
}

/**
 * A repeating symbol sequence, as in the SORN papers' "ABCD…" tasks: the input units are split
 * into one group per symbol (units [s·g, (s+1)·g) with g = floor(nu / symbols)), and at step t
 * the group of symbol sequence[t mod length] gets `amplitude`, the others 0.
 */
export function sequenceInput(nu: number, sequence: string, amplitude = 1): InputSource {
  const symbols = [...new Set(sequence)];
  if (sequence.length === 0) throw new SornInputError("sequence", "must not be empty");
  const g = Math.floor(nu / symbols.length);
  if (g < 1) throw new SornInputError("sequence", `has ${symbols.length} symbols but only ${nu} input units`);
  const codes = Array.from(sequence, (ch) => symbols.indexOf(ch));
  return {
    nu,
    fill(t, out) {
      out.fill(0);
      const s = codes[t % codes.length];
      out.fill(amplitude, s * g, (s + 1) * g);
    },
  };
}
