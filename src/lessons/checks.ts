/**
 * Evaluating a step's check against the lab's state. A condition reads one quantity (`quantities.ts`)
 * — with `overSteps` N the mean (1/N) Σ v(t) over the latest N steps the step has seen — and
 * compares it: v = equals; atLeast ≤ v ≤ atMost; |v − near| ≤ tol. Nothing here reads a clock: a
 * check is met by what the run did, at any speed.
 */
import { quantityNamed, type LessonContext } from "./quantities";
import type { LessonCheck, QuantityCheck, QuantityValue } from "./types";

/** One condition's outcome, as the guide lists it. */
export interface ConditionResult {
  /** The condition in words, e.g. "rate.E (mean of 2,000 steps) within 0.01 of 0.1". */
  label: string;
  /** The value read (null: nothing to read yet). */
  value: QuantityValue | null;
  met: boolean;
  /** Why it cannot be judged yet ("needs 2,000 steps, seen 500"), or null. */
  waiting: string | null;
}

/** A whole check's outcome. */
export interface CheckResult {
  met: boolean;
  conditions: ConditionResult[];
}

const fmt = (v: QuantityValue): string => (typeof v === "number" ? (Number.isInteger(v) ? v.toLocaleString("en-US") : String(Number(v.toPrecision(4)))) : String(v));

/** The conditions of a check, flattened (an `all` lists its members). */
export function conditionsOf(check: LessonCheck): QuantityCheck[] {
  return "all" in check ? check.all.flatMap(conditionsOf) : [check];
}

/** The condition in words. */
export function describeCondition(q: QuantityCheck, target?: number | null, bounds: { atLeast?: number | null; atMost?: number | null } = {}): string {
  const b = (v: number | string, now: number | null | undefined) => (typeof v === "string" ? `${v}${typeof now === "number" ? ` (${fmt(now)})` : ""}` : fmt(v));
  const what = q.overSteps ? `${q.quantity} (mean of ${q.overSteps.toLocaleString("en-US")} steps)` : q.quantity;
  if (q.equals !== undefined) return `${what} = ${fmt(q.equals)}`;
  if (q.near !== undefined) {
    const of = typeof q.near === "string" ? `${q.near}${target !== undefined && target !== null ? ` (${fmt(target)})` : ""}` : fmt(q.near);
    return `${what} within ${fmt(q.tol ?? 0)} of ${of}`;
  }
  const lo = q.atLeast !== undefined ? b(q.atLeast, bounds.atLeast) : null;
  const hi = q.atMost !== undefined ? b(q.atMost, bounds.atMost) : null;
  if (lo !== null && hi !== null) return `${lo} ≤ ${what} ≤ ${hi}`;
  if (lo !== null) return `${what} ≥ ${lo}`;
  return `${what} ≤ ${hi}`;
}

function read(name: string, c: LessonContext): QuantityValue | null {
  const def = quantityNamed(name);
  if (!def) throw new Error(`unknown quantity '${name}'`);
  return def.read(c);
}

/** One condition against the context (the quantity must exist: the lesson was validated). */
export function evaluateCondition(q: QuantityCheck, c: LessonContext): ConditionResult {
  const numeric = (v: number | string | undefined): number | null | undefined => {
    if (typeof v !== "string") return v;
    const r = read(v, c);
    return typeof r === "number" ? r : null;
  };
  const target = numeric(q.near) ?? null;
  const atLeast = numeric(q.atLeast);
  const atMost = numeric(q.atMost);
  const label = describeCondition(q, target, { atLeast, atMost });
  let value: QuantityValue | null;
  let waiting: string | null = null;
  if (q.overSteps) {
    const s = c.probe.series(q.quantity as Parameters<typeof c.probe.series>[0]);
    if (s.length < q.overSteps) {
      value = null;
      waiting = `needs ${q.overSteps.toLocaleString("en-US")} steps, seen ${s.length.toLocaleString("en-US")}`;
    } else {
      let sum = 0;
      for (let k = s.length - q.overSteps; k < s.length; k++) sum += s[k];
      value = sum / q.overSteps;
    }
  } else value = read(q.quantity, c);
  if (value === null) return { label, value, met: false, waiting: waiting ?? "nothing to read yet" };
  let met: boolean;
  if (q.equals !== undefined) met = value === q.equals;
  else if (typeof value !== "number") met = false;
  else if (q.near !== undefined) met = typeof target === "number" && Math.abs(value - target) <= (q.tol ?? 0);
  else if (atLeast === null || atMost === null) met = false;
  else met = (atLeast === undefined || value >= atLeast) && (atMost === undefined || value <= atMost);
  return { label, value, met, waiting: null };
}

/** The check against the context: met when every condition is. */
export function evaluateCheck(check: LessonCheck, c: LessonContext): CheckResult {
  const conditions = conditionsOf(check).map((q) => evaluateCondition(q, c));
  return { met: conditions.every((r) => r.met), conditions };
}

/** Whether a check needs weight snapshots or job results fetched. */
export function checkNeeds(check: LessonCheck | undefined): { weights: boolean; jobs: boolean } {
  const qs = check ? conditionsOf(check) : [];
  const needs = qs.flatMap((q) => [q.quantity, ...[q.near, q.atLeast, q.atMost].filter((v): v is string => typeof v === "string")]).map((n) => quantityNamed(n)?.needs);
  return { weights: needs.includes("weights"), jobs: needs.includes("job") };
}
