/**
 * The lab's lessons, in index order, and their listing (`sorn lessons --json`). Each lesson is
 * checked by `parseLesson` in the tests, so the built-in ones obey the documented schema too.
 */
import { COUNTING_LESSON, ORDER_CHAOS_LESSON } from "./catalog/dynamics";
import { IP_LESSON, NORMALISATION_LESSON, STDP_LESSON } from "./catalog/plasticity";
import { RATES_TO_SPIKES_LESSON, REWARD_STDP_LESSON } from "./catalog/spiking";
import { LOGNORMAL_LESSON, STRUCTURAL_LESSON } from "./catalog/structure";
import type { Lesson } from "./types";

/** Every built-in lesson, in the index's order. */
export const LESSONS: readonly Lesson[] = [STDP_LESSON, IP_LESSON, NORMALISATION_LESSON, LOGNORMAL_LESSON, STRUCTURAL_LESSON, ORDER_CHAOS_LESSON, COUNTING_LESSON, REWARD_STDP_LESSON, RATES_TO_SPIKES_LESSON];

/** The built-in lesson `id`, or undefined. */
export function lessonById(id: string, extra: readonly Lesson[] = []): Lesson | undefined {
  return LESSONS.find((l) => l.id === id) ?? extra.find((l) => l.id === id);
}

/** One line of the listing. */
export interface LessonListing {
  id: string;
  title: string;
  level: string;
  steps: number;
}

/** The listing of `sorn lessons --json`: {id, title, level, steps} per lesson. */
export function lessonListing(lessons: readonly Lesson[] = LESSONS): LessonListing[] {
  return lessons.map((l) => ({ id: l.id, title: l.title, level: l.level, steps: l.steps.length }));
}
