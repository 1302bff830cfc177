/**
 * A guided lesson as plain data (what a teacher writes in a JSON file, see docs/lessons.md): an id,
 * a title, a level, the lab configuration it starts from (a preset, parameters, rules, hide flags)
 * and its steps. A step says what to do and what to look for, optionally highlights one control,
 * and unlocks Next with a check on the lab's state (named quantities, `quantities.ts`) or a
 * question with choices.
 */

/** How far in a student should be. */
export const LEVELS = ["intro", "intermediate", "advanced"] as const;
export type LessonLevel = (typeof LEVELS)[number];

/** A scalar a quantity reads: a number, a switch, or a word (the phase). */
export type QuantityValue = number | boolean | string;

/**
 * The configuration a lesson opens with. Every field goes through the lab's URL codec, so a
 * value the lab refuses is a validation error naming it.
 */
export interface LessonStart {
  /** A preset of `src/models/sorn/presets.ts` ("defaults", "lazar2009", "zheng2013"), applied first. */
  preset?: string;
  /** The run's seed, an integer in [0, 2^32) (default 42). */
  seed?: number;
  /** Parameters by the package's names (`ne`, `h_ip`, `eta_stdp`, …), on top of the preset. */
  params?: Record<string, number | null>;
  /** Rules switched off (on top of the preset's). */
  off?: string[];
  noise?: boolean;
  phase?: "plasticity" | "training";
  /** The input: none, the default uniform random input, or a repeating sequence of letters. */
  input?: "none" | "uniform" | { sequence: string; amplitude?: number };
  /** Panels shown (all when absent). */
  panels?: string[];
  /** Controls hidden, as the teacher's link's `hide=` (groups of `HIDEABLE` or parameter names). */
  hide?: string[];
}

/**
 * A condition on one quantity. Exactly one comparison: `equals`; `atLeast` and/or `atMost`; or
 * `near` with `tol` (bounds and `near` take a number or another quantity's name). With `overSteps` N, a per-step quantity
 * is averaged over the latest N steps seen since the step began (not met before N steps were seen).
 */
export interface QuantityCheck {
  quantity: string;
  equals?: QuantityValue;
  /** A number, or another quantity's name (its value now). */
  atLeast?: number | string;
  atMost?: number | string;
  near?: number | string;
  tol?: number;
  overSteps?: number;
}

/** A check: one condition, or all of several. */
export type LessonCheck = QuantityCheck | { all: LessonCheck[] };

/** A multiple-choice question: Next unlocks when the right choice is picked. */
export interface LessonQuestion {
  prompt: string;
  choices: string[];
  /** Index of the right choice in `choices`. */
  answer: number;
  /** Shown once answered. */
  explain: string;
}

/** A pool job a step can run at full speed with progress (quantities `job.<index>.<path>` read its result). */
export interface LessonJob {
  /** Button text, e.g. "Run the static network". */
  label: string;
  /** A pool kind of `LESSON_JOB_KINDS`. */
  kind: string;
  spec: Record<string, unknown>;
}

/** One step of a lesson. */
export interface LessonStep {
  /** What to do and what to look for. */
  text: string;
  /** The maths in one line, where it helps. */
  maths?: string;
  /** The accessible name of the control or panel the step is about (outlined in the page). */
  highlight?: string;
  /** Offer "Run N steps" (the lab's Step N: full speed, with progress). */
  run?: number;
  /** Jobs the step runs on the page's worker pool (in order). */
  jobs?: LessonJob[];
  /** What unlocks Next (with `question`, both must be met). */
  check?: LessonCheck;
  question?: LessonQuestion;
}

/** A whole lesson. */
export interface Lesson {
  id: string;
  title: string;
  level: LessonLevel;
  /** One or two sentences for the index. */
  summary: string;
  start: LessonStart;
  steps: LessonStep[];
}
