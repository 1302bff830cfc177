import { ndtri } from "../rng/ndtri";
import type { NumpyRandom } from "../rng/numpy-random";
import type { PythonRandom } from "../rng/python-random";
import { ColumnMatrix } from "./column-matrix";
import { SparseRows } from "./sparse";
import { inhibitoryCount, ipTarget, type SornParams } from "./params";

/** The matrices and thresholds of a freshly built network (states X, Y start at 0). */
export interface Network {
  /** E→E, stored by columns (post neurons). */
  Wee: ColumnMatrix;
  /** I→E, stored by columns (post E neurons). */
  Wei: ColumnMatrix;
  /** E→I, stored by rows (pre E neurons): its drive only needs the active rows. */
  Wie: SparseRows;
  Te: Float64Array;
  Ti: Float64Array;
  /** Per-neuron IP targets h_i. */
  Hip: Float64Array;
}

/** Upper bound on initial weights: every weight is drawn from U[0, 0.1) before normalisation. */
const INIT_WEIGHT_MAX = 0.1;

/** What construction needs of a matrix, whichever way it is stored. */
interface Buildable {
  readonly rows: number;
  readonly cols: number;
  set(row: number, col: number, w: number): void;
  columnSums(out: Float64Array): Float64Array;
  normalizeColumns(): number;
}
/** Make an empty matrix whose lists start with room for `capacity` entries (default: full lists). */
type Make<M> = (rows: number, cols: number, capacity?: number) => M;
const columns: Make<ColumnMatrix> = (r, c, cap) => new ColumnMatrix(r, c, cap ?? r).startBuilding();
const rowsOf: Make<SparseRows> = (r, c, cap) => new SparseRows(r, c, cap ?? c);

/**
 * Degrees k_n = trunc(ndtri(q_n)·1 + λ) for n draws q_n ~ U[0,1) (all q first), i.e. the
 * package's `norm.ppf(q, loc=λ, scale=1).astype(int)`. Clamped to [0, max]: the package
 * would crash in `random.sample` outside that range (a fix, spec §10.2).
 */
export function drawDegrees(np: NumpyRandom, n: number, lambda: number, max: number): Int32Array {
  const q = new Float64Array(n);
  for (let i = 0; i < n; i++) q[i] = np.random();
  const k = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = Math.trunc(ndtri(q[i]) * 1 + lambda);
    k[i] = Number.isFinite(d) ? Math.min(max, Math.max(0, d)) : d > 0 ? max : 0;
  }
  return k;
}

