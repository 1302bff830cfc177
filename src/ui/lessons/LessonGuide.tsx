/**
 * The open lesson, above the panels: a region named after the lesson with "Step k of N", the
 * step (`LessonStepBody`), Back, Next (unlocked by the step's check and question) and Leave. It
 * opens the lesson of `?lesson=ID` (at the step the student reached) and outlines the control the
 * step is about. An unknown id becomes an error notice; the lab works on.
 */
import { useEffect } from "react";
import "./lessons.css";
import { useStore } from "zustand";
import { addNotice } from "../../state/store";
import { useLabApi } from "../context";
import { lessonAddress, lessonBoot } from "./boot";
import { highlight } from "./highlight";
import { LessonStepBody } from "./LessonStepBody";
import { lessonSession } from "./session";

let reported = false;

/** The guide (nothing while no lesson is open). */
export function LessonGuide() {
  const { lab, store } = useLabApi();
  const session = lessonSession(lab);
  const v = useStore(session.view);
  useEffect(() => {
    if (lessonBoot.error && !reported) addNotice(store, "error", lessonBoot.error);
    reported = true;
    if (lessonBoot.lesson && !session.view.getState().lesson) session.open(lessonBoot.lesson);
  }, [session, store]);
  const step = v.lesson?.steps[v.step];
  useEffect(() => {
    const name = step?.highlight;
    if (!name) return;
    let undo = highlight(name);
    // Panels and fields render after the lab starts: look again for a few seconds.
    const timers = [500, 1500, 4000].map((ms) => setTimeout(() => (undo(), (undo = highlight(name))), ms));
    return () => (timers.forEach(clearTimeout), undo());
  }, [step]);
  if (!v.lesson || !step) return null;
  const { lesson } = v;
  const last = v.step === lesson.steps.length - 1;
  const leave = () => {
    session.close();
    history.replaceState(null, "", lessonAddress(location.href, null) + location.hash);
  };
  return (
    <section className="lesson-guide" aria-label={lesson.title}>
      <header className="lesson-head">
        <h2>{lesson.title}</h2>
        <span className="lesson-count">
          Step {v.step + 1} of {lesson.steps.length}
        </span>
      </header>
      {v.finished ? (
        <p role="status">Lesson complete. Your progress is kept; the lab is yours.</p>
      ) : (
        <LessonStepBody session={session} step={step} />
      )}
      <div className="lesson-nav">
        <button type="button" disabled={v.step === 0} onClick={() => session.back()}>
          Back
        </button>
        {!v.finished && (
          <button type="button" className="primary" disabled={!v.passed} onClick={() => session.next()}>
            {last ? "Finish" : "Next"}
          </button>
        )}
        <button type="button" onClick={leave}>
          Leave lesson
        </button>
      </div>
    </section>
  );
}
