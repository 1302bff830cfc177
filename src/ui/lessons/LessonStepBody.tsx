/**
 * One lesson step in the guide: what to do (and the maths), its "Run N steps" or its jobs with
 * progress and Cancel, the check's conditions as they stand, and its question.
 */
import { useStore } from "zustand";
import type { LessonSession } from "../../lessons/session";
import type { LessonStep } from "../../lessons/types";
import { useLab } from "../context";

const fmt = new Intl.NumberFormat("en-US");
const show = (v: unknown) => (typeof v === "number" ? (Number.isInteger(v) ? fmt.format(v) : String(Number(v.toPrecision(4)))) : String(v));

/** The step's body. */
export function LessonStepBody({ session, step }: { session: LessonSession; step: LessonStep }) {
  const v = useStore(session.view);
  const stepping = useLab((s) => s.work !== null);
  const ready = useLab((s) => s.ready);
  return (
    <div className="lesson-body">
      <p className="lesson-text">{step.text}</p>
      {step.maths && (
        <p className="lesson-maths">
          <code>{step.maths}</code>
        </p>
      )}
      {step.run && (
        <button type="button" disabled={!ready || stepping} onClick={() => void session.runSteps()}>
          Run {fmt.format(step.run)} steps
        </button>
      )}
      {step.jobs && (
        <div className="lesson-jobs">
          <ul>
            {step.jobs.map((j) => (
              <li key={j.label}>{j.label}</li>
            ))}
          </ul>
          {v.jobs.running ? (
            <>
              <span role="progressbar" aria-label="Lesson runs" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(100 * v.jobs.fraction)} className="lesson-bar">
                <span style={{ width: `${100 * v.jobs.fraction}%` }} />
              </span>{" "}
              <button type="button" onClick={() => session.cancelJobs()}>
                Cancel runs
              </button>
            </>
          ) : (
            <button type="button" onClick={() => void session.startJobs()}>
              {v.jobs.done ? "Run again" : step.jobs.length > 1 ? `Start the ${step.jobs.length} runs` : "Start the run"}
            </button>
          )}
          {v.jobs.error && (
            <span role="alert" className="field-error">
              Runs stopped: {v.jobs.error}
            </span>
          )}
        </div>
      )}
      {v.result && (
        <ul className="lesson-check" aria-label="What unlocks Next">
          {v.result.conditions.map((c) => (
            <li key={c.label} className={c.met ? "met" : "unmet"}>
              <span aria-hidden="true">{c.met ? "✓" : "○"}</span> {c.label}: {c.value === null ? (c.waiting ?? "—") : show(c.value)}
              <span className="sr-only">{c.met ? " (met)" : " (not yet)"}</span>
            </li>
          ))}
        </ul>
      )}
      {step.question && (
        <fieldset className="lesson-question">
          <legend>{step.question.prompt}</legend>
          {step.question.choices.map((choice, i) => (
            <label key={choice} className="check">
              <input type="radio" name="lesson-answer" checked={v.answer === i} onChange={() => session.choose(i)} /> {choice}
            </label>
          ))}
          {v.answer !== null && (
            <p role="status" className="lesson-answer">
              {v.answer === step.question.answer ? `Right. ${step.question.explain}` : "Not quite: think again and pick another answer."}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
