import { useState } from "react";
import { CorrelationPlot } from "../../plots/correlation";
import { ACTIONS } from "../actions";
import { ActionButton } from "../ActionButton";
import { useLab, useLabApi } from "../context";
import { PlotPanel } from "./PlotPanel";

/** The live view of the "correlation" panel: compute on demand, threshold slider. */
export function CorrelationPanel() {
  const api = useLabApi();
  const busy = useLab((s) => Boolean(s.busy.correlation));
  const [threshold, setThreshold] = useState(api.correlation.threshold);
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
      {busy && <span role="status">Computing…</span>}
    </>
  );
  return <PlotPanel id="correlation" controls={controls} make={(ctx, host, info) => new CorrelationPlot(host, ctx, info)} />;
}
