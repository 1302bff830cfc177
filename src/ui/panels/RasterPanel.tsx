import { useEffect, useState } from "react";
import { inhibitoryCount } from "../../models/sorn/params";
import { RasterPlot } from "../../plots/raster";
import { WINDOWS } from "../../state/schema";
import { parseSelection } from "../../state/selection";
import { useLab, useLabApi } from "../context";
import { FollowedNeuron } from "./FollowedNeuron";
import { PlotPanel } from "./PlotPanel";
import { TimeSlider } from "./TimeSlider";

/** A selection field with its own validation message. */
function SelectionField({ id, label, value, pool, onCommit }: { id: string; label: string; value: string; pool: number; onCommit: (v: string) => void }) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value), [value]);
  const commit = (t: string) => {
    const r = parseSelection(t, pool);
    if (!r.ok) return setError(r.message);
    setError(null);
    onCommit(t.trim() === "" ? "all" : t.trim());
  };
  return (
    <span className="field-row inline">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="narrow" value={text} aria-invalid={error ? true : undefined} onChange={(e) => setText(e.target.value)} onBlur={(e) => commit(e.target.value)} onKeyDown={(e) => e.key === "Enter" && commit((e.target as HTMLInputElement).value)} />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

/** The live view of the "raster" panel: the plot with its neuron selections and window. */
export function RasterPanel() {
  const api = useLabApi();
  const ne = useLab((s) => s.built?.params.ne ?? s.config.params.ne);
  const e = useLab((s) => s.config.rasterE);
  const i = useLab((s) => s.config.rasterI);
  const win = useLab((s) => s.config.window);
  const controls = (
    <>
      <SelectionField id="raster-e" label="E neurons" value={e} pool={ne} onCommit={(v) => api.lab.setRaster({ rasterE: v })} />
      <SelectionField id="raster-i" label="I neurons" value={i} pool={inhibitoryCount(ne)} onCommit={(v) => api.lab.setRaster({ rasterI: v })} />
      <label className="field-row inline">
        Window{" "}
        <select value={win} onChange={(ev) => api.lab.setRaster({ window: Number(ev.target.value) })}>
          {(WINDOWS.includes(win) ? WINDOWS : [...WINDOWS, win]).map((w) => (
            <option key={w} value={w}>
              {w} steps
            </option>
          ))}
        </select>
      </label>
      <TimeSlider />
    </>
  );
  return <PlotPanel id="raster" controls={controls} below={<FollowedNeuron />} make={(ctx, host, info) => new RasterPlot(host, ctx, info)} />;
}
