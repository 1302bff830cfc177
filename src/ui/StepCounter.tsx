/**
 * The always-visible step count and measured speed. Updated on every frame by writing text
 * directly (a transient subscription), not by re-rendering.
 */
import { useEffect, useRef } from "react";
import type { LabState } from "../state/store";
import { useLabApi } from "./context";

const fmt = new Intl.NumberFormat("en-US");

/** "Step 12,345 · 3,210 steps/s". */
export function StepCounter() {
  const { store } = useLabApi();
  const step = useRef<HTMLOutputElement>(null);
  const speed = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const paint = (s: LabState) => {
      if (step.current) step.current.textContent = fmt.format(s.t);
      if (!speed.current) return;
      const going = s.playing || s.work?.kind === "step";
      speed.current.textContent = going ? `${fmt.format(Math.round(s.stepsPerSecond))} steps/s` : s.work?.kind === "build" ? "building" : "paused";
    };
    paint(store.getState());
    return store.subscribe(paint);
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
