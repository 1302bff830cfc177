/**
 * Reading a lesson file (JSON, already parsed) into a {@link Lesson}, with an error naming the
 * first bad field by its path ("steps[2].check.quantity: unknown quantity 'rate.X' …"): unknown or
 * missing fields, a malformed step, an unknown quantity, level, preset, parameter or job kind, a
 * comparison that cannot apply to its quantity. The starting configuration goes through the lab's
 * URL codec (`start.ts`).
 */
import { SornInputError } from "../models/params/error";
import { QUANTITIES, quantityNamed } from "./quantities";
import { lessonConfig } from "./start";
import { LEVELS, type Lesson, type LessonCheck, type LessonJob, type LessonQuestion, type LessonStep, type QuantityCheck } from "./types";

/** Pool kinds a lesson step may run. */
export const LESSON_JOB_KINDS = ["perturbation.run", "counting.run", "lognormal.run", "rnn.lesson"] as const;

/** Most steps a "Run N steps" may ask (the lab's Step N takes up to 1,000,000). */
export const MAX_RUN_STEPS = 1_000_000;

const ID = /^[a-z0-9][a-z0-9-]{0,47}$/;
type Obj = Record<string, unknown>;

const fail = (path: string, why: string): never => {
  throw new SornInputError(path, why);
};
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

function object(v: unknown, path: string, allowed: readonly string[]): Obj {
  if (!isObj(v)) fail(path, `must be an object, got ${JSON.stringify(v)}`);
  const extra = Object.keys(v as Obj).find((k) => !allowed.includes(k));
  if (extra) fail(`${path}.${extra}`, `not a field here (fields: ${allowed.join(", ")})`);
  return v as Obj;
}
function text(v: unknown, path: string): string {
  if (typeof v !== "string" || v.trim() === "") fail(path, `must be a non-empty string, got ${JSON.stringify(v)}`);
  return v as string;
}
function num(v: unknown, path: string, min = -Infinity): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min) fail(path, `must be a finite number${min > -Infinity ? ` ≥ ${min}` : ""}, got ${JSON.stringify(v)}`);
  return v as number;
}
function int(v: unknown, path: string, min: number, max: number): number {
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) fail(path, `must be a whole number from ${min} to ${max.toLocaleString("en-US")}, got ${JSON.stringify(v)}`);
  return v as number;
}
function list(v: unknown, path: string, min = 0): unknown[] {
  if (!Array.isArray(v)) fail(path, `must be a list, got ${JSON.stringify(v)}`);
  if ((v as unknown[]).length < min) fail(path, `needs at least ${min} entr${min === 1 ? "y" : "ies"}`);
  return v as unknown[];
}

function quantity(name: unknown, path: string) {
  const q = quantityNamed(text(name, path));
  if (!q) fail(path, `unknown quantity '${name}' (quantities: ${[...QUANTITIES.keys()].join(", ")}, or job.<index>.<field>)`);
  return q!;
}

/** A quantity used as a bound: it must be a number (a job one must read a job run so far). */
function numberQuantity(name: string, path: string, jobs: number): string {
  const q = quantity(name, path);
  if (q.kind !== "number") fail(path, `'${q.name}' is a ${q.kind}, not a number`);
  jobBound(q.name, path, jobs);
  return q.name;
}

function jobBound(name: string, path: string, jobs: number): void {
  const job = /^job\.(\d+)\./.exec(name);
  if (job && Number(job[1]) >= jobs) fail(path, `'${name}' reads job ${job[1]}, but this step and the ones before it run ${jobs} job(s)`);
}

function condition(v: unknown, path: string, jobs: number): QuantityCheck {
  const o = object(v, path, ["quantity", "equals", "atLeast", "atMost", "near", "tol", "overSteps"]);
  const q = quantity(o.quantity, `${path}.quantity`);
  const out: QuantityCheck = { quantity: q.name };
  jobBound(q.name, `${path}.quantity`, jobs);
  const ways = [o.equals !== undefined, o.atLeast !== undefined || o.atMost !== undefined, o.near !== undefined].filter(Boolean).length;
  if (ways !== 1) fail(path, "needs exactly one comparison: equals, atLeast/atMost, or near with tol");
  if (o.equals !== undefined) {
    // A job field may be a number or a switch (its kind is known only once the job ran).
    if (typeof o.equals !== q.kind && !(q.needs === "job" && typeof o.equals === "boolean")) fail(`${path}.equals`, `'${q.name}' is a ${q.kind}, got ${JSON.stringify(o.equals)}`);
    out.equals = o.equals as QuantityCheck["equals"];
  } else if (q.kind !== "number") fail(path, `'${q.name}' is a ${q.kind}: compare it with equals`);
  const bound = (v: unknown, at: string) => (typeof v === "string" ? numberQuantity(v, at, jobs) : num(v, at));
  if (o.atLeast !== undefined) out.atLeast = bound(o.atLeast, `${path}.atLeast`);
  if (o.atMost !== undefined) out.atMost = bound(o.atMost, `${path}.atMost`);
  if (typeof out.atLeast === "number" && typeof out.atMost === "number" && out.atLeast > out.atMost) fail(path, `atLeast ${out.atLeast} is above atMost ${out.atMost}`);
  if (o.near !== undefined) {
    out.near = bound(o.near, `${path}.near`);
    out.tol = num(o.tol, `${path}.tol`, 0);
  } else if (o.tol !== undefined) fail(`${path}.tol`, "only goes with near");
  if (o.overSteps !== undefined) {
    if (!q.perStep) fail(`${path}.overSteps`, `'${q.name}' is not a per-step quantity (per-step: ${[...QUANTITIES.values()].filter((x) => x.perStep).map((x) => x.name).join(", ")})`);
    out.overSteps = int(o.overSteps, `${path}.overSteps`, 1, 100_000);
  }
  return out;
}

