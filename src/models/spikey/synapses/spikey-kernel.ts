/**
 * The WebAssembly form of `SpikeyStdpPass` (spikey-kernel.wat): the same update, Δw[u][c] =
 * credit(u)·[n_inputs + c ∈ P] − ltd·[u ∈ P]·credit(n_inputs + c) then the clip to
 * [0, max_weight] in float32, bit-identical to the JavaScript loops (same double arithmetic, a
 * branch-free clip on the float32 bits); on E1 the whole network step runs ≈ 1.6× faster with it
 * than with the JavaScript pass. The weights move into the
 * kernel's memory (`WeightMatrix.moveTo`), next to the mask, the CSR synapse lists and the
 * per-step scratch. Per step: `SpikeyCredit.sync` says whether the spike bits are one step behind
 * (then the newest log row is copied in and `credits` shifts them) or rebuilds them; `credits`
 * computes credit(u) and the pre list as `SpikeyCredit.fromBits` (for W > 31 `SpikeyCredit`
 * writes them in JavaScript); the post row is copied in and `update` does every row. The
 * polarities are copied in once per array (they are fixed when the network is built).
 */
import type { WeightMatrix } from "../parts/weights";
import type { SpikeLog } from "../types";
import { SpikeyCredit } from "./spikey-credit";
import { SpikeyStdpPass } from "./spikey-pass";
import { SPIKEY_KERNEL_BYTES } from "./spikey-kernel.wasm";

interface KernelExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  layout(...offsets: number[]): void;
  layoutCredit(bits: number, pol: number, table: number, newRow: number, rows: number): void;
  credits(nNew: number, shift: number, windowBits: number, scale: number): number;
  update(nPre: number, nPost: number, maxWeight: number, ltd: number): void;
}

// The engine has no DOM or Node typings (src/models/tsconfig.json); these are the calls it makes.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

let compiled: object | null | undefined;

/** A fresh kernel instance, or null where the engine has no WebAssembly (the JavaScript pass is used then). */
function newKernel(): KernelExports | null {
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (compiled === undefined) {
    try {
      compiled = wasm ? new wasm.Module(SPIKEY_KERNEL_BYTES) : null; // under 1 KB: sync compile is allowed on a browser's main thread
    } catch {
      compiled = null;
    }
  }
  return compiled && wasm ? (new wasm.Instance(compiled, {}).exports as KernelExports) : null;
}

/** The update of one rule over `weights`, in the kernel's memory (see the module doc). */
export class SpikeyStdpKernel {
  private readonly kernel: KernelExports;
  private readonly credits: SpikeyCredit;
  private readonly post: Int32Array;
  private readonly newRow: Int32Array;
  private readonly pol: Float64Array;
  private polSeen: Float32Array | null = null;
  private readonly ltd: number;
  /** The JavaScript pass for max_weight −0, < 0 or NaN, where the kernel's integer clip may not be exact (made on first need). */
  private fallback: SpikeyStdpPass | null = null;

  private constructor(
    private readonly weights: WeightMatrix,
    private readonly table: Float64Array,
    ltd: boolean,
    kernel: KernelExports,
  ) {
    const R = weights.rows;
    const C = weights.cols;
    let end = 0;
    const take = (bytes: number): number => {
      const at = end;
      end = Math.ceil((end + bytes) / 8) * 8;
      return at;
    };
    const at = [take(4 * R * C), take(R * C), take(4 * (R + 1)), take(4 * weights.colIndex.length), take(8 * R), take(4 * R), take(R), take(8 * C), take(4 * C), take(4 * R), take(4 * R), take(8 * R), take(8 * table.length), take(4 * R)];
    const pages = Math.ceil(end / 65536);
    if (pages > 1) kernel.memory.grow(pages - 1);
    const buf = kernel.memory.buffer;
    weights.moveTo(new Float32Array(buf, at[0], R * C));
    new Uint8Array(buf, at[1], R * C).set(weights.mask);
    new Int32Array(buf, at[2], R + 1).set(weights.rowStart);
    new Int32Array(buf, at[3], weights.colIndex.length).set(weights.colIndex);
    this.credits = new SpikeyCredit(R, table, { credit: new Float64Array(buf, at[4], R), pre: new Int32Array(buf, at[5], R), bits: new Int32Array(buf, at[10], R) });
    this.post = new Int32Array(buf, at[9], R);
    this.pol = new Float64Array(buf, at[11], R);
    new Float64Array(buf, at[12], table.length).set(table);
    this.newRow = new Int32Array(buf, at[13], R);
    kernel.layout(...at.slice(0, 10), C, weights.nInputs);
    kernel.layoutCredit(at[10], at[11], at[12], at[13], R);
    this.kernel = kernel;
    this.ltd = ltd ? 1 : 0;
  }

  /** The kernel over `weights`, or null (no WebAssembly, or the weights already live in another kernel). */
  static create(weights: WeightMatrix, table: Float64Array, ltd: boolean): SpikeyStdpKernel | null {
    if (weights.moved) return null;
    const kernel = newKernel();
    return kernel ? new SpikeyStdpKernel(weights, table, ltd, kernel) : null;
  }

  /** The update at the log's newest step with scale s = η·z (nothing when s = 0 or nobody fired at t − 1). */
  run(log: SpikeLog, pol: Float32Array, scale: number): void {
    if (scale === 0) return;
    const M = this.weights.maxWeight;
    if (!(M > 0 || Object.is(M, 0))) {
      this.fallback ??= new SpikeyStdpPass(this.weights, this.table, this.ltd === 1);
      this.fallback.run(log, pol, scale);
      return;
    }
    const postStep = log.t - 2;
    const nPost = log.count(postStep);
    if (nPost === 0) return;
    const idx = log.indices;
    let nPre: number;
    const credits = this.credits;
    if (credits.usesBits(log)) {
      if (pol !== this.polSeen) {
        this.pol.set(pol);
        this.polSeen = pol;
      }
      let nNew = 0;
      const shift = credits.sync(log);
      if (shift) {
        nNew = log.count(log.t - 1);
        const from = log.offset(log.t - 1);
        const newRow = this.newRow;
        for (let m = 0; m < nNew; m++) newRow[m] = idx[from + m];
      }
      nPre = this.kernel.credits(nNew, shift ? 1 : 0, credits.windowBits, scale);
    } else nPre = credits.gather(log, pol, scale);
    if (nPre === 0) return;
    const off = log.offset(postStep);
    const post = this.post;
    for (let m = 0; m < nPost; m++) post[m] = idx[off + m];
    this.kernel.update(nPre, nPost, M, this.ltd);
  }
}
