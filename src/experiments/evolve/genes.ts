/**
 * Genes of a genetic search, Spikey's constraints (spec spikey.md §2.2): a range [lo, hi]
 * (Spikey's tuple) is sampled as a uniform float, a list of values as a uniform choice. Written
 * in a spec as { range: [lo, hi] } or { values: [...] } (a bare list means values).
 *
 * Besides Spikey's re-sampling, a numeric gene can be perturbed: a range gene by
 *   v' = clip(v + σ·(hi − lo)·ε, lo, hi),  ε ~ N(0, 1),
 * a list of numbers (sorted as given) by moving its index k' = clip(round(k + σ·m·ε), 0, m − 1)
 * for m values. σ is the spec's `sigma` (a fraction of the gene's span).
 */
import { SornInputError } from "../../models/params/error";
import type { NumpyRandom } from "../../models/rng/numpy-random";
import type { Json } from "../../pool/registry";

/** One gene's constraint, normalised. */
export type Gene = { readonly key: string; readonly range: readonly [number, number] } | { readonly key: string; readonly values: readonly Json[] };

/** A genotype: a value per gene key. */
export type Genotype = Record<string, Json>;

/** The genes of a spec's `genes` object, in sorted key order (errors name `genes.<key>`). */
export function normalGenes(genes: unknown): Gene[] {
  if (!genes || typeof genes !== "object" || Array.isArray(genes)) throw new SornInputError("genes", "must be an object { key: { range: [lo, hi] } | { values: [...] } }");
  const keys = Object.keys(genes).sort();
  if (!keys.length) throw new SornInputError("genes", "needs at least one gene");
  return keys.map((key) => {
    const g = (genes as Record<string, unknown>)[key];
    const where = `genes.${key}`;
    const values = Array.isArray(g) ? g : g && typeof g === "object" && "values" in g ? (g as { values: unknown }).values : undefined;
    if (values !== undefined) {
      if (!Array.isArray(values) || values.length === 0) throw new SornInputError(where, "values must be a non-empty list");
      return { key, values: values as Json[] };
    }
    const range = g && typeof g === "object" ? (g as { range?: unknown }).range : undefined;
    if (!Array.isArray(range) || range.length !== 2 || !range.every((v) => typeof v === "number" && Number.isFinite(v)) || !(range[0] < range[1])) {
      throw new SornInputError(where, `must be { range: [lo, hi] } with lo < hi, or { values: [...] }, got ${JSON.stringify(g)}`);
    }
    return { key, range: [range[0], range[1]] as const };
  });
}

/** A fresh value of `gene` (Spikey's `np.random.uniform(*cons)` or `cons[np.random.choice(len)]`). */
export function sampleGene(gene: Gene, rng: NumpyRandom): Json {
  if ("range" in gene) return rng.uniform(gene.range[0], gene.range[1]);
  return gene.values[rng.randint(gene.values.length)];
}

/** Whether `gene` can be perturbed (a range, or a list of numbers). */
export function isNumeric(gene: Gene): boolean {
  return "range" in gene || gene.values.every((v) => typeof v === "number");
}

/** `value` of `gene` moved by a Gaussian step (see the module comment). */
export function perturbGene(gene: Gene, value: Json, sigma: number, rng: NumpyRandom): Json {
  const eps = rng.gaussian();
  if ("range" in gene) {
    const [lo, hi] = gene.range;
    return Math.min(hi, Math.max(lo, (value as number) + sigma * (hi - lo) * eps));
  }
  const m = gene.values.length;
  const k = Math.max(0, gene.values.indexOf(value));
  return gene.values[Math.min(m - 1, Math.max(0, Math.round(k + sigma * m * eps)))];
}

/** A random genotype. */
export function randomGenotype(genes: readonly Gene[], rng: NumpyRandom): Genotype {
  const g: Genotype = {};
  for (const gene of genes) g[gene.key] = sampleGene(gene, rng);
  return g;
}

/** numpy's `shuffle` of a list (Fisher–Yates from the end, j = randint(i + 1)), in place. */
export function shuffle<T>(items: T[], rng: NumpyRandom): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.randint(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
