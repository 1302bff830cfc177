/**
 * The Dale's-principle rate network (Kim, Li & Sejnowski 2019; spec §1) and its initialisation.
 *
 * Layout (every matrix row-major, row = postsynaptic unit i, column = presynaptic unit j, exactly
 * as the code's (N, N) arrays so `W_eff · r` is a plain mat-vec):
 *
 * - `inh[j]` = 1 for an inhibitory unit (drawn `rand < P_inh` each); `sign[j]` = +1 (E) / −1 (I):
 *   the code's diagonal mask `m` (`m[j,j] = sign[j]`).
 * - `somMask` (N×N) = the code's `som_m`: 0 where i is one of the first `som_N` inhibitory units
 *   and j is inhibitory (SST units receive no inhibition), else 1.
 * - `w` (N×N) is the *stored, trainable* variable (pre-ReLU; it may go negative in training). The
 *   effective recurrent matrix is `W_eff[i,j] = max(w[i,j], 0) · sign[j] · somMask[i,j]` with Dale's
 *   principle, `w[i,j] · somMask[i,j]` without it.
 * - `conn` lists the flat indices i·N + j that were non-zero at init: the only entries ever
 *   trained, so the sparsity pattern can never grow (with Dale's principle an entry also dies for
 *   good once w ≤ 0, since ReLU′(0) = 0). Without Dale's principle the code trains all N² entries
 *   of its dense variable; here, too, only `conn` (a deviation that keeps the pattern fixed).
 * - `wIn` (N×nIn), fixed as in the code; `wOut` (N) and `bOut` trained.
 * - τ per unit, in steps of Δt = 5 ms: `τ_i = τmin + (τmax − τmin) · σ(tausGaus[i])` (trained) when
 *   τmin < τmax; every τ = τmin (not trained) when they are equal.
 *
 * Initialisation, in the order of numpy draws of `rate/main.py` + `FR_RNN_dale.__init__` under
 * `np.random.seed(seed)`: `w_in = randn(N, nIn)`, `w_out = randn(1, N)/100`, `inh = rand(N,1) < P_inh`,
 * `rand(N, N) < P_rec` for the pattern, then `normal(0, 1, count)` in row-major order, scaled by
 * gain/√(N·P_rec), absolute value under Dale. The τ logits, drawn by TensorFlow in the code, come
 * next from the same numpy stream (`randn(N)`).
 *
 * `init: "balanced"` is a **labelled deviation** (spec §6, spikeRNN#3): after the paper's draw,
 * every inhibitory column is multiplied by N_E/N_I, so each row's input has zero mean in
 * expectation and the large real outlier of the spectrum disappears.
 */
import type { NumpyRandom } from "../rng/numpy-random";
import type { Activation } from "./activation";

/** Everything that defines a network's architecture and initialisation (the code's flags). */
export interface NetworkSettings {
  /** Number of units N. */
  n: number;
  /** Number of input channels (the task's). */
  nIn: number;
  /** Probability of a unit being inhibitory (default 0.2). */
  pInh: number;
  /** Connection probability (default 0.2). */
  pRec: number;
  /** Gain g of the initial weights (default 1.5). */
  gain: number;
  /** Number of SST units among the inhibitory ones (default 0). */
  somN: number;
  /** Dale's principle (default true). */
  dale: boolean;
  /** `paper` (default) or `balanced` (labelled deviation, see the module doc). */
  init: "paper" | "balanced";
  activation: Activation;
  /** τ bounds in steps (1 step = 5 ms); equal values mean one fixed τ. Default 4..10 (20–50 ms). */
  tauMin: number;
  tauMax: number;
}

/** A rate network's parameters (see the module doc for the layout). */
export interface RateNetwork {
  settings: NetworkSettings;
  inh: Uint8Array;
  sign: Float64Array;
  somMask: Float64Array;
  w: Float64Array;
  conn: Int32Array;
  wIn: Float64Array;
  wOut: Float64Array;
  bOut: number;
  tausGaus: Float64Array;
}

/** The step length in ms (τ and time are in steps of this). */
export const DT_MS = 5;

export const DEFAULT_NETWORK: Omit<NetworkSettings, "nIn"> = {
  n: 200, pInh: 0.2, pRec: 0.2, gain: 1.5, somN: 0, dale: true, init: "paper",
  activation: "sigmoid", tauMin: 4, tauMax: 10,
};

/** Whether τ is trained (two distinct bounds). */
export const tauTrained = (s: NetworkSettings) => s.tauMax > s.tauMin;

