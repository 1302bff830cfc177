/**
 * The time slider (Nengo GUI's): while paused, it scrubs the raster's and population's shared
 * time axis back through the recent history they keep (up to VIEW_HISTORY steps): the plots show
 * the window ending at the slider's step. Written imperatively from a store subscription, so
 * neither frames nor dragging re-render React; Play returns the view to the newest steps.
 */
import { useEffect, useRef } from "react";
import { endRange, sharedLimits, timeDomain } from "../../plots/zoom";
import type { LabState } from "../../state/store";
import { useLab, useLabApi } from "../context";

const limitsOf = (s: LabState) => sharedLimits(s.t, s.config.window);

/** "View ends at step" with its readout. */
export function TimeSlider() {
  const { store } = useLabApi();
  const playing = useLab((s) => s.playing);
  const input = useRef<HTMLInputElement>(null);
  const out = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    const paint = (s: LabState) => {
      const el = input.current;
      if (!el) return;
      const l = limitsOf(s);
      const r = endRange(l);
      const end = timeDomain(s.timeView, l).last;
      el.min = String(r.min);
      el.max = String(r.max);
      el.value = String(end);
      el.disabled = s.playing || r.min >= r.max;
      if (out.current) out.current.textContent = s.timeView.end === null ? `${end} (newest)` : String(end);
    };
    paint(store.getState());
    return store.subscribe((s, prev) => {
      if (s.playing && !prev.playing && s.timeView.end !== null) store.setState({ timeView: { ...s.timeView, end: null } });
      else if (s.t !== prev.t || s.timeView !== prev.timeView || s.playing !== prev.playing || s.config.window !== prev.config.window) paint(s);
    });
  }, [store]);
  const scrub = (v: number) => {
    const s = store.getState();
    store.setState({ timeView: { ...s.timeView, end: v >= s.t ? null : v } });
  };
  return (
    <label className="field-row inline time-slider" title={playing ? "Pause to scrub back through the recent steps" : "Scrub back through the recent steps"}>
      View ends at step <input ref={input} type="range" aria-label="View ends at step" step={1} defaultValue={0} onInput={(e) => scrub(Number((e.target as HTMLInputElement).value))} />
      <output ref={out} />
    </label>
  );
}
