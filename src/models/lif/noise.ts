/**
 * The LIF's membrane noise source: standard normals by the Ziggurat method (Marsaglia & Tsang
 * 2000, "The Ziggurat Method for Generating Random Variables", 128 strips) over xoshiro128**
 * (Blackman & Vigna 2018), about 4–6× cheaper per value than numpy's polar method, which made a
 * Go-NoGo LIF trial (4 M normals) noise-bound.
 *
 * Ziggurat: the N(0,1) density f(x) = e^{−x²/2} (unnormalised) is covered by 128 strips of equal
 * area v = 9.91256303526217e-3 with right ends x_0 = r = 3.442619855899 > … > x_127 = 0. A signed
 * 32-bit draw j picks strip i = j & 127; if |j| < k_i (the strip's inner fraction) the value is
 * j·w_i (w_i = x_i / 2³¹) at once (≈ 98.8 % of draws); otherwise the wedge test
 * f_i + U·(f_{i−1} − f_i) < e^{−x²/2} or, in the base strip, Marsaglia's tail x = r + E₁/r with
 * E₂ ≥ … (x = −ln U / r, y = −ln U, accept 2y > x²). The values are N(0,1) up to the 2⁻³¹ grid.
 *
 * Uniforms for the wedges and tail are (next() >>> 0 + 0.5) / 2³², in (0, 1). Seeded from four
 * 32-bit words (not all zero).
 */

const R = 3.442619855899;
const V = 9.91256303526217e-3;
const M1 = 2147483648;

const KN = new Int32Array(128), WN = new Float64Array(128), FN = new Float64Array(128);
{
  let dn = R, tn = dn;
  const q = V / Math.exp(-0.5 * dn * dn);
  KN[0] = Math.floor((dn / q) * M1);
  KN[1] = 0;
  WN[0] = q / M1;
  WN[127] = dn / M1;
  FN[0] = 1;
  FN[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    KN[i + 1] = Math.floor((dn / tn) * M1);
    tn = dn;
    FN[i] = Math.exp(-0.5 * dn * dn);
    WN[i] = dn / M1;
  }
}

/** xoshiro128** with a Ziggurat normal on top. */
export class ZigguratNormal {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Seed with four 32-bit words (at least one non-zero). */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    [this.a, this.b, this.c, this.d] = [s0 | 0, s1 | 0, s2 | 0, s3 | 0];
    if ((this.a | this.b | this.c | this.d) === 0) throw new RangeError("ZigguratNormal: the seed words must not all be zero");
  }

  /** The four state words (to continue exactly: `new ZigguratNormal(...words)`). */
  words(): [number, number, number, number] {
    return [this.a, this.b, this.c, this.d];
  }

  /** The next 32-bit output, as a signed int32 (xoshiro128**: rotl(b·5, 7)·9). */
  next(): number {
    const b5 = Math.imul(this.b, 5);
    const result = Math.imul((b5 << 7) | (b5 >>> 25), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = (this.d << 11) | (this.d >>> 21);
    return result;
  }

  /** A uniform in (0, 1). */
  uniform(): number {
    return ((this.next() >>> 0) + 0.5) / 4294967296;
  }

  /** One standard normal. */
  normal(): number {
    const hz = this.next(), iz = hz & 127;
    return Math.abs(hz) < KN[iz] ? hz * WN[iz] : this.fix(hz, iz);
  }

  /** The slow path: the wedge of strip iz, or the tail beyond r. */
  private fix(hz: number, iz: number): number {
    for (;;) {
      const x = hz * WN[iz];
      if (iz === 0) {
        let tx: number, ty: number;
        do {
          tx = -Math.log(this.uniform()) / R;
          ty = -Math.log(this.uniform());
        } while (ty + ty < tx * tx);
        return hz > 0 ? R + tx : -R - tx;
      }
      if (FN[iz] + this.uniform() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) return x;
      hz = this.next();
      iz = hz & 127;
      if (Math.abs(hz) < KN[iz]) return hz * WN[iz];
    }
  }

  /** Fill `out` with loc + scale·N(0,1), in index order (the generator inlined on locals; the same values as `normal()`). */
  normalFill(out: Float64Array, loc: number, scale: number): Float64Array {
    let a = this.a, b = this.b, c = this.c, d = this.d;
    for (let i = 0; i < out.length; i++) {
      const b5 = Math.imul(b, 5);
      const hz = Math.imul((b5 << 7) | (b5 >>> 25), 9);
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      const iz = hz & 127;
      if (Math.abs(hz) < KN[iz]) out[i] = loc + scale * (hz * WN[iz]);
      else {
        [this.a, this.b, this.c, this.d] = [a, b, c, d];
        out[i] = loc + scale * this.fix(hz, iz);
        [a, b, c, d] = [this.a, this.b, this.c, this.d];
      }
    }
    [this.a, this.b, this.c, this.d] = [a, b, c, d];
    return out;
  }
}

/** The noise source of one LIF trial, seeded by four 32-bit draws (`randint(2³²)`) from the trial's generator. */
export function zigguratFrom(rng: { randint(high: number): number }): ZigguratNormal {
  const w: number[] = [0, 1, 2, 3].map(() => rng.randint(4294967296));
  if (!w.some((x) => x !== 0)) w[3] = 1;
  return new ZigguratNormal(w[0], w[1], w[2], w[3]);
}