function check(v: unknown, path: string, jobs: number): LessonCheck {
  if (isObj(v) && "all" in v) {
    const o = object(v, path, ["all"]);
    return { all: list(o.all, `${path}.all`, 1).map((c, i) => check(c, `${path}.all[${i}]`, jobs)) };
  }
  return condition(v, path, jobs);
}

function question(v: unknown, path: string): LessonQuestion {
  const o = object(v, path, ["prompt", "choices", "answer", "explain"]);
  const choices = list(o.choices, `${path}.choices`, 2).map((c, i) => text(c, `${path}.choices[${i}]`));
  return { prompt: text(o.prompt, `${path}.prompt`), choices, answer: int(o.answer, `${path}.answer`, 0, choices.length - 1), explain: text(o.explain, `${path}.explain`) };
}

function job(v: unknown, path: string): LessonJob {
  const o = object(v, path, ["label", "kind", "spec"]);
  const kind = text(o.kind, `${path}.kind`);
  if (!(LESSON_JOB_KINDS as readonly string[]).includes(kind)) fail(`${path}.kind`, `unknown job kind '${kind}' (kinds: ${LESSON_JOB_KINDS.join(", ")})`);
  if (!isObj(o.spec)) fail(`${path}.spec`, "must be an object (the job's JSON spec)");
  return { label: text(o.label, `${path}.label`), kind, spec: o.spec as Obj };
}

function step(v: unknown, path: string, jobsBefore: number): LessonStep {
  const o = object(v, path, ["text", "maths", "highlight", "run", "jobs", "check", "question"]);
  const out: LessonStep = { text: text(o.text, `${path}.text`) };
  if (o.maths !== undefined) out.maths = text(o.maths, `${path}.maths`);
  if (o.highlight !== undefined) out.highlight = text(o.highlight, `${path}.highlight`);
  if (o.run !== undefined) out.run = int(o.run, `${path}.run`, 1, MAX_RUN_STEPS);
  if (o.jobs !== undefined) out.jobs = list(o.jobs, `${path}.jobs`, 1).map((j, i) => job(j, `${path}.jobs[${i}]`));
  if (o.check !== undefined) out.check = check(o.check, `${path}.check`, Math.max(jobsBefore, out.jobs?.length ?? 0));
  if (o.question !== undefined) out.question = question(o.question, `${path}.question`);
  return out;
}

/** A lesson from parsed JSON; throws a SornInputError naming the first bad field (prefixed by `where`). */
export function parseLesson(value: unknown, where = "lesson"): Lesson {
  const o = object(value, where, ["id", "title", "level", "summary", "start", "steps"]);
  const id = text(o.id, `${where}.id`);
  if (!ID.test(id)) fail(`${where}.id`, `'${id}' must be 1–48 lower-case letters, digits or '-', starting with a letter or digit`);
  const level = text(o.level, `${where}.level`);
  if (!(LEVELS as readonly string[]).includes(level)) fail(`${where}.level`, `unknown level '${level}' (levels: ${LEVELS.join(", ")})`);
  const start = object(o.start ?? {}, `${where}.start`, ["preset", "seed", "params", "off", "noise", "phase", "input", "panels", "hide"]) as Lesson["start"];
  lessonConfig(start, `${where}.start`);
  // Job results stay readable in later steps, until a step runs jobs of its own.
  let jobs = 0;
  const steps = list(o.steps, `${where}.steps`, 1).map((s, i) => {
    const out = step(s, `${where}.steps[${i}]`, jobs);
    jobs = Math.max(jobs, out.jobs?.length ?? 0);
    return out;
  });
  return { id, title: text(o.title, `${where}.title`), level: level as Lesson["level"], summary: text(o.summary, `${where}.summary`), start, steps };
}

/** A lesson file's text: JSON with one lesson (an object) or several (a list). */
export function parseLessonFile(source: string, name = "lesson file"): Lesson[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    throw new SornInputError(name, `is not JSON (${(e as Error).message})`);
  }
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) throw new SornInputError(name, "holds no lesson");
  const lessons = items.map((l, i) => parseLesson(l, Array.isArray(value) ? `${name}[${i}]` : name));
  const seen = new Set<string>();
  for (const l of lessons) {
    if (seen.has(l.id)) throw new SornInputError(name, `two lessons have the id '${l.id}'`);
    seen.add(l.id);
  }
  return lessons;
}
