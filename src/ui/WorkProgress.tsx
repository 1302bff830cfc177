/**
 * Progress of the long work the worker is doing (the store's `work`): "Stepping 412,000 /
 * 1,000,000" with a progress bar and Stop, or "Building the network…". Shown only once the work
 * has lasted a moment, so a Step or a small Reset does not flash it.
 */
import { useEffect, useState, type CSSProperties } from "react";
import type { Work } from "../state/store";
import { ACTIONS } from "./actions";
import { ActionButton } from "./ActionButton";
import { useLab } from "./context";

/** Work shorter than this shows no progress. */
const SHOW_AFTER_MS = 250;

const fmt = new Intl.NumberFormat("en-US");

/** Whether `work` has been the current work for `ms` (false when there is none). */
function useLasted(work: Work | null, ms: number): boolean {
  const [lasted, setLasted] = useState<Work | null>(null);
  useEffect(() => {
    if (!work) return;
    const timer = setTimeout(() => setLasted(work), ms);
    return () => clearTimeout(timer);
  }, [work, ms]);
  return work !== null && lasted === work;
}

const bar: CSSProperties = { display: "inline-block", width: "10em", height: "0.7em", border: "1px solid currentColor", borderRadius: 3, verticalAlign: "middle", overflow: "hidden" };

/** The progress of a Step N or a build, beside the run controls. */
export function WorkProgress() {
  const work = useLab((s) => s.work);
  const done = useLab((s) => (s.work?.kind === "step" ? Math.min(s.work.total, Math.max(0, s.t - s.work.from)) : 0));
  const shown = useLasted(work, SHOW_AFTER_MS);
  if (!work || !shown) return null;
  if (work.kind === "build") {
    return (
      <span className="work-progress" role="status">
        <progress aria-labelledby="work-label" />{" "}
        <span id="work-label">Building the network…</span>
      </span>
    );
  }
  const label = `Stepping ${fmt.format(done)} / ${fmt.format(work.total)}`;
  return (
    <span className="work-progress">
      <span id="work-label">{label}</span>{" "}
      <span
        role="progressbar"
        aria-labelledby="work-label"
        aria-valuemin={0}
        aria-valuemax={work.total}
        aria-valuenow={done}
        aria-valuetext={`${fmt.format(done)} of ${fmt.format(work.total)} steps`}
        style={bar}
      >
        <span style={{ display: "block", height: "100%", width: `${(100 * done) / work.total}%`, background: "currentColor" }} />
      </span>{" "}
      <ActionButton action={ACTIONS.stopWork} />
    </span>
  );
}
