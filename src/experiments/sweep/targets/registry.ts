/**
 * What a sweep or a genetic search can run: targets by id. A target takes a point's parameters
 * (plain JSON, by name) and a seed and returns the asked metrics as numbers (null where a metric
 * has no value at that point, e.g. trials-to-success of a training that did not succeed). A
 * target is a pure function of (params, seed), so a point is reproducible anywhere.
 *
 * A target registers from its own module with {@link defineTarget}; `./all.ts` lists them (to add
 * one, e.g. a Spikey preset's margin: a module here and one import line there).
 */
import type { Json, JobContext } from "../../../pool/registry";

/** A point's metrics by name. */
export type MetricValues = Record<string, number | null>;

/** One target. */
export interface SweepTarget {
  readonly id: string;
  /** One line for help texts. */
  readonly description: string;
  /** The parameters a point may set, by name (anything else is an unknown parameter). */
  readonly params: readonly string[];
  /** Parameters outside `params` that are accepted too (e.g. Spikey's "set.<key>"), when given. */
  acceptsParam?(name: string): boolean;
  /** Example metric names for help and error messages. */
  readonly metricExamples: readonly string[];
  /** Why `metric` is not one of this target's metrics, or null when it is. */
  checkMetric(metric: string): string | null;
  /** Run one point: `params` are the base and axis values merged (names from `params`). */
  evaluate(params: Readonly<Record<string, Json>>, seed: number, metrics: readonly string[], ctx: JobContext): MetricValues | Promise<MetricValues>;
}

const TARGETS = new Map<string, SweepTarget>();

/** Register `target` (once per id). */
export function defineTarget(target: SweepTarget): SweepTarget {
  const known = TARGETS.get(target.id);
  if (known && known !== target) throw new Error(`sweep target '${target.id}': registered twice`);
  TARGETS.set(target.id, target);
  return target;
}

/** The target `id`, or undefined. */
export function findTarget(id: string): SweepTarget | undefined {
  return TARGETS.get(id);
}

/** The registered target ids, sorted. */
export function targetIds(): string[] {
  return [...TARGETS.keys()].sort();
}

/** Whether `target` takes parameter `name`. */
export function takesParam(target: SweepTarget, name: string): boolean {
  return target.params.includes(name) || target.acceptsParam?.(name) === true;
}

/** A checker for metrics from a fixed list. */
export function metricFromList(list: readonly string[]): (metric: string) => string | null {
  return (m) => (list.includes(m) ? null : `unknown metric '${m}' (metrics: ${list.join(", ")})`);
}
