import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without type declarations
import { assemble, KERNELS, moduleText } from "../scripts/build-wasm.mjs";
import { readFileSync } from "node:fs";
import { MT19937 } from "../src/models/rng/mt19937";
import { newMtKernel } from "../src/models/rng/mt-kernel";
import { NumpyRandom } from "../src/models/rng/numpy-random";

/** MT19937's generation step as the reference C code writes it, one word at a time (the oracle). */
function referenceRegenerate(mt: Uint32Array): void {
  const N = 624;
  const M = 397;
  for (let k = 0; k < N; k++) {
    const y = ((mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff)) >>> 0;
    mt[k] = (mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
  }
}
function referenceTemper(y: number): number {
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

describe("the WebAssembly MT19937 / polar-Gaussian kernel", () => {
  it("is the committed assembly of mt-kernel.wat (run `npm run build:wasm` after editing it)", async () => {
    const bytes: Uint8Array = await assemble(KERNELS.mt);
    const committed = readFileSync(new URL("../src/models/rng/mt-kernel.wasm.ts", import.meta.url), "utf8");
    expect(committed).toBe(moduleText(KERNELS.mt, bytes));
  });

  it("stays under 4 KB, so browsers compile it synchronously even on the main thread", async () => {
    const bytes: Uint8Array = await assemble(KERNELS.mt);
    expect(bytes.length).toBeLessThan(4096);
  });

  it("regenerates and tempers blocks like the reference algorithm, word for word", () => {
    const mt = new MT19937();
    mt.seedSimple(20261202);
    const ref = Uint32Array.from(mt.mt, (w) => w >>> 0);
    for (let block = 0; block < 5; block++) {
      mt.regenerate();
      referenceRegenerate(ref);
      for (let k = 0; k < 624; k++) {
        if (mt.mt[k] >>> 0 !== ref[k]) throw new Error(`block ${block}: mt[${k}] = ${mt.mt[k] >>> 0}, reference ${ref[k]}`);
        if (mt.out[k] >>> 0 !== referenceTemper(ref[k])) throw new Error(`block ${block}: out[${k}] differs`);
      }
    }
    // And numpy's first outputs for seed 5489 (the reference implementation's published value).
    const m = new MT19937();
    m.seedSimple(5489);
    expect(m.u32()).toBe(3499211612);
  });

  it("computes ln exactly as Math.log does, on random and edge-case arguments", () => {
    const k = newMtKernel() as unknown as { ln(x: number): number };
    const f = new Float64Array(1);
    const u = new Uint32Array(f.buffer);
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const args: number[] = [0, -0, -1, Infinity, -Infinity, NaN, 5e-324, 1e-310, 1, 0.5, 2, Math.SQRT2, Math.SQRT1_2, 1 - 2 ** -53, 2 ** -106];
    for (let i = 0; i < 300_000; i++) {
      u[0] = next();
      u[1] = next() % 0x3ff00000; // (0, 1): every r² the polar method can produce
      args.push(f[0]);
    }
    for (let e = -1074; e <= 1023; e += 7) for (let d = -3; d <= 3; d++) args.push(2 ** e * (1 + d * 2 ** -52), 2 ** e * (1 + d * 2 ** -21));
    // The algorithm's branch points in the high mantissa bits: |f| < 2⁻²⁰ (0xffffd..0x00002), the
    // √2 normalisation (0x6a09c) and the choice of formula (0x6147a, 0x6b851), ±2, with random low words.
    const mantissas = [0xffffd, 0xffffe, 0xfffff, 0, 1, 2, 0x6a09c, 0x6147a, 0x6b851].flatMap((m) => [-2, -1, 0, 1, 2].map((d) => (m + d) & 0xfffff));
    for (const exponent of [0x3fe, 0x3fd, 0x3f0, 0x3c0, 0x001, 0x7fe, 0x3ff, 0x400])
      for (const m of mantissas)
        for (let r = 0; r < 8; r++) {
          u[1] = (exponent << 20) | m;
          u[0] = r < 2 ? r * 0xffffffff : next();
          args.push(f[0]);
        }
    const wrong = args.filter((x) => !Object.is(k.ln(x), Math.log(x)));
    expect(wrong).toEqual([]);
  });

  it("fills normals equal to drawing them one by one, across blocks, odd lengths and batches", () => {
    for (const lengths of [[1], [5, 3], [240, 1, 1], [7169, 2], [16000], [3, 7168, 5]]) {
      const bulk = new NumpyRandom(77);
      const single = new NumpyRandom(77);
      for (const n of lengths) {
        const a = bulk.normalFill(new Float64Array(n), 0.5, 0.04);
        for (let i = 0; i < n; i++) {
          const b = single.normal(0.5, 0.04);
          if (!Object.is(a[i], b)) throw new Error(`lengths ${lengths}: value ${i} of ${n}: ${a[i]} vs ${b}`);
        }
      }
      expect(bulk.mt.save()).toEqual(single.mt.save());
      expect([bulk.hasGauss, bulk.gauss]).toEqual([single.hasGauss, single.gauss]);
    }
  });

  it("keeps each generator's state apart (one instance and memory per generator)", () => {
    const a = new NumpyRandom(1);
    const b = new NumpyRandom(1);
    a.normalFill(new Float64Array(1000), 0, 1);
    const fresh = new NumpyRandom(1);
    expect(b.normalFill(new Float64Array(10), 0, 1)).toEqual(fresh.normalFill(new Float64Array(10), 0, 1));
  });
});
