/**
 * Least-squares fit of a decaying exponential y ≈ a·e^(−b·x) − c (the model of the package's
 * `isi_exponential_fit`), with Levenberg–Marquardt from `ml-levenberg-marquardt`.
 */
import { levenbergMarquardt } from "ml-levenberg-marquardt";
import { checkPositiveInteger, checkSeries, fail } from "./validate";

/** A fitted y = a·e^(−b·x) − c. */
export interface ExponentialFit {
  a: number;
  b: number;
  c: number;
  /** Residual sum of squares Σ(y_k − a·e^(−b·x_k) + c)² at the returned parameters. */
  rss: number;
  /** Levenberg–Marquardt iterations run in total. */
  iterations: number;
  /** True when a further round of iterations no longer lowered the RSS (relative 1e−12). */
  converged: boolean;
  /** Number of points fitted. */
  points: number;
}

/** Options of `fitExponential`. */
export interface ExponentialFitOptions {
  /** Start [a, b, c]; default: the best point of a grid search over b (see `fitExponential`). */
  initialValues?: readonly [number, number, number];
  /** Most LM iterations in total (default 1000). */
  maxIterations?: number;
}

/**
 * Fits y ≈ a·e^(−b·x) − c by minimising Σ(y_k − a·e^(−b·x_k) + c)². The data are first scaled
 * (x by max|x|, y by max|y|) so the three parameters are of order 1. Unless `initialValues` is
 * given, the start is found by variable projection: for each b on a log-spaced grid (both signs)
 * a and c are the exact linear least-squares solution, and the b with the lowest RSS wins. LM
 * (analytic Jacobian ∂/∂(a, b, c) = (e^(−bx), −a·x·e^(−bx), −1)) then refines all three, in
 * rounds of 20 iterations until a round no longer lowers the RSS.
 *
 * scipy's `curve_fit`, which the package uses, starts from (1, 1, 1) with MINPACK's LM; where
 * both converge to the same minimum the parameters agree to the fit's precision.
 * Throws unless x and y are finite, of equal length, with at least 3 points and 3 distinct x.
 */
export function fitExponential(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: ExponentialFitOptions = {},
): ExponentialFit {
  const fn = "fitExponential";
  checkSeries(fn, x, "x", 3);
  checkSeries(fn, y, "y", 3);
  if (x.length !== y.length) fail(fn, `x and y must have the same length (got ${x.length} and ${y.length})`);
  if (new Set(Array.from(x)).size < 3) fail(fn, "x must hold at least 3 distinct values");
  const maxIterations = options.maxIterations ?? 1000;
  checkPositiveInteger(fn, maxIterations, "maxIterations");
  const n = x.length;
  let xs = 0;
  let ys = 0;
  for (let k = 0; k < n; k++) {
    xs = Math.max(xs, Math.abs(x[k]));
    ys = Math.max(ys, Math.abs(y[k]));
  }
  if (ys === 0) ys = 1;
  const X = Float64Array.from(x, (v) => v / xs);
  const Y = Float64Array.from(y, (v) => v / ys);
  const rss = (p: readonly number[]): number => {
    let s = 0;
    for (let k = 0; k < n; k++) {
      const r = Y[k] - (p[0] * Math.exp(-p[1] * X[k]) - p[2]);
      s += r * r;
    }
    return s;
  };
  let start: number[];
  if (options.initialValues !== undefined) {
    const iv = options.initialValues;
    if (!Array.isArray(iv) || iv.length !== 3 || !iv.every((v) => Number.isFinite(v))) {
      fail(fn, "initialValues must be three finite numbers [a, b, c]");
    }
    start = [iv[0] / ys, iv[1] * xs, iv[2] / ys];
  } else {
    start = gridStart(X, Y, rss);
  }
  const model = (p: number[]) => (t: number) => p[0] * Math.exp(-p[1] * t) - p[2];
  const jacobian = (p: number[]) => (t: number) => {
    const e = Math.exp(-p[1] * t);
    return [e, -p[0] * t * e, -1];
  };
  let best = start;
  let bestRss = rss(best);
  let iterations = 0;
  let converged = bestRss === 0;
  while (!converged && iterations < maxIterations) {
    const round = Math.min(20, maxIterations - iterations);
    const result = levenbergMarquardt({ x: X, y: Y }, model, {
      initialValues: best,
      maxIterations: round,
      errorTolerance: 0,
      jacobianFunction: jacobian,
    });
    iterations += result.iterations;
    const r = rss(result.parameterValues);
    if (Number.isFinite(r) && r < bestRss) {
      converged = bestRss - r <= 1e-12 * bestRss;
      best = result.parameterValues;
      bestRss = r;
    } else {
      converged = true;
    }
  }
  return { a: best[0] * ys, b: best[1] / xs, c: best[2] * ys, rss: bestRss * ys * ys, iterations, converged, points: n };
}

/** Variable-projection grid over b: for each b, (a, c) by linear least squares; returns the best. */
function gridStart(X: Float64Array, Y: Float64Array, rss: (p: readonly number[]) => number): number[] {
  let best = [0, 1, 0];
  let bestRss = Infinity;
  const u = new Float64Array(X.length);
  for (let g = -40; g <= 40; g++) {
    for (const sign of [1, -1]) {
      const b = sign * 10 ** (g / 20);
      for (let k = 0; k < X.length; k++) u[k] = Math.exp(-b * X[k]);
      let mu = 0;
      let my = 0;
      for (let k = 0; k < X.length; k++) {
        mu += u[k];
        my += Y[k];
      }
      mu /= X.length;
      my /= X.length;
      let suu = 0;
      let suy = 0;
      for (let k = 0; k < X.length; k++) {
        suu += (u[k] - mu) * (u[k] - mu);
        suy += (u[k] - mu) * (Y[k] - my);
      }
      if (!(suu > 0) || !Number.isFinite(suu)) continue;
      const a = suy / suu;
      const p = [a, b, -(my - a * mu)];
      const r = rss(p);
      if (r < bestRss) {
        bestRss = r;
        best = p;
      }
    }
  }
  return best;
}
