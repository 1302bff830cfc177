/**
 * Where finished points are kept so a sweep can resume: one entry per point index. The CLI keeps
 * them as files in the output folder (`src/cli/sweep-folder.ts`), the page in IndexedDB; tests
 * use {@link memoryCache}. A failed point is stored too (so a merge can report it) but
 * {@link PointCache.get} callers treat it as missing, so a rerun computes it again.
 */
import type { PointResult } from "./result";

/** A store of finished points of one sweep. */
export interface PointCache {
  /** The stored point `index`, or undefined. */
  get(index: number): PointResult | undefined | Promise<PointResult | undefined>;
  /** Store a finished or failed point. */
  put(point: PointResult): void | Promise<void>;
}

/** A cache in a Map (also counts what it served and stored). */
export function memoryCache(): PointCache & { readonly points: Map<number, PointResult>; hits: number; puts: number } {
  const points = new Map<number, PointResult>();
  const cache = {
    points,
    hits: 0,
    puts: 0,
    get(index: number) {
      const p = points.get(index);
      if (p) cache.hits++;
      return p;
    },
    put(point: PointResult) {
      cache.puts++;
      points.set(point.index, point);
    },
  };
  return cache;
}
