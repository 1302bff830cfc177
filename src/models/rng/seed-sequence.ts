/**
 * numpy's `SeedSequence(entropy)` (numpy/random/bit_generator.pyx), bit for bit, for an integer
 * entropy and no spawn key: the entropy as little-endian 32-bit words, hashed into a pool of 4
 * words, from which `generate_state` draws any number of 32- or 64-bit words.
 *
 * All arithmetic is on uint32 (`Math.imul(a, b) >>> 0` is the wrapped product):
 * - hashmix(v, h): v ← v ⊕ h; h ← h·MULT_A; v ← v·h; v ← v ⊕ (v ≫ 16)   (h is updated in place)
 * - mix(x, y): r ← MIX_MULT_L·x − MIX_MULT_R·y; r ⊕ (r ≫ 16)
 * - pool: pool[i] = hashmix(entropy[i] or 0, h) with h from INIT_A, then every word mixed with
 *   every other (mix(pool[dst], hashmix(pool[src], h)) for src ≠ dst), then any entropy beyond
 *   the pool mixed into every word.
 * - generate_state: word i = pool[i mod 4] ⊕ h; h ← h·MULT_B; ·h; ⊕ (≫ 16), with h from INIT_B;
 *   64-bit words pair the 32-bit words little-endian (word 2k low, 2k+1 high).
 */
import { SornInputError } from "../params/error";

const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const POOL_SIZE = 4;

function hashmix(value: number, hash: { h: number }): number {
  value = (value ^ hash.h) >>> 0;
  hash.h = Math.imul(hash.h, MULT_A) >>> 0;
  value = Math.imul(value, hash.h) >>> 0;
  return (value ^ (value >>> 16)) >>> 0;
}

function mix(x: number, y: number): number {
  const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (r ^ (r >>> 16)) >>> 0;
}

/** A non-negative integer as its little-endian 32-bit words ([0] for 0), as numpy coerces it. */
export function uint32Words(entropy: number | bigint): number[] {
  if (typeof entropy === "number" && !Number.isSafeInteger(entropy)) throw new SornInputError("seed", `must be a non-negative integer, got ${entropy}`);
  let n = BigInt(entropy);
  if (n < 0n) throw new SornInputError("seed", `must be a non-negative integer, got ${entropy}`);
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return words;
}

/** `np.random.SeedSequence(entropy)` with an integer entropy. */
export class SeedSequence {
  /** The mixed pool of 4 uint32 words. */
  readonly pool: Uint32Array;

  constructor(readonly entropy: number | bigint) {
    const words = uint32Words(entropy);
    const pool = new Uint32Array(POOL_SIZE);
    const hash = { h: INIT_A };
    for (let i = 0; i < POOL_SIZE; i++) pool[i] = hashmix(i < words.length ? words[i] : 0, hash);
    for (let src = 0; src < POOL_SIZE; src++)
      for (let dst = 0; dst < POOL_SIZE; dst++) if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src], hash));
    for (let src = POOL_SIZE; src < words.length; src++)
      for (let dst = 0; dst < POOL_SIZE; dst++) pool[dst] = mix(pool[dst], hashmix(words[src], hash));
    this.pool = pool;
  }

  /** `generate_state(n, np.uint32)`. */
  generateState32(n: number): Uint32Array {
    const out = new Uint32Array(n);
    let h = INIT_B;
    for (let i = 0; i < n; i++) {
      let v = (this.pool[i % POOL_SIZE] ^ h) >>> 0;
      h = Math.imul(h, MULT_B) >>> 0;
      v = Math.imul(v, h) >>> 0;
      out[i] = (v ^ (v >>> 16)) >>> 0;
    }
    return out;
  }

  /** `generate_state(n, np.uint64)`: pairs of 32-bit words, little-endian. */
  generateState64(n: number): bigint[] {
    const w = this.generateState32(2 * n);
    return Array.from({ length: n }, (_, i) => (BigInt(w[2 * i + 1]) << 32n) | BigInt(w[2 * i]));
  }
}
