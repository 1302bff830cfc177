/**
 * The always-visible step count and measured speed. Updated on every frame by writing text
 * directly (a transient subscription), not by re-rendering.
 */
import { useEffect, useRef } from "react";
import { useLabApi } from "./context";

const fmt = new Intl.NumberFormat("en-US");

/** "Step 12,345 · 3,210 steps/s". */
export function StepCounter() {
  const { store } = useLabApi();
  const step = useRef<HTMLOutputElement>(null);
  const speed = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const paint = (t: number, sps: number, playing: boolean) => {
      if (step.current) step.current.textContent = fmt.format(t);
      if (speed.current) speed.current.textContent = playing ? `${fmt.format(Math.round(sps))} steps/s` : "paused";
    };
    const s = store.getState();
    paint(s.t, s.stepsPerSecond, s.playing);
    return store.subscribe((s) => paint(s.t, s.stepsPerSecond, s.playing));
  }, [store]);
  return (
    <div className="step-counter">
      <span className="label" id="step-label">
        Step
      </span>{" "}
      <output ref={step} aria-labelledby="step-label" data-testid="step-count">
        0
      </output>
      <span ref={speed} className="speed-readout">
        paused
      </span>
    </div>
  );
}