/** τ_i in steps from the logits: τmin + (τmax − τmin)·σ(g_i). */
export function taus(net: RateNetwork, out: Float64Array = new Float64Array(net.settings.n)): Float64Array {
  const { tauMin, tauMax } = net.settings;
  for (let i = 0; i < out.length; i++) {
    out[i] = tauTrained(net.settings) ? tauMin + (tauMax - tauMin) / (1 + Math.exp(-net.tausGaus[i])) : tauMin;
  }
  return out;
}

/** A new network drawn from `rng` (see the module doc for the draw order). */
export function createNetwork(settings: NetworkSettings, rng: NumpyRandom): RateNetwork {
  const { n, nIn } = settings;
  const wIn = rng.normalFill(new Float64Array(n * nIn), 0, 1);
  const wOut = rng.normalFill(new Float64Array(n), 0, 1).map((v) => v / 100);
  const inh = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.random();
    inh[i] = settings.dale && u < settings.pInh ? 1 : 0;
  }
  const sign = Float64Array.from(inh, (v) => (v ? -1 : 1));
  const picked: number[] = [];
  for (let k = 0; k < n * n; k++) if (rng.random() < settings.pRec) picked.push(k);
  const values = rng.normalFill(new Float64Array(picked.length), 0, 1);
  const w = new Float64Array(n * n);
  const scale = settings.gain / Math.sqrt(n * settings.pRec);
  picked.forEach((k, c) => (w[k] = settings.dale ? Math.abs(values[c] * scale) : values[c] * scale));
  const somMask = somMaskOf(inh, settings.somN);
  if (settings.init === "balanced") balance(w, inh, n);
  const tausGaus = rng.normalFill(new Float64Array(n), 0, 1);
  const conn = Int32Array.from(picked.filter((k) => w[k] !== 0 && somMask[k] !== 0));
  return { settings: { ...settings }, inh, sign, somMask, w, conn, wIn, wOut, bOut: 0, tausGaus };
}

/** The code's som_m: 0 for (i SST, j inhibitory), where SST = the first `somN` inhibitory units. */
export function somMaskOf(inh: Uint8Array, somN: number): Float64Array {
  const n = inh.length;
  const m = new Float64Array(n * n).fill(1);
  const inhIdx = [...inh.keys()].filter((i) => inh[i]);
  for (const i of inhIdx.slice(0, somN)) for (const j of inhIdx) m[i * n + j] = 0;
  return m;
}

/** The E/I-balanced deviation: inhibitory columns × N_E/N_I. */
function balance(w: Float64Array, inh: Uint8Array, n: number): void {
  const ni = inh.reduce((a, b) => a + b, 0);
  if (ni === 0) return;
  const f = (n - ni) / ni;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (inh[j]) w[i * n + j] *= f;
}

/** The dense effective recurrent matrix W_eff (N×N, row = post). */
export function effectiveMatrix(net: RateNetwork): Float64Array {
  const { n, dale } = net.settings;
  const out = new Float64Array(n * n);
  for (const k of net.conn) {
    const v = dale ? Math.max(net.w[k], 0) * net.sign[k % n] : net.w[k];
    out[k] = v * net.somMask[k];
  }
  return out;
}

/** W_eff's live entries in CSR form; `param[k]` is the index into `conn` of entry k. */
export interface Csr {
  rowPtr: Int32Array;
  col: Int32Array;
  val: Float64Array;
  param: Int32Array;
}

/** Build the CSR of W_eff over the live entries (w > 0 under Dale; every `conn` entry without). */
export function liveCsr(net: RateNetwork): Csr {
  const { n, dale } = net.settings;
  const rowPtr = new Int32Array(n + 1);
  const col = new Int32Array(net.conn.length);
  const val = new Float64Array(net.conn.length);
  const param = new Int32Array(net.conn.length);
  let nz = 0;
  for (let c = 0; c < net.conn.length; c++) {
    const k = net.conn[c];
    const wk = net.w[k];
    if (dale && !(wk > 0)) continue;
    const i = (k / n) | 0;
    const j = k - i * n;
    rowPtr[i + 1]++;
    col[nz] = j;
    val[nz] = (dale ? wk * net.sign[j] : wk) * net.somMask[k];
    param[nz++] = c;
  }
  for (let i = 0; i < n; i++) rowPtr[i + 1] += rowPtr[i];
  return { rowPtr, col: col.subarray(0, nz), val: val.subarray(0, nz), param: param.subarray(0, nz) };
}

/** A deep copy (for keeping the last good model). */
export function cloneNetwork(net: RateNetwork): RateNetwork {
  return {
    settings: { ...net.settings }, inh: net.inh.slice(), sign: net.sign.slice(), somMask: net.somMask.slice(),
    w: net.w.slice(), conn: net.conn.slice(), wIn: net.wIn.slice(), wOut: net.wOut.slice(), bOut: net.bOut,
    tausGaus: net.tausGaus.slice(),
  };
}
