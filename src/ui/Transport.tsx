/** Play/Pause, Step, Step N, Reset, the speed control, the step count and the progress of long work. */
import { SPEEDS } from "../state/schema";
import { stepCountOf } from "../state/store";
import type { Speed } from "../worker/protocol";
import { ACTIONS } from "./actions";
import { ActionButton } from "./ActionButton";
import { useHidden, useLab, useLabApi } from "./context";
import { StepCounter } from "./StepCounter";
import { WorkProgress } from "./WorkProgress";

const speedLabel = (s: Speed) => (s === "max" ? "as fast as possible" : `${s} steps/s`);

/** The run controls. */
export function Transport() {
  const { lab, store } = useLabApi();
  // A Step N in progress is the run going too: Pause (and Space) stop it.
  const going = useLab((s) => s.playing || s.work?.kind === "step");
  // While a network is built the worker takes no other command.
  const ready = useLab((s) => s.ready && s.work?.kind !== "build");
  const speed = useLab((s) => s.config.speed);
  const hideSpeed = useHidden("speed");
  const stepN = useLab((s) => s.stepN);
  const nError = useLab((s) => (stepCountOf(s) === null ? "N must be a whole number from 1 to 1,000,000" : null));
  const speeds = SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed];
  return (
    <div className="transport" role="group" aria-label="Run controls">
      {going ? (
        <ActionButton action={ACTIONS.pause} className="primary" disabled={!ready} />
      ) : (
        <ActionButton action={ACTIONS.play} className="primary" disabled={!ready} />
      )}
      <ActionButton action={ACTIONS.step} disabled={!ready} />
      <span className="step-n">
        <ActionButton action={ACTIONS.stepN} disabled={!ready || nError !== null} />
        <label htmlFor="step-n">N</label>
        <input id="step-n" className="narrow" inputMode="numeric" value={stepN} aria-invalid={nError !== null} aria-describedby="step-n-error" onChange={(e) => store.setState({ stepN: e.target.value })} />
        {nError && (
          <span id="step-n-error" role="alert" className="field-error">
            {nError}
          </span>
        )}
      </span>
      <ActionButton action={ACTIONS.reset} disabled={!ready} />
      {!hideSpeed && (
        <label className="speed">
          Speed{" "}
          <select value={String(speed)} onChange={(e) => void lab.setSpeed(e.target.value === "max" ? "max" : Number(e.target.value))}>
            {speeds.map((s) => (
              <option key={String(s)} value={String(s)}>
                {speedLabel(s)}
              </option>
            ))}
          </select>
        </label>
      )}
      <StepCounter />
      <WorkProgress />
    </div>
  );
}
