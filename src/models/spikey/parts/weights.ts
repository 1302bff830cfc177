/**
 * The weight slot (spec spikey.md §1.2, §2.1): a dense float32 (N_in + N) × N matrix, rows
 * presynaptic (inputs first, then body neurons), columns postsynaptic body neurons, row-major.
 * Entries that start at 0 are masked and stay 0 forever (fixed topology); every value is kept in
 * [0, max_weight] (`clip`). Signs come from the spikes, so weights are magnitudes.
 *
 * - Manual: `matrix` is the whole (N_in+N) × N array, or a list of layer blocks placed along the
 *   block diagonal (block k at row Σ_{j<k} rows_j, column Σ_{j<k} cols_j: in → hidden, hidden → out …).
 * - Random: w ~ U(weight_init_low, weight_init_high) under a mask: `layers` (block shapes
 *   [rows, cols] placed as above), `matrix_mask` (a 0/1 array, (N_in+N) × N or N × N for the body
 *   rows only) and Bernoulli(connection_prob); self-loops are zeroed; force_unidirectional removes
 *   one of each reciprocal body pair i ⇄ j at random.
 */
import { SornInputError } from "../../params/error";
import type { PartKey } from "../keys";
import type { PartInfo, Rng } from "../types";

/** The network's weights and their fixed mask. */
export class WeightMatrix {
  readonly rows: number;
  readonly cols: number;
  private store: Float32Array;
  private inKernel = false;
  /** 1 where a synapse exists (its initial value was non-zero). */
  readonly mask: Uint8Array;
  /** The existing synapses by row (CSR): row u's columns are cols[rowStart[u] … rowStart[u+1]). */
  readonly rowStart: Int32Array;
  readonly colIndex: Int32Array;

  constructor(
    readonly nInputs: number,
    readonly nNeurons: number,
    public maxWeight: number,
    values: Float32Array,
  ) {
    this.rows = nInputs + nNeurons;
    this.cols = nNeurons;
    this.store = values;
    this.mask = Uint8Array.from(values, (x) => (x !== 0 ? 1 : 0));
    this.rowStart = new Int32Array(this.rows + 1);
    const cols: number[] = [];
    for (let u = 0; u < this.rows; u++) {
      for (let c = 0; c < this.cols; c++) if (this.mask[u * this.cols + c]) cols.push(c);
      this.rowStart[u + 1] = cols.length;
    }
    this.colIndex = Int32Array.from(cols);
    this.clip();
  }

  /** The weights, row-major, float32 (a view on the STDP kernel's memory once `moveTo` ran). */
  get w(): Float32Array {
    return this.store;
  }

  /** Whether `moveTo` ran (the weights live in one kernel's memory; they move at most once). */
  get moved(): boolean {
    return this.inKernel;
  }

  /** Copy the weights into `view` (same length) and keep them there from now on (the WebAssembly STDP kernel's memory). */
  moveTo(view: Float32Array): void {
    if (this.moved) throw new Error("weights: already moved to a kernel's memory");
    if (view.length !== this.store.length) throw new Error(`weights: moveTo needs ${this.store.length} floats, got ${view.length}`);
    view.set(this.store);
    this.store = view;
    this.inKernel = true;
  }

  /** w[pre][post]. */
  get(pre: number, post: number): number {
    return this.w[pre * this.cols + post];
  }

  /** Every weight into [0, max_weight]; masked ones to 0; a NaN becomes 0 (never kept). */
  clip(): void {
    const max = this.maxWeight;
    for (let i = 0; i < this.w.length; i++) {
      const x = this.w[i];
      this.w[i] = this.mask[i] === 0 || !(x > 0) ? 0 : x > max ? max : x;
    }
  }

  /** A copy of the values. */
  copy(): Float32Array {
    return this.w.slice();
  }
}

/** A weight part: its schema and how to build the matrix. */
export interface WeightPart extends PartInfo {
  build(values: Readonly<Record<string, unknown>>, build: Rng): WeightMatrix;
}

const COMMON: readonly PartKey[] = [
  { name: "n_inputs", description: "Number of input units.", type: "int", min: 0, max: 100_000 },
  { name: "n_neurons", description: "Number of body neurons.", type: "int", min: 1, max: 100_000 },
  { name: "max_weight", description: "Upper clip of every weight (lower clip 0).", type: "float", min: 0, max: 1e9 },
];

function grid(value: unknown, key: string): number[][] {
  if (!Array.isArray(value) || !value.every((r) => Array.isArray(r) && r.every((x) => typeof x === "number" && Number.isFinite(x)))) throw new SornInputError(key, "must be a 2-D array of finite numbers");
  return value as number[][];
}

/** Place blocks (each a 2-D array) along the block diagonal of a rows × cols matrix. */
function placeBlocks(blocks: readonly number[][][], rows: number, cols: number, key: string): Float32Array<ArrayBuffer> {
  const out = new Float32Array(rows * cols);
  let r0 = 0;
  let c0 = 0;
  blocks.forEach((b, k) => {
    const h = b.length;
    const wd = h > 0 ? b[0].length : 0;
    if (r0 + h > rows || c0 + wd > cols) throw new SornInputError(key, `layer block ${k} (${h} × ${wd}) at row ${r0}, column ${c0} does not fit the (n_inputs + n_neurons) × n_neurons = ${rows} × ${cols} matrix`);
    b.forEach((row, i) => {
      if (row.length !== wd) throw new SornInputError(key, `layer block ${k} row ${i} has ${row.length} values, not ${wd}`);
      row.forEach((x, j) => (out[(r0 + i) * cols + c0 + j] = x));
    });
    r0 += h;
    c0 += wd;
  });
  return out;
}

