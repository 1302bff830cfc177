/**
 * The start page for a first-time visitor: what the lab is and the lessons to begin with, or
 * "Explore on my own". Shown once (dismissing is remembered), never when the address carries a
 * configuration or a lesson, and not under automation (`navigator.webdriver`, so the lab's
 * browser tests see the lab) unless the address asks with `?welcome=1`.
 */
import { useState } from "react";
import { LESSONS } from "../../lessons";
import { useLabApi } from "../context";
import { useModal } from "../useModal";
import { lessonBoot } from "./boot";
import { lessonStatus } from "./LessonsMenu";
import { goToLesson } from "./open-lesson";
import { markWelcomeSeen, welcomeSeen } from "./storage";

/** Whether this page load shows the welcome dialog. */
export function showsWelcome(): boolean {
  if (lessonBoot.welcome) return true;
  return !lessonBoot.hadConfig && lessonBoot.id === null && !welcomeSeen() && !navigator.webdriver;
}

/** The dialog. */
export function WelcomeDialog() {
  const { lab } = useLabApi();
  const [open, setOpen] = useState(showsWelcome);
  const ref = useModal(open);
  const dismiss = () => {
    markWelcomeSeen();
    setOpen(false);
  };
  return (
    <dialog ref={ref} aria-labelledby="welcome-h" className="welcome" onClose={dismiss}>
      <h2 id="welcome-h">Welcome to SORN Lab</h2>
      <p>
        A self-organizing recurrent network runs in your browser. Press Play and watch it organise itself, or learn what each plasticity rule does in a guided
        lesson: every step says what to do, what to look for, and unlocks Next when the lab shows it.
      </p>
      <ul className="welcome-lessons">
        {LESSONS.map((l) => (
          <li key={l.id}>
            <button type="button" onClick={() => (markWelcomeSeen(), goToLesson(lab.shell, l.id))}>
              {l.title}
            </button>{" "}
            <span className="desc">{lessonStatus(l)}</span>
          </li>
        ))}
      </ul>
      <p className="desc">The lessons are also under Lessons in the top bar.</p>
      <button type="button" className="primary" onClick={dismiss}>
        Explore the lab on my own
      </button>
    </dialog>
  );
}
