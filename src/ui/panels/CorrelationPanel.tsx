import { useState } from "react";
import { NODE_COLORINGS, type NodeColoring } from "../../figures/network-color";
import { CorrelationPlot } from "../../plots/correlation";
import { ACTIONS } from "../actions";
import { ActionButton } from "../ActionButton";
import { useLab, useLabApi } from "../context";
import { PlotPanel } from "./PlotPanel";

/** What the colour select calls each {@link NodeColoring}. */
const COLOR_LABELS: Record<NodeColoring, string> = { rate: "firing rate", community: "community", type: "type (E/I)" };

/** The live view of the "correlation" panel: compute on demand, threshold slider, node colours. */
export function CorrelationPanel() {
  const api = useLabApi();
  const busy = useLab((s) => Boolean(s.busy.correlation));
  const [threshold, setThreshold] = useState(api.correlation.threshold);
  const [color, setColor] = useState(api.correlation.color);
  const controls = (
    <>
      <ActionButton action={ACTIONS.correlate} disabled={busy} />
      {busy && <ActionButton action={ACTIONS.cancelCorrelation} />}
      <label className="field-row inline">
        Threshold{" "}
        <input
          type="range"
          min={0}
          max={0.5}
          step={0.01}
          value={threshold}
          onChange={(e) => {
            const v = Number(e.target.value);
            setThreshold(v);
            api.correlation.setThreshold(v);
          }}
        />
        <output>{threshold.toFixed(2)}</output>
      </label>
      <label className="field-row inline">
        Colour{" "}
        <select
          value={color}
          onChange={(e) => {
            const v = e.target.value as NodeColoring;
            setColor(v);
            api.correlation.setColor(v);
          }}
        >
          {NODE_COLORINGS.map((c) => (
            <option key={c} value={c}>
              {COLOR_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {busy && <span role="status">Computing…</span>}
    </>
  );
  return <PlotPanel id="correlation" controls={controls} make={(ctx, host, info) => new CorrelationPlot(host, ctx, info)} />;
}
