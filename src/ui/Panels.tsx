/** The live panels. Each hosts an imperative plot; React renders only the frame and controls. */
import { useEffect, useRef, useState } from "react";
import { parseSelection } from "../state/selection";
import { shownPanels } from "../state/url";
import { WINDOWS, type PanelId } from "../state/schema";
import { ConnectionsPlot } from "../plots/connections";
import { CorrelationPlot } from "../plots/correlation";
import { PopulationPlot } from "../plots/population";
import { RasterPlot } from "../plots/raster";
import { RatesPlot } from "../plots/rates";
import { WeightsPlot } from "../plots/weights";
import { ACTIONS } from "./actions";
import { ActionButton } from "./ActionButton";
import { useLab, useLabApi, type LabApi } from "./context";
import { PanelCard } from "./PanelCard";
import { usePlot } from "./usePlot";

/** A line of text the plot writes directly (on every frame, without a React render). */
function useInfo(): [React.RefObject<HTMLParagraphElement | null>, (t: string) => void] {
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

function plotContext(api: LabApi) {
  return { frames: api.frames, store: api.store, correlation: api.correlation };
}

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

function RasterPanel() {
  const api = useLabApi();
  const [info, setInfo] = useInfo();
  const ref = usePlot((host) => new RasterPlot(host, plotContext(api), setInfo));
  const ne = useLab((s) => s.built?.params.ne ?? s.config.params.ne);
  const e = useLab((s) => s.config.rasterE);
  const i = useLab((s) => s.config.rasterI);
  const win = useLab((s) => s.config.window);
  const controls = (
    <>
      <SelectionField id="raster-e" label="E neurons" value={e} pool={ne} onCommit={(v) => api.lab.setRaster({ rasterE: v })} />
      <SelectionField id="raster-i" label="I neurons" value={i} pool={Math.trunc(0.2 * ne)} onCommit={(v) => api.lab.setRaster({ rasterI: v })} />
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
    </>
  );
  return (
    <PanelCard id="raster" infoRef={info} controls={controls}>
      <div ref={ref} className="plot" />
    </PanelCard>
  );
}

/** A panel whose plot reports a summary line. */
function SimplePanel({ id, make }: { id: PanelId; make: (api: LabApi, host: HTMLDivElement, info: (t: string) => void) => { destroy(): void } }) {
  const api = useLabApi();
  const [info, setInfo] = useInfo();
  const ref = usePlot((host) => make(api, host, setInfo));
  return (
    <PanelCard id={id} infoRef={info}>
      <div ref={ref} className="plot" />
    </PanelCard>
  );
}

function CorrelationPanel() {
  const api = useLabApi();
  const [info, setInfo] = useInfo();
  const ref = usePlot((host) => new CorrelationPlot(host, plotContext(api), setInfo));
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
  return (
    <PanelCard id="correlation" infoRef={info} controls={controls}>
      <div ref={ref} className="plot" />
    </PanelCard>
  );
}

/** All shown panels, in order. */
export function Panels() {
  const shown = useLab((s) => shownPanels(s.config).join(","));
  const enlarged = useLab((s) => s.enlarged);
  const ids = shown ? (shown.split(",") as PanelId[]) : [];
  return (
    <div className={`panels${enlarged ? " has-enlarged" : ""}`}>
      {ids.length === 0 && <p className="empty">All panels are hidden. Show them again from the Panels menu.</p>}
      {ids.map((id) => {
        switch (id) {
          case "raster":
            return <RasterPanel key={id} />;
          case "population":
            return <SimplePanel key={id} id={id} make={(api, host) => new PopulationPlot(host, plotContext(api))} />;
          case "weights":
            return <SimplePanel key={id} id={id} make={(api, host, info) => new WeightsPlot(host, plotContext(api), info)} />;
          case "rates":
            return <SimplePanel key={id} id={id} make={(api, host, info) => new RatesPlot(host, plotContext(api), info)} />;
          case "connections":
            return <SimplePanel key={id} id={id} make={(api, host, info) => new ConnectionsPlot(host, plotContext(api), info)} />;
          case "correlation":
            return <CorrelationPanel key={id} />;
        }
      })}
    </div>
  );
}
