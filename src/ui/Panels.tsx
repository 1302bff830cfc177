/**
 * The shown panels, in the registry's order (`src/panels/index.ts`). Each panel's view is
 * loaded from its registration; it hosts an imperative plot, and React renders only the frame
 * and controls.
 */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from "react";
import { PANELS } from "../panels";
import { shownPanels } from "../state/url";
import { useLab } from "./context";

/** One lazy component per registered panel, made once. */
const VIEWS: ReadonlyMap<string, LazyExoticComponent<ComponentType>> = new Map(PANELS.map((p) => [p.id, lazy(p.view)]));

/** All shown panels, in order. */
export function Panels() {
  const shown = useLab((s) => shownPanels(s.config).join(","));
  const enlarged = useLab((s) => s.enlarged);
  const ids = shown ? shown.split(",") : [];
  return (
    <div className={`panels${enlarged ? " has-enlarged" : ""}`}>
      {ids.length === 0 && <p className="empty">All panels are hidden. Show them again from the Panels menu.</p>}
      <Suspense fallback={<p className="empty">Loading panels…</p>}>
        {ids.map((id) => {
          const View = VIEWS.get(id);
          return View ? <View key={id} /> : null;
        })}
      </Suspense>
    </div>
  );
}
