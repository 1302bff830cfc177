import { KERNEL_LAYOUT, newMtKernel, type MtKernel } from "./mt-kernel";

const N = 624;

/**
 * One stream of the Mersenne Twister MT19937 (Matsumoto & Nishimura 1998), the generator behind
 * both numpy's legacy `RandomState` and Python's `random` module (rng-compat.md §A1–A2, §B1):
 * 624 words of state and a read position. Seeding and single draws are here; the block
 * generation and tempering run in a WebAssembly kernel (mt-kernel.wat) whose memory holds the
 * state words and the tempered block.
 */
export class MT19937 {
  /** The WebAssembly kernel instance whose memory holds this stream. */
  readonly kernel: MtKernel = newMtKernel();
  /** The 624 state words (int32 bit patterns), a view on the kernel's memory. */
  readonly mt = new Int32Array(this.kernel.memory.buffer, KERNEL_LAYOUT.mt, N);
  /** Index of the next output; 624 means "regenerate before reading". */
  pos = N;
  /** The tempered outputs of the current block (int32 bit patterns), a view on the kernel's memory. */
  readonly out = new Int32Array(this.kernel.memory.buffer, KERNEL_LAYOUT.out, N);

  /** Simple seeding (numpy's `np.random.seed(s)`): mt[i] = 1812433253·(mt[i−1] ⊕ (mt[i−1] ≫ 30)) + i. */
  seedSimple(s: number): void {
    const mt = this.mt;
    mt[0] = s | 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) | 0;
    }
    this.pos = N;
  }

  /** `init_by_array(key)` (Python's `random.seed(n)` with n split into 32-bit words, low first). */
  seedByArray(key: readonly number[]): void {
    this.seedSimple(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    const len = Math.max(1, key.length);
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + (key[j] ?? 0) + j) | 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) | 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000 | 0;
    this.pos = N;
  }

  /** The next tempered 32-bit output, as an unsigned integer. */
  u32(): number {
    if (this.pos >= N) this.regenerate();
    return this.out[this.pos++] >>> 0;
  }

  /** A double in [0, 1) from two outputs: (a·2²⁶ + b) / 2⁵³ with a = u32 ≫ 5, b = u32 ≫ 6 (§A3). */
  double(): number {
    let pos = this.pos;
    if (pos >= N - 1) {
      const a = this.u32() >>> 5;
      const b = this.u32() >>> 6;
      return (a * 67108864 + b) / 9007199254740992;
    }
    const out = this.out;
    this.pos = pos + 2;
    return ((out[pos] >>> 5) * 67108864 + (out[pos + 1] >>> 6)) / 9007199254740992;
  }

  /**
   * Next block: mt[k] = mt[k+397] ⊕ (y ≫ 1) ⊕ (y odd ? 0x9908b0df : 0), y = upper(mt[k]) | lower(mt[k+1]);
   * then out[k] = temper(mt[k]) (y ⊕= y≫11; y ⊕= (y≪7) & 0x9d2c5680; y ⊕= (y≪15) & 0xefc60000; y ⊕= y≫18).
   */
  regenerate(): void {
    this.kernel.regen();
    this.pos = 0;
  }

  /** A copy of the state words and position. */
  save(): { key: number[]; pos: number } {
    return { key: Array.from(this.mt, (w) => w >>> 0), pos: this.pos };
  }

  /** Restore a state saved by `save()`. */
  load(s: { key: readonly number[]; pos: number }): void {
    if (s.key.length !== N || !Number.isInteger(s.pos) || s.pos < 0 || s.pos > N) {
      throw new Error(`rng: a Mersenne Twister state needs ${N} words and a position in [0, ${N}]`);
    }
    for (let i = 0; i < N; i++) {
      const w = s.key[i];
      if (!Number.isInteger(w) || w < 0 || w > 0xffffffff) throw new Error(`rng: state word ${i} is not a 32-bit unsigned integer`);
      this.mt[i] = w | 0;
    }
    // The tempered block is a function of the words; rebuild it for a mid-block position.
    this.kernel.temper();
    this.pos = s.pos;
  }
}
