/** Pieces the panel views share: the summary line a plot writes, and a panel that hosts one plot. */
import { useEffect, useRef, type ReactNode } from "react";
import type { PlotContext } from "../../plots/context";
import { useLabApi, type LabApi } from "../context";
import { PanelCard } from "../PanelCard";
import { usePlot, type Destroyable } from "../usePlot";

/** A line of text the plot writes directly (on every frame, without a React render). */
export function useInfo(): [React.RefObject<HTMLParagraphElement | null>, (t: string) => void] {
  const ref = useRef<HTMLParagraphElement>(null);
  const pending = useRef("");
  const set = (t: string) => {
    pending.current = t;
    if (ref.current && ref.current.textContent !== t) ref.current.textContent = t;
  };
  useEffect(() => {
    if (ref.current) ref.current.textContent = pending.current;
  });
  return [ref, set];
}

/** What every plot is given. */
export function plotContext(api: LabApi): PlotContext {
  return { frames: api.frames, store: api.store, correlation: api.correlation };
}

/** A panel card around one imperative plot, with optional controls above it and more below it. */
export function PlotPanel({ id, make, controls, below }: { id: string; make: (ctx: PlotContext, host: HTMLDivElement, info: (t: string) => void) => Destroyable; controls?: ReactNode; below?: ReactNode }) {
  const api = useLabApi();
  const [info, setInfo] = useInfo();
  const ref = usePlot((host) => make(plotContext(api), host, setInfo));
  return (
    <PanelCard id={id} infoRef={info} controls={controls} after={below}>
      <div ref={ref} className="plot" />
    </PanelCard>
  );
}
