import { MT_KERNEL_BYTES } from "./mt-kernel.wasm";

/** Byte offsets in a kernel instance's memory (see mt-kernel.wat). */
export const KERNEL_LAYOUT = { mt: 0, out: 2496, leftover: 8184, normals: 8192 } as const;
/** The most polar pairs one `pairs` call can write (7,168 doubles). */
export const KERNEL_PAIRS_CAPACITY = (65536 - KERNEL_LAYOUT.normals) / 16;

/** What one instance of the WebAssembly kernel exports. */
export interface MtKernel {
  /** One 64 KiB page: the state words, the tempered block, the last leftover and the normals. */
  readonly memory: { readonly buffer: ArrayBuffer };
  /** The read position in the tempered block (0..624); 624 means "regenerate first". */
  readonly pos: { value: number };
  /** MT19937's next block: twist the 624 words, then temper them all into `out`; pos ← 0. */
  regen(): void;
  /** out[k] = temper(mt[k]) for all k (after the words were written from outside). */
  temper(): void;
  /**
   * `count` pairs of numpy's legacy polar method from pos on: loc + scale·(f·x₂) and
   * loc + scale·(f·x₁) per pair at `normals`, the last f·x₁ at `leftover`.
   */
  pairs(count: number, loc: number, scale: number): void;
}

// The engine has no DOM or Node typings (src/models/tsconfig.json); these are the few calls it makes.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

let compiled: object | undefined;

/**
 * A fresh kernel instance with its own memory. The module is compiled once (synchronously: it is
 * under 2 KB, below the 4 KB that browsers allow on the main thread; a test keeps it there). The
 * kernel computes its own logarithm (fdlibm's, as V8's Math.log), so its numbers do not depend on
 * the JavaScript engine; the imported Math.log only serves arguments that are not positive
 * normal numbers, which the polar method never produces.
 */
export function newMtKernel(): MtKernel {
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) throw new Error("rng: this JavaScript engine has no WebAssembly, which the engine's random generators need");
  if (!compiled) {
    try {
      compiled = new wasm.Module(MT_KERNEL_BYTES);
    } catch (e) {
      throw new Error(`rng: this JavaScript engine cannot compile the engine's WebAssembly kernel, which needs SIMD (Node ≥ 16.4, Chrome ≥ 91, Firefox ≥ 89, Safari ≥ 16.4): ${(e as Error).message}`);
    }
  }
  return new wasm.Instance(compiled, { m: { log: Math.log } }).exports as MtKernel;
}
