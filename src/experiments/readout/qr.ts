/**
 * Least squares min ‖X W − Y‖_F (X: m × n, Y: m × k), as numpy's `lstsq` solves it: the
 * minimum-norm solution, with columns whose share of X's range is below `rcond` treated as
 * dependent (binary network states are often rank-deficient: silent or always-equal neurons).
 *
 * 1. Householder QR with column pivoting (LAPACK xGEQP3's scheme): X P = Q [R11 R12; 0 R22]; at
 *    step j the remaining column of largest norm moves to j; H_j = I − τ_j v_j v_jᵀ (v_j[j] = 1)
 *    maps column j below the diagonal to 0; the same reflectors turn Y into Qᵀ Y. Column norms
 *    are downdated, ν_l ← ν_l √(1 − (R_jl / ν_l)²), and recomputed when cancellation makes that
 *    inexact (ν_l / ν_l⁰ below √ε·…, LAPACK's tol3z test).
 * 2. Rank r = #{j : |R_jj| > rcond · |R_00|}, rcond = ε · max(m, n) by default (numpy's).
 * 3. Complete orthogonal decomposition (xTZRZF): for k = r−1 … 0 a reflector from the right zeroes
 *    row k of R12, giving [R11 R12] = [T 0] Z with T upper triangular, Z = H'_0 ⋯ H'_{r−1}.
 * 4. W = P Zᵀ [T⁻¹ (Qᵀ Y)_{0:r}; 0]: the least-squares solution of least norm.
 *
 * Matrices are column-major: entry (i, j) of an m-row matrix is data[j·m + i].
 */

/** A dense column-major matrix. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A rows × cols matrix of zeros (or wrapping `data`, column-major). */
export function matrix(rows: number, cols: number, data = new Float64Array(rows * cols)): Matrix {
  if (data.length !== rows * cols) throw new RangeError(`matrix: ${rows} × ${cols} needs ${rows * cols} entries, got ${data.length}`);
  return { rows, cols, data };
}

/** The solution and the numerical rank found. */
export interface LeastSquares {
  /** n × k weights. */
  W: Matrix;
  rank: number;
}

/** A reflector for (alpha, x): returns [β, τ] and scales x in place to v's tail (v₀ = 1). */
function reflector(alpha: number, x: Float64Array, from: number, to: number, stride: number): [number, number] {
  let xs = 0;
  for (let i = from; i < to; i += stride) xs += x[i] * x[i];
  if (xs === 0) return [alpha, 0];
  const beta = -Math.sign(alpha || 1) * Math.hypot(alpha, Math.sqrt(xs));
  const scale = 1 / (alpha - beta);
  for (let i = from; i < to; i += stride) x[i] *= scale;
  return [beta, (beta - alpha) / beta];
}

/** Applies H = I − τ v vᵀ (v = [1, a[j+1…m)] of column j) to column l of the m-row array b. */
function applyLeft(a: Float64Array, j: number, m: number, tau: number, b: Float64Array, l: number, mb: number): void {
  const va = j * m, vb = l * mb;
  let s = b[vb + j];
  for (let i = j + 1; i < m; i++) s += a[va + i] * b[vb + i];
  s *= tau;
  b[vb + j] -= s;
  for (let i = j + 1; i < m; i++) b[vb + i] -= s * a[va + i];
}

function columnNorm(a: Float64Array, col: number, from: number, m: number): number {
  let s = 0;
  for (let i = from; i < m; i++) s += a[col * m + i] ** 2;
  return Math.sqrt(s);
}