function sum(a: Int32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/**
 * Sparse, incoming-based (Wee; our Sparse Wie): each post neuron n draws k_n presynaptic
 * partners with Python's `random.sample` from all `rows` neurons (minus n itself when
 * `noSelf`), weights taken in order from one `uniform(0, 0.1, Σk)` draw.
 */
function buildIncoming<M extends Buildable>(make: Make<M>, np: NumpyRandom, py: PythonRandom, rows: number, cols: number, lambda: number, noSelf: boolean): M {
  const k = drawDegrees(np, cols, lambda, noSelf ? rows - 1 : rows);
  const w = np.uniformFill(new Float64Array(sum(k)), 0, INIT_WEIGHT_MAX);
  const m = make(rows, cols, Math.ceil(lambda * 1.5) + 4);
  const population = new Int32Array(noSelf ? rows - 1 : rows);
  let next = 0;
  for (let n = 0; n < cols; n++) {
    let p = 0;
    for (let j = 0; j < rows; j++) if (!noSelf || j !== n) population[p++] = j;
    for (const pre of py.sample(population, k[n])) m.set(pre, n, w[next++]);
  }
  return m;
}

/**
 * Sparse, outgoing-based (Wei): each presynaptic neuron m draws k_m targets with
 * `random.sample` from all `cols` neurons; weights from one `uniform(0, 0.1, Σk)` draw.
 */
function buildOutgoing<M extends Buildable>(make: Make<M>, np: NumpyRandom, py: PythonRandom, rows: number, cols: number, lambda: number): M {
  const k = drawDegrees(np, rows, lambda, cols);
  const w = np.uniformFill(new Float64Array(sum(k)), 0, INIT_WEIGHT_MAX);
  const m = make(rows, cols, Math.ceil((lambda * rows * 1.5) / cols) + 4);
  const population = new Int32Array(cols);
  for (let c = 0; c < cols; c++) population[c] = c;
  let next = 0;
  for (let r = 0; r < rows; r++) for (const post of py.sample(population, k[r])) m.set(r, post, w[next++]);
  return m;
}

/** Dense: every entry (but the diagonal when `noSelf`) drawn from U[0, 0.1), row-major. */
function buildDense<M extends Buildable>(make: Make<M>, np: NumpyRandom, rows: number, cols: number, noSelf: boolean): M {
  const m = make(rows, cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (!noSelf || r !== c) m.set(r, c, np.uniform(0, INIT_WEIGHT_MAX));
  return m;
}

/**
 * The package's `zero_sum_incoming_check`: every column whose sum is exactly 0 gets two
 * inputs W[i0,c] = v0, W[i1,c] = v1 with i0, i1 = randint(0, trunc(0.2·rows)) (so only from
 * the first 20 % of rows; may be a self-connection) and v0, v1 ~ U[0, 0.1).
 */
export function repairZeroColumns(np: NumpyRandom, m: Buildable): number {
  const sums = m.columnSums(new Float64Array(m.cols));
  const high = Math.max(1, Math.trunc(m.rows * 0.2));
  let repaired = 0;
  for (let c = 0; c < m.cols; c++) {
    if (sums[c] !== 0) continue;
    const i0 = np.randint(high);
    const i1 = np.randint(high);
    const v0 = np.uniform(0, INIT_WEIGHT_MAX);
    const v1 = np.uniform(0, INIT_WEIGHT_MAX);
    m.set(i0, c, v0);
    m.set(i1, c, v1);
    repaired++;
  }
  return repaired;
}

/**
 * Build a network exactly as `Plasticity.initialize_plasticity()` does (spec §2, rng-compat §C):
 * Wee, Wei, Wie, zero-column repair of each, column normalisation of each, then
 * Te ~ U[te_min, te_max), Ti ~ U[ti_min, ti_max) and, only when σ_ip > 0, h_i ~ N(h_ip, σ_ip²).
 */
export function buildNetwork(p: SornParams, np: NumpyRandom, py: PythonRandom): Network {
  const ne = p.ne;
  const ni = inhibitoryCount(ne);
  const Wee = p.network_type_ee === "Sparse" ? buildIncoming(columns, np, py, ne, ne, p.lambda_ee, true) : buildDense(columns, np, ne, ne, true);
  const Wei = p.network_type_ei === "Sparse" ? buildOutgoing(columns, np, py, ni, ne, p.lambda_ei) : buildDense(columns, np, ni, ne, false);
  const Wie = p.network_type_ie === "Sparse" ? buildIncoming(rowsOf, np, py, ne, ni, p.lambda_ie, false) : buildDense(rowsOf, np, ne, ni, false);
  for (const m of [Wee, Wei, Wie]) repairZeroColumns(np, m);
  for (const m of [Wee, Wei, Wie]) m.normalizeColumns();
  Wee.finishBuilding();
  Wei.finishBuilding();
  const Te = np.uniformFill(new Float64Array(ne), p.te_min, p.te_max);
  const Ti = np.uniformFill(new Float64Array(ni), p.ti_min, p.ti_max);
  const h = ipTarget(p);
  const Hip = p.sigma_ip > 0 ? np.normalFill(new Float64Array(ne), h, p.sigma_ip) : new Float64Array(ne).fill(h);
  return { Wee, Wei, Wie, Te, Ti, Hip };
}
