/**
 * The page's sweep point cache in IndexedDB (idb-keyval; database "sorn-lab-sweeps", store
 * "points", key "hash:index" → the point's result), so a cancelled or reloaded sweep resumes
 * without recomputing its finished points. A store that cannot be opened, read or written (private
 * windows, a full disk) reads as empty and drops writes: the sweep still runs, it only does not resume.
 */
import { createStore as createIdbStore, del, get, keys, set, type UseStore } from "idb-keyval";
import type { PointCache } from "../experiments/sweep/cache";
import type { PointResult } from "../experiments/sweep/result";
import { pointKey, type SweepCacheStore } from "../state/sweeps/sweep-cache";

/** The browser's sweep cache. */
export function idbSweepCache(): SweepCacheStore {
  let db: UseStore | null = null;
  const store = () => (db ??= createIdbStore("sorn-lab-sweeps", "points"));
  const keysOf = async (hash: string): Promise<IDBValidKey[]> => {
    try {
      return (await keys(store())).filter((k) => typeof k === "string" && k.startsWith(`${hash}:`));
    } catch {
      return [];
    }
  };
  return {
    forSweep: (hash): PointCache => ({
      async get(index) {
        try {
          const p = (await get(pointKey(hash, index), store())) as PointResult | undefined;
          return p && p.index === index ? p : undefined;
        } catch {
          return undefined;
        }
      },
      async put(point) {
        try {
          await set(pointKey(hash, point.index), point, store());
        } catch {
          /* not kept: the sweep goes on without resuming */
        }
      },
    }),
    count: async (hash) => (await keysOf(hash)).length,
    async clear(hash) {
      for (const k of await keysOf(hash)) await del(k, store()).catch(() => undefined);
    },
  };
}