/** The minimum-norm least-squares solution of X W ≈ Y (see the module comment). */
export function lstsq(X: Matrix, Y: Matrix, rcond = Number.EPSILON * Math.max(X.rows, X.cols)): LeastSquares {
  const { rows: m, cols: n } = X;
  const k = Y.cols;
  if (Y.rows !== m) throw new RangeError(`lstsq: X has ${m} rows but Y has ${Y.rows}`);
  const a = Float64Array.from(X.data);
  const b = Float64Array.from(Y.data);
  const perm = Int32Array.from({ length: n }, (_, j) => j);
  const nu = new Float64Array(n), nu0 = new Float64Array(n);
  for (let j = 0; j < n; j++) nu[j] = nu0[j] = columnNorm(a, j, 0, m);
  const steps = Math.min(m, n);
  const tol3z = Math.sqrt(Number.EPSILON);
  for (let j = 0; j < steps; j++) {
    let p = j;
    for (let l = j + 1; l < n; l++) if (nu[l] > nu[p]) p = l;
    if (p !== j) {
      for (let i = 0; i < m; i++) [a[j * m + i], a[p * m + i]] = [a[p * m + i], a[j * m + i]];
      [perm[j], perm[p]] = [perm[p], perm[j]];
      nu[p] = nu[j];
      nu0[p] = nu0[j];
    }
    const [beta, tau] = reflector(a[j * m + j], a, j * m + j + 1, j * m + m, 1);
    a[j * m + j] = beta;
    if (tau !== 0) {
      for (let l = j + 1; l < n; l++) applyLeft(a, j, m, tau, a, l, m);
      for (let c = 0; c < k; c++) applyLeft(a, j, m, tau, b, c, m);
    }
    for (let l = j + 1; l < n; l++) {
      if (nu[l] === 0) continue;
      const t = Math.max(0, 1 - (Math.abs(a[l * m + j]) / nu[l]) ** 2);
      if (t * (nu[l] / nu0[l]) ** 2 <= tol3z) nu[l] = nu0[l] = columnNorm(a, l, j + 1, m);
      else nu[l] *= Math.sqrt(t);
    }
  }
  const r00 = Math.abs(a[0]);
  let r = 0;
  while (r < steps && Math.abs(a[r * m + r]) > rcond * r00) r++;
  // Step 3: zero R12 row by row from the bottom; v's tails are kept in z (row k: z[k·(n−r) …]).
  const w = n - r;
  const z = new Float64Array(r * w), ztau = new Float64Array(r);
  for (let kk = r - 1; kk >= 0 && w > 0; kk--) {
    for (let l = 0; l < w; l++) z[kk * w + l] = a[(r + l) * m + kk];
    const [beta, tau] = reflector(a[kk * m + kk], z, kk * w, kk * w + w, 1);
    a[kk * m + kk] = beta;
    ztau[kk] = tau;
    for (let i = 0; i < kk && tau !== 0; i++) {
      let s = a[kk * m + i];
      for (let l = 0; l < w; l++) s += z[kk * w + l] * a[(r + l) * m + i];
      s *= tau;
      a[kk * m + i] -= s;
      for (let l = 0; l < w; l++) a[(r + l) * m + i] -= s * z[kk * w + l];
    }
  }
  // Step 4: back-substitute T y = (Qᵀ Y)_{0:r}, apply H'_0 … H'_{r−1}, undo the permutation.
  const W = matrix(n, k);
  const sol = new Float64Array(n);
  for (let c = 0; c < k; c++) {
    sol.fill(0);
    for (let i = r - 1; i >= 0; i--) {
      let s = b[c * m + i];
      for (let l = i + 1; l < r; l++) s -= a[l * m + i] * sol[l];
      sol[i] = s / a[i * m + i];
    }
    for (let kk = 0; kk < r && w > 0; kk++) {
      const tau = ztau[kk];
      if (tau === 0) continue;
      let s = sol[kk];
      for (let l = 0; l < w; l++) s += z[kk * w + l] * sol[r + l];
      s *= tau;
      sol[kk] -= s;
      for (let l = 0; l < w; l++) sol[r + l] -= s * z[kk * w + l];
    }
    for (let j = 0; j < n; j++) W.data[c * n + perm[j]] = sol[j];
  }
  return { W, rank: r };
}

/** X W (m × k). */
export function multiply(X: Matrix, W: Matrix): Matrix {
  if (X.cols !== W.rows) throw new RangeError(`multiply: ${X.rows} × ${X.cols} times ${W.rows} × ${W.cols}`);
  const out = matrix(X.rows, W.cols);
  const m = X.rows;
  for (let c = 0; c < W.cols; c++) {
    for (let j = 0; j < X.cols; j++) {
      const wj = W.data[c * W.rows + j];
      if (wj === 0) continue;
      for (let i = 0; i < m; i++) out.data[c * m + i] += X.data[j * m + i] * wj;
    }
  }
  return out;
}
