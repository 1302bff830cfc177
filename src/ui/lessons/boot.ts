/**
 * `?lesson=ID` at page load, before the lab starts: the lesson (built-in or loaded from a file)
 * is looked up, and when the address carries no configuration yet its starting configuration is
 * written into the fragment, so the lab builds it exactly as it builds a teacher's shared link
 * (a reload keeps the fragment, and with it the run). An unknown id is remembered as an error for
 * the guide to show; the lab starts as usual.
 */
import { LESSONS, lessonById } from "../../lessons";
import { lessonFragment } from "../../lessons/start";
import type { Lesson } from "../../lessons/types";
import type { AppShell } from "../../state/shell";
import { loadedLessons } from "./storage";

/** What the page found in its address. */
export interface LessonBoot {
  /** The `lesson` parameter, or null. */
  id: string | null;
  lesson: Lesson | null;
  /** Why the lesson could not open, or null. */
  error: string | null;
  /** Whether the address carried a configuration (a fragment) before the lesson's. */
  hadConfig: boolean;
  /** Whether `?welcome=1` asks for the welcome dialog (tests; it is skipped under automation). */
  welcome: boolean;
}

/** What the current page found (set by {@link prepareLesson}). */
export let lessonBoot: LessonBoot = { id: null, lesson: null, error: null, hadConfig: false, welcome: false };

/** Read the address; put the lesson's starting configuration in an empty fragment. */
export function prepareLesson(shell: AppShell): LessonBoot {
  const url = new URL(shell.href());
  const id = url.searchParams.get("lesson");
  const hadConfig = url.hash.replace(/^#/, "").length > 0;
  const welcome = url.searchParams.get("welcome") === "1";
  let lesson: Lesson | null = null;
  let error: string | null = null;
  if (id !== null) {
    const extra = loadedLessons();
    lesson = lessonById(id, extra) ?? null;
    if (!lesson) error = `No lesson '${id}' (lessons: ${[...LESSONS, ...extra].map((l) => l.id).join(", ")}). The lab works as usual.`;
    else if (!hadConfig) {
      try {
        shell.replaceHash(lessonFragment(lesson.start));
        // A fresh start: this tab's kept run must not be restored in its place.
        shell.tabRun.clear();
      } catch (e) {
        error = `Lesson '${id}' cannot start: ${(e as Error).message}`;
        lesson = null;
      }
    }
  }
  lessonBoot = { id, lesson, error, hadConfig, welcome };
  return lessonBoot;
}

/** The address that opens lesson `id` afresh (no fragment: its own starting configuration). */
export function lessonAddress(href: string, id: string | null): string {
  const u = new URL(href);
  u.hash = "";
  if (id === null) u.searchParams.delete("lesson");
  else u.searchParams.set("lesson", id);
  u.searchParams.delete("welcome");
  return u.toString();
}
