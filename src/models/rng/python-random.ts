import { MT19937 } from "./mt19937";

/**
 * CPython's `random` module (3.11), bit for bit where sorn uses it (rng-compat.md §B):
 * seed(int), getrandbits, _randbelow, choice, sample (both of its branches) and random().
 */
export class PythonRandom {
  readonly mt = new MT19937();

  constructor(seed = 0) {
    this.seed(seed);
  }

  /** `random.seed(n)` for a non-negative integer n < 2⁵³: init_by_array of its 32-bit words. */
  seed(n: number): void {
    if (!Number.isSafeInteger(n)) throw new RangeError(`seed must be a safe integer, got ${n}`);
    let a = Math.abs(n);
    const key: number[] = [];
    do {
      key.push(a % 4294967296);
      a = Math.floor(a / 4294967296);
    } while (a > 0);
    this.mt.seedByArray(key);
  }

  /** `random.random()`: a double in [0, 1). */
  random(): number {
    return this.mt.double();
  }

  /** `getrandbits(k)` for 0 ≤ k ≤ 53: 32-bit words, least significant first, the last one shifted. */
  getrandbits(k: number): number {
    if (k <= 32) return k === 0 ? 0 : this.mt.u32() >>> (32 - k);
    const low = this.mt.u32();
    const high = this.mt.u32() >>> (64 - k);
    return high * 4294967296 + low;
  }

  /** `_randbelow(n)`: draw getrandbits(bit_length(n)) until it is < n. */
  randbelow(n: number): number {
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** `random.choice(seq)` as an index into a sequence of length n ≥ 1. */
  choiceIndex(n: number): number {
    if (n < 1) throw new RangeError("choice from an empty sequence");
    return this.randbelow(n);
  }

  /**
   * `random.sample(population, k)`, in selection order. Small populations use the pool branch
   * (swap the last live element into the hole), large ones the set branch (redraw repeats).
   */
  sample(population: ArrayLike<number>, k: number): number[] {
    const n = population.length;
    if (!Number.isInteger(k) || k < 0 || k > n) throw new RangeError(`sample larger than population or negative (k=${k}, n=${n})`);
    const result = new Array<number>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = Array.from(population);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = population[j];
      }
    }
    return result;
  }
}

/** Number of bits needed to write n ≥ 1 (Python's int.bit_length). */
export function bitLength(n: number): number {
  let k = 0;
  while (n >= 1) {
    n = Math.floor(n / 2);
    k++;
  }
  return k;
}
