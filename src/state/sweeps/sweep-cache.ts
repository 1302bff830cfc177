/**
 * Where the page keeps a sweep's finished points, so a cancelled or reloaded sweep resumes: one
 * entry per (spec hash, point index). The page's store is IndexedDB (`src/shell/sweep-cache.ts`);
 * tests use {@link memorySweepCache}. A store that cannot be read or written (private mode, a
 * full disk) behaves as an empty one: the sweep runs, it just does not resume.
 */
import type { PointCache } from "../../experiments/sweep/cache";
import type { PointResult } from "../../experiments/sweep/result";

/** The points of every sweep run in this browser. */
export interface SweepCacheStore {
  /** The cache of sweep `hash`'s points (what `runSweep` reads and fills). */
  forSweep(hash: string): PointCache;
  /** How many points of sweep `hash` are kept. */
  count(hash: string): Promise<number>;
  /** Forget sweep `hash`'s points. */
  clear(hash: string): Promise<void>;
}

/** The key of point `index` of sweep `hash`: "hash:index". */
export const pointKey = (hash: string, index: number): string => `${hash}:${index}`;

/** A store in a Map (tests; also counts what it served). */
export function memorySweepCache(): SweepCacheStore & { readonly entries: Map<string, PointResult>; hits: number } {
  const entries = new Map<string, PointResult>();
  const store = {
    entries,
    hits: 0,
    forSweep: (hash: string): PointCache => ({
      get(index) {
        const p = entries.get(pointKey(hash, index));
        if (p) store.hits++;
        return p;
      },
      put(p) {
        entries.set(pointKey(hash, p.index), p);
      },
    }),
    count: async (hash: string) => [...entries.keys()].filter((k) => k.startsWith(`${hash}:`)).length,
    clear: async (hash: string) => {
      for (const k of [...entries.keys()]) if (k.startsWith(`${hash}:`)) entries.delete(k);
    },
  };
  return store;
}
