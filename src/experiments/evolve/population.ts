/**
 * Spikey's Population update (spec spikey.md §2.2, `meta/population.py`), one generation:
 *   prev = the last generation sorted by fitness, ascending (stable), agents with age ≥ max_age
 *          dropped;
 *   new  = int(n·random) random immigrants (age 0)
 *        + the best int(n·survivor) of prev, age + 1 (elitist survivors)
 *        + int(n·mutation) mutants: parents drawn uniformly from the best ⌊eligible·|prev|⌋ of
 *          prev (all of prev when that is 0, as Python's `prev[-0:]`), one uniformly chosen gene
 *          re-sampled from its constraint, age 0
 *        + int(n·perturb) perturbed children (this lab's addition, rate 0 by default): parents
 *          as for mutants, one numeric gene moved by a Gaussian step (`./genes.ts`), age 0
 *        + ⌊int(n·crossover) / 2⌋ pairs of children: parents drawn uniformly from all of prev;
 *          a switch key drawn uniformly, the keys shuffled, and walking them child 1 takes
 *          parent 2's genes until the switch key and parent 1's from it on (child 2 the
 *          reverse): one-point crossover over a shuffled key order; age 0
 *        + mutants of parents drawn from all of prev, until n agents (top-up).
 * The rates are normalised to sum to 1. With prev empty (every agent too old) the generation is
 * all immigrants. Fitness null (a failed evaluation) sorts below every number.
 */
import type { NumpyRandom } from "../../models/rng/numpy-random";
import { isNumeric, perturbGene, randomGenotype, sampleGene, shuffle, type Gene, type Genotype } from "./genes";

/** An agent: its genotype and age (generations survived). */
export interface Agent {
  readonly genes: Genotype;
  readonly age: number;
}

/** An agent with its fitness. */
export interface ScoredAgent extends Agent {
  readonly fitness: number | null;
}

/** Operator rates (normalised by {@link normalRates}) and the other settings of an update. */
export interface PopulationSettings {
  readonly random: number;
  readonly survivor: number;
  readonly mutation: number;
  readonly crossover: number;
  readonly perturb: number;
  /** Agents of this age or older are dropped (Spikey's max_age). */
  readonly maxAge: number;
  /** Fraction of prev (the best) that mutants are drawn from (Spikey's mutate_eligable_pct), in (0, 1]. */
  readonly eligible: number;
  /** σ of the Gaussian perturbation, as a fraction of a gene's span. */
  readonly sigma: number;
}

/** The rates divided by their sum (Spikey's `_normalize_rates`). */
export function normalRates(s: PopulationSettings): PopulationSettings {
  const total = s.random + s.survivor + s.mutation + s.crossover + s.perturb;
  return { ...s, random: s.random / total, survivor: s.survivor / total, mutation: s.mutation / total, crossover: s.crossover / total, perturb: s.perturb / total };
}

const score = (a: ScoredAgent) => (a.fitness === null ? -Infinity : a.fitness);
const pick = <T>(list: readonly T[], rng: NumpyRandom): T => list[rng.randint(list.length)];

function mutant(genes: readonly Gene[], parent: Agent, rng: NumpyRandom): Agent {
  const gene = pick(genes, rng);
  return { genes: { ...parent.genes, [gene.key]: sampleGene(gene, rng) }, age: 0 };
}

function perturbed(genes: readonly Gene[], parent: Agent, sigma: number, rng: NumpyRandom): Agent {
  const numeric = genes.filter(isNumeric);
  if (!numeric.length) return mutant(genes, parent, rng);
  const gene = pick(numeric, rng);
  return { genes: { ...parent.genes, [gene.key]: perturbGene(gene, parent.genes[gene.key], sigma, rng) }, age: 0 };
}

function crossover(genes: readonly Gene[], p1: Agent, p2: Agent, rng: NumpyRandom): [Agent, Agent] {
  const switchKey = pick(genes, rng).key;
  const keys = shuffle(genes.map((g) => g.key), rng);
  const c1: Genotype = {}, c2: Genotype = {};
  let switched = false;
  for (const k of keys) {
    if (k === switchKey) switched = true;
    c1[k] = switched ? p1.genes[k] : p2.genes[k];
    c2[k] = switched ? p2.genes[k] : p1.genes[k];
  }
  return [{ genes: c1, age: 0 }, { genes: c2, age: 0 }];
}

/** The first generation: n random agents. */
export function firstGeneration(genes: readonly Gene[], n: number, rng: NumpyRandom): Agent[] {
  return Array.from({ length: n }, () => ({ genes: randomGenotype(genes, rng), age: 0 }));
}

/** The next generation of n agents after `last` (see the module comment); `settings` normalised. */
export function nextGeneration(genes: readonly Gene[], last: readonly ScoredAgent[], n: number, settings: PopulationSettings, rng: NumpyRandom): Agent[] {
  const s = normalRates(settings);
  const prev = last
    .map((a, i) => ({ a, i }))
    .sort((x, y) => score(x.a) - score(y.a) || x.i - y.i)
    .map((x) => x.a)
    .filter((a) => a.age < s.maxAge);
  const out: Agent[] = [];
  const count = (rate: number) => Math.floor(n * rate); // Python int(n · rate)
  for (let k = 0; k < count(s.random); k++) out.push({ genes: randomGenotype(genes, rng), age: 0 });
  if (!prev.length) {
    while (out.length < n) out.push({ genes: randomGenotype(genes, rng), age: 0 });
    return out;
  }
  const survivors = count(s.survivor);
  if (survivors) for (const a of prev.slice(-survivors)) out.push({ genes: { ...a.genes }, age: a.age + 1 });
  const eligibleN = Math.floor(s.eligible * prev.length);
  const eligible = eligibleN ? prev.slice(-eligibleN) : prev;
  for (let k = 0; k < count(s.mutation); k++) out.push(mutant(genes, pick(eligible, rng), rng));
  for (let k = 0; k < count(s.perturb); k++) out.push(perturbed(genes, pick(eligible, rng), s.sigma, rng));
  for (let k = 0; k < Math.floor(count(s.crossover) / 2); k++) {
    const p1 = pick(prev, rng), p2 = pick(prev, rng);
    out.push(...crossover(genes, p1, p2, rng));
  }
  while (out.length < n) out.push(mutant(genes, pick(prev, rng), rng));
  return out.slice(0, n);
}