/** `Manual`: the matrix given as data (whole, or as layer blocks). */
export const Manual: WeightPart = {
  name: "Manual",
  description: "Weights given as data: the whole (n_inputs + n_neurons) × n_neurons matrix, or a list of layer blocks on the block diagonal; zeros are masked for good.",
  keys: [...COMMON, { name: "matrix", description: "The matrix, or a list of 2-D layer blocks.", type: "json" }],
  build: (v) => {
    const rows = (v.n_inputs as number) + (v.n_neurons as number);
    const cols = v.n_neurons as number;
    const m = v.matrix;
    const isBlocks = Array.isArray(m) && m.length > 0 && Array.isArray(m[0]) && Array.isArray((m[0] as unknown[])[0]);
    let values: Float32Array;
    if (isBlocks) values = placeBlocks((m as unknown[]).map((b, k) => grid(b, `matrix (block ${k})`)), rows, cols, "matrix");
    else {
      const g = grid(m, "matrix");
      if (g.length !== rows || g.some((r) => r.length !== cols)) throw new SornInputError("matrix", `must be (n_inputs + n_neurons) × n_neurons = ${rows} × ${cols}, got ${g.length} × ${g[0]?.length ?? 0}`);
      values = Float32Array.from(g.flat());
    }
    return new WeightMatrix(v.n_inputs as number, cols, v.max_weight as number, values);
  },
};

/** The 0/1 mask of `Random` before the Bernoulli thinning: layers, matrix_mask, or all ones. */
function randomMask(v: Readonly<Record<string, unknown>>, rows: number, cols: number, nIn: number): Float32Array {
  let mask: Float32Array<ArrayBuffer> = new Float32Array(rows * cols).fill(1);
  if (v.layers !== null) {
    if (!Array.isArray(v.layers) || !v.layers.every((s) => Array.isArray(s) && s.length === 2 && s.every((x) => Number.isInteger(x) && x >= 0))) throw new SornInputError("layers", "must be a list of [rows, cols] block shapes");
    mask = placeBlocks((v.layers as number[][]).map(([h, wd]) => Array.from({ length: h }, () => new Array<number>(wd).fill(1))), rows, cols, "layers");
  }
  if (v.matrix_mask !== null) {
    const g = grid(v.matrix_mask, "matrix_mask");
    const bodyOnly = g.length === cols;
    if ((g.length !== rows && !bodyOnly) || g.some((r) => r.length !== cols)) throw new SornInputError("matrix_mask", `must be ${rows} × ${cols} or ${cols} × ${cols}, got ${g.length} × ${g[0]?.length ?? 0}`);
    g.forEach((row, i) => row.forEach((x, j) => (mask[((bodyOnly ? nIn : 0) + i) * cols + j] *= x !== 0 ? 1 : 0)));
  }
  return mask;
}

/** `Random`: uniform weights under masks, layer blocks and force_unidirectional. */
export const Random: WeightPart = {
  name: "Random",
  description: "Random weights U(weight_init_low, weight_init_high) under a mask (layer blocks, a 0/1 matrix_mask, Bernoulli connection_prob); no self-loops; optional force_unidirectional.",
  keys: [
    ...COMMON,
    { name: "weight_init_low", description: "Lower end of the uniform initial weights.", type: "float", default: 0, min: 0, max: 1e9 },
    { name: "weight_init_high", description: "Upper end of the uniform initial weights.", type: "float", default: 1, min: 0, max: 1e9 },
    { name: "connection_prob", description: "Probability that an allowed synapse exists.", type: "float", default: 1, min: 0, max: 1 },
    { name: "layers", description: "Block shapes [rows, cols] on the block diagonal (null: no block mask).", type: "json", default: null },
    { name: "matrix_mask", description: "A 0/1 array, (n_inputs+n_neurons) × n_neurons or n_neurons × n_neurons (null: none).", type: "json", default: null },
    { name: "force_unidirectional", description: "Remove one synapse of each reciprocal body pair, at random.", type: "bool", default: false },
  ],
  build: (v, rng) => {
    const nIn = v.n_inputs as number;
    const n = v.n_neurons as number;
    const rows = nIn + n;
    const lo = v.weight_init_low as number;
    const hi = v.weight_init_high as number;
    if (hi < lo) throw new SornInputError("weight_init_high", `must be ≥ weight_init_low (${lo}), got ${hi}`);
    const mask = randomMask(v, rows, n, nIn);
    const p = v.connection_prob as number;
    const w = new Float32Array(rows * n);
    for (let i = 0; i < w.length; i++) {
      const keep = mask[i] !== 0 && (p >= 1 || rng.random() < p);
      const x = lo + (hi - lo) * rng.random();
      w[i] = keep ? x : 0;
    }
    for (let i = 0; i < n; i++) w[(nIn + i) * n + i] = 0;
    if (v.force_unidirectional) {
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        const a = (nIn + i) * n + j;
        const b = (nIn + j) * n + i;
        if (w[a] !== 0 && w[b] !== 0) w[rng.random() < 0.5 ? a : b] = 0;
      }
    }
    return new WeightMatrix(nIn, n, v.max_weight as number, w);
  },
};
