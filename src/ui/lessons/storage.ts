/**
 * The page's keeping of lessons in localStorage: the student's progress (`sorn-lab/lessons`), the
 * lessons loaded from files (`sorn-lab/lesson-files`, re-validated on every read), and whether the
 * welcome dialog was dismissed. Blocked storage reads as empty and forgets.
 */
import type { Lesson } from "../../lessons/types";
import type { ProgressStorage } from "../../lessons/progress";
import { parseLessonFile } from "../../lessons/validate";

const PROGRESS_KEY = "sorn-lab/lessons";
const FILES_KEY = "sorn-lab/lesson-files";
const WELCOME_KEY = "sorn-lab/welcome-seen";

function attempt<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** Progress in localStorage. */
export const progressStorage: ProgressStorage = {
  read: () => attempt(() => localStorage.getItem(PROGRESS_KEY), null),
  write: (text) => attempt(() => localStorage.setItem(PROGRESS_KEY, text), undefined),
};

/** The lessons loaded from files (ones that no longer validate are dropped). */
export function loadedLessons(): Lesson[] {
  const text = attempt(() => localStorage.getItem(FILES_KEY), null);
  if (!text) return [];
  return attempt(() => parseLessonFile(text, "kept lessons"), []);
}

/** Keep `lessons` (replacing kept ones of the same id). */
export function keepLessons(lessons: readonly Lesson[]): void {
  const ids = new Set(lessons.map((l) => l.id));
  const all = [...loadedLessons().filter((l) => !ids.has(l.id)), ...lessons];
  attempt(() => localStorage.setItem(FILES_KEY, JSON.stringify(all)), undefined);
}

/** Whether the welcome dialog was dismissed before. */
export const welcomeSeen = (): boolean => attempt(() => localStorage.getItem(WELCOME_KEY) === "1", true);
export const markWelcomeSeen = (): void => attempt(() => localStorage.setItem(WELCOME_KEY, "1"), undefined);
