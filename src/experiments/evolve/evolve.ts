/**
 * The genetic search's loop, resumable: generation 0 is n random agents; generation g > 0 is
 * {@link nextGeneration} of g − 1. Each generation's random draws come from numpy's
 * RandomState(s_g), s_g = SeedSequence(seed · 2⁶⁴ + g · 2³² + 0x6761).generate_state(1)[0], so
 * generation g depends on the spec and generation g − 1 alone and a checkpoint of the last
 * evaluated generation is all a resume needs. Agents whose genotype is in the fitness cache
 * (`./fitness-cache.ts`) are not evaluated again; the others (each distinct genotype once) go to
 * the {@link Evaluator} as one batch. After each generation the checkpoint is handed to
 * `onGeneration` (to be saved); the loop stops after `generations` or once a fitness reaches
 * `stopAt`.
 */
import { NumpyRandom } from "../../models/rng/numpy-random";
import { SeedSequence } from "../../models/rng/seed-sequence";
import { SornInputError } from "../../models/params/error";
import { quartiles, type Quartiles } from "../sweep/summary";
import { FitnessCache } from "./fitness-cache";
import type { Genotype } from "./genes";
import { firstGeneration, nextGeneration, type Agent, type ScoredAgent } from "./population";
import type { CheckedEvolve } from "./spec";

export const CHECKPOINT_FORMAT = "sorn-lab-evolve-checkpoint";

/** Fitness of each genotype of a batch (null: failed), for generation `generation`. */
export type Evaluator = (genotypes: readonly Genotype[], generation: number) => Promise<(number | null)[]>;

/** One generation's summary. */
export interface GenerationSummary extends Quartiles {
  generation: number;
  /** Genotypes evaluated in it (not from the cache). */
  evaluated: number;
  best: { genes: Genotype; fitness: number | null };
  /** Every agent's fitness, in population order. */
  fitness: (number | null)[];
}

/** What is saved after each generation. */
export interface EvolveCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  hash: string;
  generation: number;
  population: ScoredAgent[];
  cache: [string, number | null][];
  history: GenerationSummary[];
  best: { genes: Genotype; fitness: number | null; generation: number } | null;
  /** Why it stopped ("stopAt", "generations"), or null while it goes on. */
  stopped: string | null;
}

/** The random generator of generation g. */
export function generationRng(seed: number, g: number): NumpyRandom {
  const s = new SeedSequence((BigInt(seed) << 64n) | (BigInt(g) << 32n) | 0x6761n).generateState32(1)[0];
  return new NumpyRandom(s);
}

/** Options of {@link evolve}. */
export interface EvolveOptions {
  /** Resume after this checkpoint (its hash must be the spec's). */
  resume?: EvolveCheckpoint;
  onGeneration?: (checkpoint: EvolveCheckpoint) => void | Promise<void>;
  /** Stop (between generations) when it returns true. */
  cancelled?: () => boolean;
}

/** Run (or resume) the search; resolves to the last checkpoint. */
export async function evolve(spec: CheckedEvolve, evaluate: Evaluator, options: EvolveOptions = {}): Promise<EvolveCheckpoint> {
  let cp = options.resume;
  if (cp && cp.hash !== spec.hash) throw new SornInputError("checkpoint", `is of another evolve spec (hash ${cp.hash}, this spec ${spec.hash})`);
  const cache = new FitnessCache(spec.storing, cp?.cache ?? []);
  while (!cp || cp.stopped === null) {
    if (options.cancelled?.()) break;
    const g = cp ? cp.generation + 1 : 0;
    const rng = generationRng(spec.seed, g);
    const agents: Agent[] = cp ? nextGeneration(spec.genes, cp.population, spec.population, spec.settings, rng) : firstGeneration(spec.genes, spec.population, rng);
    const fresh = new Map<string, Genotype>();
    for (const a of agents) if (!cache.has(a.genes) && !fresh.has(FitnessCache.key(a.genes))) fresh.set(FitnessCache.key(a.genes), a.genes);
    const batch = [...fresh.values()];
    const values = batch.length ? await evaluate(batch, g) : [];
    const known = new Map<string, number | null>();
    batch.forEach((genes, i) => {
      known.set(FitnessCache.key(genes), values[i]);
      cache.set(genes, values[i]);
    });
    const population: ScoredAgent[] = agents.map((a) => ({ ...a, fitness: known.get(FitnessCache.key(a.genes)) ?? cache.get(a.genes) ?? null }));
    let bestAgent = population[0];
    for (const a of population) if ((a.fitness ?? -Infinity) > (bestAgent.fitness ?? -Infinity)) bestAgent = a;
    const fitness = population.map((a) => a.fitness);
    const summary: GenerationSummary = { generation: g, ...quartiles(fitness), evaluated: batch.length, best: { genes: bestAgent.genes, fitness: bestAgent.fitness }, fitness };
    const prevBest = cp?.best ?? null;
    const best = prevBest && (prevBest.fitness ?? -Infinity) >= (bestAgent.fitness ?? -Infinity) ? prevBest : { genes: bestAgent.genes, fitness: bestAgent.fitness, generation: g };
    const reached = spec.stopAt !== null && fitness.some((f) => f !== null && f >= spec.stopAt!);
    const stopped = reached ? "stopAt" : g + 1 >= spec.generations ? "generations" : null;
    cp = { format: CHECKPOINT_FORMAT, hash: spec.hash, generation: g, population, cache: cache.entries(), history: [...(cp?.history ?? []), summary], best, stopped };
    await options.onGeneration?.(cp);
  }
  return cp!;
}
