import type { Network } from "./construct";
import { inhibitoryCount, ipTarget, SornInputError, type SornParams } from "./params";
import type { NumpyRandom } from "../rng/numpy-random";
import type { PythonRandom } from "../rng/python-random";
import { ColumnMatrix } from "./column-matrix";
import { SparseRows } from "./sparse";
import type { DenseArray, SornState } from "./types";

/** The parts of a network that make up its state. */
interface StateSource {
  net: Network;
  ne: number;
  ni: number;
  t: number;
  xPrev: Uint8Array;
  x: Uint8Array;
  yPrev: Uint8Array;
  y: Uint8Array;
  np: NumpyRandom;
  py: PythonRandom;
}

function dense(shape: number[], data: Float64Array): DenseArray {
  return { shape, data };
}

function twoColumns(prev: Uint8Array, cur: Uint8Array): Float64Array {
  const out = new Float64Array(prev.length * 2);
  for (let i = 0; i < prev.length; i++) {
    out[2 * i] = prev[i];
    out[2 * i + 1] = cur[i];
  }
  return out;
}

/** Copy a network's state out, in the package's names, shapes and [pre, post] orientation. */
export function stateOf(s: StateSource): SornState {
  const { net, ne, ni } = s;
  return {
    Wee: dense([ne, ne], net.Wee.toDense()),
    Wei: dense([ni, ne], net.Wei.toDense()),
    Wie: dense([ne, ni], net.Wie.toDense()),
    Te: dense([ne, 1], Float64Array.from(net.Te)),
    Ti: dense([ni, 1], Float64Array.from(net.Ti)),
    X: dense([ne, 2], twoColumns(s.xPrev, s.x)),
    Y: dense([ni, 2], twoColumns(s.yPrev, s.y)),
    Hip: dense([ne, 1], Float64Array.from(net.Hip)),
    step: s.t,
    rng: {
      numpy: { ...s.np.mt.save(), hasGauss: s.np.hasGauss, gauss: s.np.gauss },
      python: s.py.mt.save(),
    },
  };
}

function expectShape(name: string, a: DenseArray | undefined, shapes: number[][]): Float64Array {
  if (!a || !Array.isArray(a.shape) || !(a.data instanceof Float64Array || Array.isArray(a.data))) {
    throw new SornInputError(`state.${name}`, "is missing or not an array");
  }
  const ok = shapes.some((s) => s.length === a.shape.length && s.every((d, i) => d === a.shape[i]));
  if (!ok) throw new SornInputError(`state.${name}`, `has shape (${a.shape.join(", ")}), expected (${shapes[0].join(", ")})`);
  const size = a.shape.reduce((p, d) => p * d, 1);
  if (a.data.length !== size) throw new SornInputError(`state.${name}`, `holds ${a.data.length} values for shape (${a.shape.join(", ")})`);
  for (let i = 0; i < a.data.length; i++) {
    if (!Number.isFinite(a.data[i])) throw new SornInputError(`state.${name}`, `entry ${i} is not a finite number (${a.data[i]})`);
  }
  return Float64Array.from(a.data);
}

function weights(name: string, a: DenseArray | undefined, rows: number, cols: number, wMax: number): Float64Array {
  const data = expectShape(name, a, [[rows, cols]]);
  for (let i = 0; i < data.length; i++) {
    if (data[i] < 0 || data[i] > wMax) throw new SornInputError(`state.${name}`, `entry [${Math.floor(i / cols)}, ${i % cols}] = ${data[i]} lies outside [0, w_max = ${wMax}]`);
  }
  return data;
}

function binaryColumns(name: string, a: DenseArray | undefined, n: number): [Uint8Array, Uint8Array] {
  const data = expectShape(name, a, [[n, 2]]);
  const prev = new Uint8Array(n);
  const cur = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (const c of [0, 1]) {
      const v = data[2 * i + c];
      if (v !== 0 && v !== 1) throw new SornInputError(`state.${name}`, `entry [${i}, ${c}] = ${v} is not 0 or 1`);
    }
    prev[i] = data[2 * i];
    cur[i] = data[2 * i + 1];
  }
  return [prev, cur];
}

/**
 * Validate a state (the package's seven arrays, optionally with Hip, step and generator
 * states) against the run's parameters and turn it into a network. Generators are restored
 * from `state.rng` when present; otherwise they keep the seeding the caller gave them.
 */
export function networkFromState(state: SornState, p: SornParams, np: NumpyRandom, py: PythonRandom) {
  if (!state || typeof state !== "object") throw new SornInputError("state", "must be an object with Wee, Wei, Wie, Te, Ti, X, Y");
  const ne = p.ne;
  const ni = inhibitoryCount(ne);
  const net: Network = {
    Wee: ColumnMatrix.fromDense(ne, ne, weights("Wee", state.Wee, ne, ne, p.w_max)),
    Wei: ColumnMatrix.fromDense(ni, ne, weights("Wei", state.Wei, ni, ne, p.w_max)),
    Wie: SparseRows.fromDense(ne, ni, weights("Wie", state.Wie, ne, ni, Infinity)),
    Te: expectShape("Te", state.Te, [[ne, 1], [ne]]),
    Ti: expectShape("Ti", state.Ti, [[ni, 1], [ni]]),
    Hip: state.Hip ? expectShape("Hip", state.Hip, [[ne, 1], [ne]]) : new Float64Array(ne).fill(ipTarget(p)),
  };
  const [xPrev, x] = binaryColumns("X", state.X, ne);
  const [yPrev, y] = binaryColumns("Y", state.Y, ni);
  const step = state.step ?? 0;
  if (!Number.isInteger(step) || step < 0) throw new SornInputError("state.step", `must be a non-negative integer, got ${step}`);
  if (state.rng) {
    try {
      np.mt.load(state.rng.numpy);
      np.hasGauss = Boolean(state.rng.numpy.hasGauss);
      np.gauss = Number(state.rng.numpy.gauss);
      py.mt.load(state.rng.python);
    } catch (e) {
      throw new SornInputError("state.rng", (e as Error).message);
    }
  }
  return { net, xPrev, x, yPrev, y, step };
}
