import { KERNEL_LAYOUT, KERNEL_PAIRS_CAPACITY } from "./mt-kernel";
import { MT19937 } from "./mt19937";
import { checkSeed } from "../params/seed";

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
  /** The kernel's output of normals, and its last unscaled f·x₁ (views on its memory). */
  private readonly normals = new Float64Array(this.mt.kernel.memory.buffer, KERNEL_LAYOUT.normals, 2 * KERNEL_PAIRS_CAPACITY);
  private readonly leftover = new Float64Array(this.mt.kernel.memory.buffer, KERNEL_LAYOUT.leftover, 1);

  constructor(seed = 0) {
    this.seed(seed);
  }

  /** `np.random.seed(s)` for an integer 0 ≤ s < 2³² (else a SornInputError); clears the Gaussian cache. */
  seed(s: number): void {
    checkSeed(s);
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

  /**
   * A standard normal from the legacy polar method: x₁, x₂ = 2U − 1 until 0 < r² = x₁² + x₂² < 1,
   * f = √(−2 ln r² / r²); returns f·x₂ and caches f·x₁ for the next call. Computed by the kernel.
   */
  gaussian(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      const g = this.gauss;
      this.gauss = 0;
      return g;
    }
    this.runPairs(1, 0, 1);
    this.gauss = this.leftover[0];
    this.hasGauss = true;
    // loc + scale·v with loc 0 and scale 1 is v itself (v is never −0: x₂ = 0 only as +0).
    return this.normals[0];
  }

  /** `normal(loc, scale)`: loc + scale·g. */
  normal(loc: number, scale: number): number {
    return loc + scale * this.gaussian();
  }

  /**
   * Fill `out` like `normal(loc, scale, size=out.length)`: the same polar pairs as `gaussian()`
   * (a cached value first, a leftover cached for the next call), computed by the kernel in
   * batches of up to 3,584 pairs.
   */
  normalFill(out: Float64Array, loc: number, scale: number): Float64Array {
    const n = out.length;
    let i = 0;
    if (n > 0 && this.hasGauss) out[i++] = loc + scale * this.gaussian();
    while (i < n) {
      const pairs = Math.min((n - i + 1) >> 1, KERNEL_PAIRS_CAPACITY);
      this.runPairs(pairs, loc, scale);
      const count = Math.min(2 * pairs, n - i);
      const normals = this.normals;
      for (let k = 0; k < count; k++) out[i + k] = normals[k]; // (no subarray: nothing allocated)
      i += count;
      if (count < 2 * pairs) {
        this.gauss = this.leftover[0];
        this.hasGauss = true;
      }
    }
    return out;
  }

  /** Run the kernel's polar loop from the stream's read position, and take the new position back. */
  private runPairs(pairs: number, loc: number, scale: number): void {
    const { kernel } = this.mt;
    kernel.pos.value = this.mt.pos;
    kernel.pairs(pairs, loc, scale);
    this.mt.pos = kernel.pos.value;
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
