/**
 * The inverse standard normal CDF z = Φ⁻¹(q), accurate to ~1e-15, standing in for scipy's
 * `ndtri` (rng-compat.md §A7: only trunc(z + λ) matters, so any |error| < 1e-10 reproduces
 * the package's in-degrees). Acklam's rational approximation, refined by one Halley step
 * z ← z − e/(1 + z·e/2) with e = (Φ(z) − q)·√(2π)·e^{z²/2}.
 */

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** Φ⁻¹(q) for q in (0, 1); −∞ at 0 and +∞ at 1, like scipy. */
export function ndtri(q: number): number {
  if (!(q >= 0 && q <= 1)) return NaN;
  if (q === 0) return -Infinity;
  if (q === 1) return Infinity;
  let z: number;
  if (q < P_LOW) {
    const s = Math.sqrt(-2 * Math.log(q));
    z = (((((C[0] * s + C[1]) * s + C[2]) * s + C[3]) * s + C[4]) * s + C[5]) / ((((D[0] * s + D[1]) * s + D[2]) * s + D[3]) * s + 1);
  } else if (q <= 1 - P_LOW) {
    const s = q - 0.5;
    const r = s * s;
    z = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * s) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const s = Math.sqrt(-2 * Math.log(1 - q));
    z = -(((((C[0] * s + C[1]) * s + C[2]) * s + C[3]) * s + C[4]) * s + C[5]) / ((((D[0] * s + D[1]) * s + D[2]) * s + D[3]) * s + 1);
  }
  // Halley refinement; e = Φ(z) − q is taken on the side of the smaller tail, where it has no cancellation.
  const e = z <= 0 ? normalCdf(z) - q : 1 - q - normalCdf(-z);
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((z * z) / 2);
  return z - u / (1 + (z * u) / 2);
}

/** Φ(z) = ½·erfc(−z/√2) for z ≤ 0 (the lower tail), without cancellation. */
export function normalCdf(z: number): number {
  if (z > 0) return 1 - normalCdf(-z);
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * erfc(x) for x ≥ 0. For x < 2.5: 1 − erf(x) with the positive series
 * erf(x) = (2/√π)·e^{−x²}·Σ_n 2ⁿx^{2n+1}/(1·3·…·(2n+1)); beyond, the continued fraction
 * erfc(x) = e^{−x²}/√π · 1/(x + ½/(x + 1/(x + 3/2/(x + …)))) evaluated by modified Lentz.
 */
export function erfc(x: number): number {
  if (x < 2.5) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
