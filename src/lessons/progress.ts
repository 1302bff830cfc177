/**
 * A student's progress through the lessons, as the page keeps it between visits: for each lesson
 * id, the step reached and whether it was finished. Read back defensively: anything that does not
 * look like progress reads as none.
 */

/** Progress in one lesson. */
export interface LessonProgress {
  /** Index of the step reached (0-based). */
  step: number;
  /** Whether the last step's Next (Finish) was pressed. */
  done: boolean;
}

/** Where progress is kept (localStorage in the page, a map in tests). */
export interface ProgressStorage {
  read(): string | null;
  write(text: string): void;
}

/** All progress by lesson id, from its stored text (malformed entries are dropped). */
export function readProgress(text: string | null): Record<string, LessonProgress> {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Record<string, LessonProgress> = {};
  for (const [id, p] of Object.entries(value as Record<string, unknown>)) {
    const v = p as Partial<LessonProgress> | null;
    if (v && Number.isInteger(v.step) && (v.step as number) >= 0 && typeof v.done === "boolean") out[id] = { step: v.step as number, done: v.done };
  }
  return out;
}

/** Keep lesson `id`'s progress (other lessons' stays). */
export function saveProgress(storage: ProgressStorage, id: string, p: LessonProgress): void {
  const all = readProgress(storage.read());
  all[id] = p;
  storage.write(JSON.stringify(all));
}
