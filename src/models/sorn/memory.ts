/**
 * How much memory a SORN of given parameters needs, estimated from its parameters alone (before
 * anything is allocated), so a size the machine cannot hold is refused up front. The numbers
 * follow how `construct.ts` builds the matrices:
 * - Wee and Wei are `ColumnMatrix`es: column lists plus a row index, each a slab of
 *   int32 indices and float64 weights (12 bytes an entry). Sparse, a list starts with room for
 *   1.5·λ + 4 entries; Dense, with room for every entry — 24 bytes per entry in all.
 * - Wie is one `SparseRows` slab (12 bytes an entry): room for 1.5·λ_ie + 4 per row when
 *   Sparse, a full ne × ni when Dense (the package's default).
 * - thresholds, IP targets and the step's buffers grow with ne.
 * The state (`state()`, for saving a run and keeping it in the browser) is dense: float64 ne × ne
 * Wee, ni × ne Wei and ne × ni Wie, whatever the network types.
 */
import { inhibitoryCount, type SornParams } from "./params";

/** Bytes of one stored synapse in a slab: an int32 index and a float64 weight. */
const ENTRY = 12;
/** The two random generators: one 64 KiB WebAssembly memory each. */
const FIXED = 2 * 64 * 1024;

/** Estimated bytes of a SORN, by part. */
export interface SornMemory {
  /** The built network: Wee, Wei, Wie, thresholds, IP targets, the step's buffers. */
  network: number;
  /** One dense copy of its state (what saving and the lab's auto-save make). */
  state: number;
  /** network + state: the most held at once while a copy of the state is being made. */
  total: number;
}

/** Bytes of a `SparseRows` of `rows` lists with room for `room` entries each, over `cols` columns. */
function sparseRowsBytes(rows: number, cols: number, room: number): number {
  return rows * Math.max(1, room) * ENTRY + 3 * rows * 4 + cols * 4;
}

/** Bytes of a `ColumnMatrix` rows × cols whose column lists start with room for `room`. */
function columnMatrixBytes(rows: number, cols: number, room: number): number {
  const rowRoom = Math.max(4, Math.ceil((room * cols) / Math.max(1, rows)));
  return sparseRowsBytes(cols, rows, room) + sparseRowsBytes(rows, cols, rowRoom) + 2 * cols;
}

/** Room per list as construction reserves it: 1.5·λ + 4 when Sparse (capped at the full list), else the full list. */
function room(sparse: boolean, lambda: number, full: number): number {
  return sparse ? Math.min(full, Math.ceil(lambda * 1.5) + 4) : full;
}

/**
 * Estimated memory of a SORN built with `p` (validated parameters). Within a tenth of the typed
 * arrays a freshly built network holds (lists that outgrow their first room move and grow).
 */
export function sornMemory(p: SornParams): SornMemory {
  const ne = p.ne;
  const ni = inhibitoryCount(ne);
  const wee = columnMatrixBytes(ne, ne, room(p.network_type_ee === "Sparse", p.lambda_ee, ne));
  const weiRoom = p.network_type_ei === "Sparse" ? Math.min(ni, Math.ceil((p.lambda_ei * ni * 1.5) / ne) + 4) : ni;
  const wei = columnMatrixBytes(ni, ne, weiRoom);
  const wie = sparseRowsBytes(ne, ni, room(p.network_type_ie === "Sparse", p.lambda_ie, ni));
  // Te, Hip; Ti; the step frame: drives, noise, lists and the 0/1 states; the input u(t).
  const vectors = 2 * ne * 8 + ni * 8 + ne * (3 * 8 + 2 * 4 + 4) + ni * (2 * 8 + 4 + 3) + p.nu * 8;
  const network = wee + wei + wie + vectors + FIXED;
  // Wee, Wei, Wie; Te, Hip and X (ne × 2); Ti and Y (ni × 2).
  const state = 8 * (ne * ne + 2 * ne * ni + 4 * ne + 3 * ni);
  return { network, state, total: network + state };
}

const UNITS = ["bytes", "KiB", "MiB", "GiB", "TiB"];

/** "1.5 GiB", "320 MiB", "12 KiB": binary units, two or three significant figures. */
export function formatBytes(bytes: number): string {
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  if (u === 0) return `${Math.round(v)} bytes`;
  const digits = v >= 100 ? 0 : v >= 10 ? 0 : 1;
  return `${Number(v.toFixed(digits)).toLocaleString("en-US")} ${UNITS[u]}`;
}
