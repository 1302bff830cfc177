import { MT19937 } from "./mt19937";

/**
 * numpy's legacy global `RandomState` (`np.random.*`), bit for bit (rng-compat.md §A):
 * random_sample, uniform, normal (polar method with a cached second value) and randint
 * (masked rejection on 32-bit draws).
 */
export class NumpyRandom {
  readonly mt = new MT19937();
  /** Whether a Gaussian is cached from the last polar pair. */
  hasGauss = false;
  /** The cached Gaussian (f·x1 of the last pair). */
  gauss = 0;

  constructor(seed = 0) {
    this.seed(seed);
  }

  /** `np.random.seed(s)` for an integer 0 ≤ s < 2³²; clears the Gaussian cache. */
  seed(s: number): void {
    if (!Number.isInteger(s) || s < 0 || s > 0xffffffff) throw new RangeError(`seed must be an integer in [0, 2^32), got ${s}`);
    this.mt.seedSimple(s);
    this.hasGauss = false;
    this.gauss = 0;
  }

  /** `random_sample()`: a double in [0, 1). */
  random(): number {
    return this.mt.double();
  }

  /** `uniform(low, high)`: low + (high − low)·U. */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.mt.double();
  }

  /** Fill `out` like `uniform(low, high, size=out.length)`. */
  uniformFill(out: Float64Array, low: number, high: number): Float64Array {
    const range = high - low;
    for (let i = 0; i < out.length; i++) out[i] = low + range * this.mt.double();
    return out;
  }

  /** A standard normal from the legacy polar method; the pair's second value is returned first. */
  gaussian(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      const g = this.gauss;
      this.gauss = 0;
      return g;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.mt.double() - 1;
      x2 = 2 * this.mt.double() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /** `normal(loc, scale)`: loc + scale·g. */
  normal(loc: number, scale: number): number {
    return loc + scale * this.gaussian();
  }

  /**
   * Fill `out` like `normal(loc, scale, size=out.length)`: the same polar pairs as `gaussian()`
   * (second value first, a leftover cached for the next call), without a call per value.
   */
  normalFill(out: Float64Array, loc: number, scale: number): Float64Array {
    const n = out.length;
    const mt = this.mt;
    const block = mt.out;
    const last = block.length - 4;
    let i = 0;
    if (n > 0 && this.hasGauss) out[i++] = loc + scale * this.gaussian();
    let pos = mt.pos;
    while (i < n) {
      let x1: number;
      let x2: number;
      let r2: number;
      do {
        if (pos > last) {
          // Near the end of the block: let the generator refill it.
          mt.pos = pos;
          x1 = 2 * mt.double() - 1;
          x2 = 2 * mt.double() - 1;
          pos = mt.pos;
        } else {
          // Two doubles (a·2²⁶ + b)/2⁵³ read straight from the tempered block, as double() does.
          x1 = 2 * (((block[pos] >>> 5) * 67108864 + (block[pos + 1] >>> 6)) / 9007199254740992) - 1;
          x2 = 2 * (((block[pos + 2] >>> 5) * 67108864 + (block[pos + 3] >>> 6)) / 9007199254740992) - 1;
          pos += 4;
        }
        r2 = x1 * x1 + x2 * x2;
      } while (r2 >= 1 || r2 === 0);
      const f = Math.sqrt((-2 * Math.log(r2)) / r2);
      out[i++] = loc + scale * (f * x2);
      if (i < n) out[i++] = loc + scale * (f * x1);
      else {
        this.gauss = f * x1;
        this.hasGauss = true;
      }
    }
    mt.pos = pos;
    return out;
  }

  /** `randint(0, high)` for 1 ≤ high ≤ 2³²: masked rejection on 32-bit outputs; high = 1 draws nothing. */
  randint(high: number): number {
    const rng = high - 1;
    if (rng === 0) return 0;
    let mask = rng;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let v: number;
    do v = (this.mt.u32() & mask) >>> 0;
    while (v > rng);
    return v;
  }
}
