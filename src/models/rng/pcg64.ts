/**
 * numpy's `Generator(PCG64(SeedSequence(seed)))` — `np.random.default_rng(seed)`, the generator
 * Gymnasium's `reset(seed=…)` and `action_space.seed(…)` build — bit for bit where the lab uses it:
 * `random()`, `uniform(low, high)` and `integers(n)` for small n. BigInt arithmetic; a few
 * hundred thousand draws a second, plenty for resets and random policies.
 *
 * PCG64 is PCG-XSL-RR 128/64 (numpy/random/src/pcg64):
 * - seeding: s = S[0]·2⁶⁴ + S[1], q = S[2]·2⁶⁴ + S[3] from `SeedSequence.generate_state(4, uint64)`;
 *   inc ← 2q + 1; state ← 0; step; state ← state + s; step;
 * - step: state ← state·M + inc (mod 2¹²⁸), M = 0x2360ED051FC65DA4_4385DF649FCCF645;
 * - next64: step, then rotr64(hi(state) ⊕ lo(state), state ≫ 122);
 * - next32: the low half of a 64-bit draw, its high half kept for the next call;
 * - random(): (next64 ≫ 11)·2⁻⁵³, a double in [0, 1);
 * - uniform(low, high): low + (high − low)·random();
 * - integers(n) (int64, 1 < n ≤ 2³²): Lemire's method on next32: m = u·n, while lo32(m) <
 *   (2³² − n) mod n redraw; m ≫ 32.
 */
import { SornInputError } from "../params/error";
import { SeedSequence } from "./seed-sequence";

const MASK64 = (1n << 64n) - 1n;
const MASK128 = (1n << 128n) - 1n;
const MULTIPLIER = 0x2360ed051fc65da44385df649fccf645n;

/** A source of doubles in [0, 1): what an environment's reset and a random policy draw from. */
export interface UniformSource {
  random(): number;
}

export class Pcg64 implements UniformSource {
  private state = 0n;
  private inc = 0n;
  private hasUint32 = false;
  private uinteger = 0;

  /** `np.random.default_rng(seed)` for a non-negative integer seed. */
  constructor(seed: number | bigint) {
    const [s0, s1, q0, q1] = new SeedSequence(seed).generateState64(4);
    this.inc = ((((q0 << 64n) | q1) << 1n) | 1n) & MASK128;
    this.step();
    this.state = (this.state + ((s0 << 64n) | s1)) & MASK128;
    this.step();
  }

  private step(): void {
    this.state = (this.state * MULTIPLIER + this.inc) & MASK128;
  }

  /** The next 64-bit output, as a BigInt. */
  next64(): bigint {
    this.step();
    const x = ((this.state >> 64n) ^ this.state) & MASK64;
    const rot = this.state >> 122n;
    return ((x >> rot) | (x << ((64n - rot) & 63n))) & MASK64;
  }

  /** The next 32-bit output (halves of a 64-bit draw, low first), as numpy's `next_uint32`. */
  next32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    const v = this.next64();
    this.hasUint32 = true;
    this.uinteger = Number(v >> 32n);
    return Number(v & 0xffffffffn);
  }

  /** `Generator.random()`: a 53-bit double in [0, 1). */
  random(): number {
    return Number(this.next64() >> 11n) * 2 ** -53;
  }

  /** `Generator.uniform(low, high)`. */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.random();
  }

  /** `Generator.integers(n)` (default int64) for an integer 1 ≤ n ≤ 2³²: one of 0 … n − 1. */
  integers(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new SornInputError("n", `must be an integer in [1, 4294967296], got ${n}`);
    if (n === 1) return 0;
    const rng = n - 1;
    if (rng === 0xffffffff) return this.next32();
    // Lemire's nearly divisionless method, in BigInt for the 64-bit product.
    const excl = BigInt(n);
    let m = BigInt(this.next32()) * excl;
    let left = m & 0xffffffffn;
    if (left < excl) {
      const threshold = BigInt((0xffffffff - rng) % n);
      while (left < threshold) {
        m = BigInt(this.next32()) * excl;
        left = m & 0xffffffffn;
      }
    }
    return Number(m >> 32n);
  }
}
