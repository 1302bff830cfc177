/**
 * Eigenvalues of a real square matrix (for the spectrum of W_eff at init): reduction to upper
 * Hessenberg form by Gaussian elimination with pivoting (`elmhes`), then the Francis double-shift
 * QR iteration with exceptional shifts at iterations 10 and 20 (`hqr`; Wilkinson & Reinsch's
 * Handbook algorithm as in Numerical Recipes §11.5–11.6). O(n³); about 50 ms at n = 200.
 */

/** Eigenvalues as parallel arrays of real and imaginary parts (complex pairs adjacent, + first). */
export interface Spectrum {
  re: Float64Array;
  im: Float64Array;
}

const EPS = 2.220446049250313e-16;

/** The eigenvalues of the n×n row-major matrix `m` (not modified). Throws if QR does not converge. */
export function eigenvalues(m: ArrayLike<number>, n: number): Spectrum {
  if (m.length !== n * n) throw new Error(`eigenvalues: expected ${n * n} entries, got ${m.length}`);
  const s = n + 1; // 1-based (n+1)×(n+1) working copy, as the Handbook indexes
  const a = new Float64Array(s * s);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[(i + 1) * s + j + 1] = m[i * n + j];
  elmhes(a, n, s);
  for (let i = 3; i <= n; i++) for (let j = 1; j < i - 1; j++) a[i * s + j] = 0;
  const wr = new Float64Array(n + 1);
  const wi = new Float64Array(n + 1);
  hqr(a, n, s, wr, wi);
  return { re: wr.slice(1), im: wi.slice(1) };
}

function elmhes(a: Float64Array, n: number, s: number): void {
  for (let m = 2; m < n; m++) {
    let x = 0;
    let i = m;
    for (let j = m; j <= n; j++) {
      if (Math.abs(a[j * s + m - 1]) > Math.abs(x)) {
        x = a[j * s + m - 1];
        i = j;
      }
    }
    if (i !== m) {
      for (let j = m - 1; j <= n; j++) [a[i * s + j], a[m * s + j]] = [a[m * s + j], a[i * s + j]];
      for (let j = 1; j <= n; j++) [a[j * s + i], a[j * s + m]] = [a[j * s + m], a[j * s + i]];
    }
    if (x !== 0) {
      for (i = m + 1; i <= n; i++) {
        let y = a[i * s + m - 1];
        if (y !== 0) {
          y /= x;
          a[i * s + m - 1] = y;
          for (let j = m; j <= n; j++) a[i * s + j] -= y * a[m * s + j];
          for (let j = 1; j <= n; j++) a[j * s + m] += y * a[j * s + i];
        }
      }
    }
  }
}

const sign = (a: number, b: number) => (b >= 0 ? Math.abs(a) : -Math.abs(a));

function hqr(a: Float64Array, n: number, s: number, wr: Float64Array, wi: Float64Array): void {
  const A = (i: number, j: number) => a[i * s + j];
  let anorm = 0;
  for (let i = 1; i <= n; i++) for (let j = Math.max(i - 1, 1); j <= n; j++) anorm += Math.abs(A(i, j));
  let nn = n;
  let t = 0;
  let p = 0, q = 0, r = 0, x = 0, y = 0, z = 0, w = 0;
  while (nn >= 1) {
    let its = 0;
    let l: number;
    do {
      for (l = nn; l >= 2; l--) {
        let sc = Math.abs(A(l - 1, l - 1)) + Math.abs(A(l, l));
        if (sc === 0) sc = anorm;
        if (Math.abs(A(l, l - 1)) <= EPS * sc) {
          a[l * s + l - 1] = 0;
          break;
        }
      }
      x = A(nn, nn);
      if (l === nn) {
        wr[nn] = x + t;
        wi[nn--] = 0;
      } else {
        y = A(nn - 1, nn - 1);
        w = A(nn, nn - 1) * A(nn - 1, nn);
        if (l === nn - 1) {
          p = 0.5 * (y - x);
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + sign(z, p);
            wr[nn - 1] = wr[nn] = x + z;
            if (z) wr[nn] = x - w / z;
            wi[nn - 1] = wi[nn] = 0;
          } else {
            wr[nn - 1] = wr[nn] = x + p;
            wi[nn - 1] = z;
            wi[nn] = -z;
          }
          nn -= 2;
        } else {
          if (its === 60) throw new Error("eigenvalues: QR iteration did not converge");
          if (its === 10 || its === 20) {
            t += x;
            for (let i = 1; i <= nn; i++) a[i * s + i] -= x;
            const sc = Math.abs(A(nn, nn - 1)) + Math.abs(A(nn - 1, nn - 2));
            y = x = 0.75 * sc;
            w = -0.4375 * sc * sc;
          }
          ++its;
          let m: number;
          for (m = nn - 2; m >= l; m--) {
            z = A(m, m);
            r = x - z;
            const sc0 = y - z;
            p = (r * sc0 - w) / A(m + 1, m) + A(m, m + 1);
            q = A(m + 1, m + 1) - z - r - sc0;
            r = A(m + 2, m + 1);
            const sc = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= sc;
            q /= sc;
            r /= sc;
            if (m === l) break;
            const u = Math.abs(A(m, m - 1)) * (Math.abs(q) + Math.abs(r));
            const v = Math.abs(p) * (Math.abs(A(m - 1, m - 1)) + Math.abs(z) + Math.abs(A(m + 1, m + 1)));
            if (u <= EPS * v) break;
          }
          for (let i = m + 2; i <= nn; i++) {
            a[i * s + i - 2] = 0;
            if (i !== m + 2) a[i * s + i - 3] = 0;
          }
          for (let k = m; k <= nn - 1; k++) {
            if (k !== m) {
              p = A(k, k - 1);
              q = A(k + 1, k - 1);
              r = k !== nn - 1 ? A(k + 2, k - 1) : 0;
              x = Math.abs(p) + Math.abs(q) + Math.abs(r);
              if (x !== 0) {
                p /= x;
                q /= x;
                r /= x;
              }
            }
            const sc = sign(Math.sqrt(p * p + q * q + r * r), p);
            if (sc !== 0) {
              if (k === m) {
                if (l !== m) a[k * s + k - 1] = -A(k, k - 1);
              } else a[k * s + k - 1] = -sc * x;
              p += sc;
              x = p / sc;
              y = q / sc;
              z = r / sc;
              q /= p;
              r /= p;
              for (let j = k; j <= nn; j++) {
                p = A(k, j) + q * A(k + 1, j);
                if (k !== nn - 1) {
                  p += r * A(k + 2, j);
                  a[(k + 2) * s + j] -= p * z;
                }
                a[(k + 1) * s + j] -= p * y;
                a[k * s + j] -= p * x;
              }
              const mmin = nn < k + 3 ? nn : k + 3;
              for (let i = l; i <= mmin; i++) {
                p = x * A(i, k) + y * A(i, k + 1);
                if (k !== nn - 1) {
                  p += z * A(i, k + 2);
                  a[i * s + k + 2] -= p * r;
                }
                a[i * s + k + 1] -= p * q;
                a[i * s + k] -= p;
              }
            }
          }
        }
      }
    } while (l < nn - 1);
  }
}
