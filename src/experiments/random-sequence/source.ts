/**
 * The random-sequence task's input (spec experiments.md §4.1): symbols s(t) ∈ {0, …, A − 1},
 * i.i.d. uniform, one per step, s(t) = `randint(A)` from numpy's legacy `RandomState(seed)`
 * (the job uses (S + 1000) mod 2^32, the lab's input-seed rule); symbol k sets the channels of its
 * pool to 1 and every other channel to 0.
 *
 * Pools: disjoint — pool k = channels N_U·k … N_U·k + N_U − 1 (nu = A · N_U); overlapping — each
 * pool N_U distinct neurons of 0 … ne − 1 drawn independently per symbol (nu = ne), by a partial
 * Fisher–Yates shuffle with `randint` on its own `RandomState` (the job uses (S + 3000) mod 2^32).
 */
import type { InputSource } from "../../models/inputs";
import type { NumpyRandom } from "../../models/rng/numpy-random";
import type { PoolLayout } from "./preset";

/** `length` symbols, `randint(alphabet)` each. */
export function randomSymbols(alphabet: number, length: number, rng: NumpyRandom): Uint8Array {
  if (!Number.isInteger(alphabet) || alphabet < 2 || alphabet > 255) throw new RangeError(`random sequence: the alphabet must be an integer in [2, 255], got ${alphabet}`);
  const out = new Uint8Array(length);
  for (let t = 0; t < length; t++) out[t] = rng.randint(alphabet);
  return out;
}

/** The channels of every symbol's pool, and the number of channels. */
export interface SymbolPools {
  readonly nu: number;
  readonly pools: readonly (readonly number[])[];
}

/** The pools of the module comment; `rng` is drawn from only for overlapping pools. */
export function symbolPools(layout: PoolLayout, alphabet: number, poolSize: number, ne: number, rng?: NumpyRandom): SymbolPools {
  if (layout === "disjoint") {
    if (alphabet * poolSize > ne) throw new RangeError(`random sequence: ${alphabet} disjoint pools of ${poolSize} need ${alphabet * poolSize} E neurons, the network has ${ne}`);
    return { nu: alphabet * poolSize, pools: Array.from({ length: alphabet }, (_, k) => Array.from({ length: poolSize }, (_, i) => k * poolSize + i)) };
  }
  if (!rng) throw new RangeError("random sequence: overlapping pools need a generator");
  if (poolSize > ne) throw new RangeError(`random sequence: a pool of ${poolSize} needs ${poolSize} E neurons, the network has ${ne}`);
  const pools = Array.from({ length: alphabet }, () => {
    const idx = Array.from({ length: ne }, (_, i) => i);
    for (let i = 0; i < poolSize; i++) {
      const j = i + rng.randint(ne - i);
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx.slice(0, poolSize).sort((a, b) => a - b);
  });
  return { nu: ne, pools };
}

/** An engine input presenting `symbols[t]` at step t through `pools`. */
export function symbolInput(symbols: Uint8Array, pools: SymbolPools): InputSource {
  return {
    nu: pools.nu,
    fill(t, out) {
      if (t < 0 || t >= symbols.length) throw new RangeError(`random sequence: the stream has ${symbols.length} symbols, step ${t} needs symbol ${t}`);
      out.fill(0);
      for (const c of pools.pools[symbols[t]]) out[c] = 1;
    },
  };
}
