/**
 * Spikey's GenotypeMapping: the fitness of the last `size` distinct genotypes evaluated (the key
 * is the genotype's canonical JSON, age ignored). A genotype seen again within that window is
 * not evaluated again. Oldest-first eviction; {@link FitnessCache.entries} round-trips through a
 * checkpoint.
 */
import { canonicalJson } from "../sweep/canonical";
import type { Genotype } from "./genes";

export class FitnessCache {
  private readonly map = new Map<string, number | null>();

  constructor(
    readonly size: number,
    entries: readonly (readonly [string, number | null])[] = [],
  ) {
    for (const [k, v] of entries) this.store(k, v);
  }

  /** The key of `genes`. */
  static key(genes: Genotype): string {
    return canonicalJson(genes);
  }

  /** Whether `genes` is cached. */
  has(genes: Genotype): boolean {
    return this.map.has(FitnessCache.key(genes));
  }

  /** The cached fitness of `genes` (undefined when not cached). */
  get(genes: Genotype): number | null | undefined {
    return this.map.get(FitnessCache.key(genes));
  }

  /** Cache the fitness of `genes`, evicting the oldest entry past `size`. */
  set(genes: Genotype, fitness: number | null): void {
    this.store(FitnessCache.key(genes), fitness);
  }

  private store(key: string, fitness: number | null): void {
    this.map.delete(key);
    this.map.set(key, fitness);
    while (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
  }

  /** The entries, oldest first. */
  entries(): [string, number | null][] {
    return [...this.map.entries()];
  }
}
