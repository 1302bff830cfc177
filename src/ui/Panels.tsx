/**
 * The shown panels, in the registry's order (`src/panels/index.ts`), each drawn by its view
 * (`src/ui/panels/index.ts`). A view hosts an imperative plot; React renders only the frame and
 * controls.
 */
import { shownPanels } from "../state/url";
import { useLab } from "./context";
import { PANEL_VIEWS } from "./panels";

/** All shown panels, in order. */
export function Panels() {
  const shown = useLab((s) => shownPanels(s.config).join(","));
  const enlarged = useLab((s) => s.enlarged);
  const ids = shown ? shown.split(",") : [];
  return (
    <div className={`panels${enlarged ? " has-enlarged" : ""}`}>
      {ids.length === 0 && <p className="empty">All panels are hidden. Show them again from the Panels menu.</p>}
      {ids.map((id) => {
        const View = PANEL_VIEWS[id];
        return View ? <View key={id} /> : null;
      })}
    </div>
  );
}
