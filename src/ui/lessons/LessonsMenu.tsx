/**
 * The "Lessons" menu: every lesson (built in, or loaded from a file) with its level, its steps and
 * where the student left it; and "Load lesson file…", validated before anything changes (a bad
 * file becomes an error notice naming the field, and the lab stays as it is).
 */
import { useRef, useState } from "react";
import { LESSONS } from "../../lessons";
import { readProgress } from "../../lessons/progress";
import type { Lesson } from "../../lessons/types";
import { parseLessonFile } from "../../lessons/validate";
import { addNotice } from "../../state/store";
import { useLabApi } from "../context";
import { Menu } from "../Menu";
import { goToLesson } from "./open-lesson";
import { keepLessons, loadedLessons, progressStorage } from "./storage";

/** A lesson's line: where the student stands in it. */
export function lessonStatus(l: Lesson): string {
  const p = readProgress(progressStorage.read())[l.id];
  const where = !p ? "" : p.done ? " · finished" : ` · resume at step ${p.step + 1}`;
  return `${l.level} · ${l.steps.length} steps${where}`;
}

/** The menu. */
export function LessonsMenu() {
  const { lab, store } = useLabApi();
  const [, refresh] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const all = [...LESSONS, ...loadedLessons()];
  const load = async (file: File | undefined) => {
    if (!file) return;
    try {
      const lessons = parseLessonFile(await file.text(), file.name);
      keepLessons(lessons);
      goToLesson(lab.shell, lessons[0].id);
    } catch (e) {
      addNotice(store, "error", `Lesson file not loaded: ${(e as Error).message}`);
      refresh((n) => n + 1);
    }
  };
  return (
    <Menu label="Lessons">
      {all.map((l) => (
        <button key={l.id} type="button" className="lesson-item" onClick={() => goToLesson(lab.shell, l.id)}>
          {l.title} <span className="desc">{lessonStatus(l)}</span>
        </button>
      ))}
      <button type="button" onClick={() => fileInput.current?.click()} title="A lesson written as JSON (see docs/lessons.md)">
        Load lesson file…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label="Lesson file to load"
        hidden
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          void load(f);
        }}
      />
    </Menu>
  );
}
