/**
 * Compare mode's view: run A and run B side by side (raster and weight histogram each, B's fed
 * from its own frame bus) and the Hamming distance between their E spikes since the split.
 */
import { HammingChart } from "../charts/hamming-chart";
import { RasterPlot } from "../plots/raster";
import { WeightsPlot } from "../plots/weights";
import type { PlotContext } from "../plots/context";
import type { FrameBus } from "../state/frame-bus";
import type { CompareInfo } from "../state/store";
import { useLab, useLabApi } from "./context";
import { useInfo } from "./panels/PlotPanel";
import { usePlot, type Destroyable } from "./usePlot";

/** One plot of one side, with its summary line. */
function SidePlot({ label, make }: { label: string; make: (host: HTMLDivElement, info: (t: string) => void) => Destroyable }) {
  const [info, setInfo] = useInfo();
  const ref = usePlot((host) => make(host, setInfo));
  return (
    <figure className="compare-plot" aria-label={label}>
      <figcaption>{label}</figcaption>
      <div ref={ref} className="plot" />
      <p className="panel-info" ref={info} />
    </figure>
  );
}

/** Both sides and the distance chart; nothing when not comparing. */
export function CompareView() {
  const info = useLab((s) => s.compare);
  return info ? <CompareBody info={info} /> : null;
}

function CompareBody({ info }: { info: CompareInfo }) {
  const api = useLabApi();
  const [hammingInfo, setHammingInfo] = useInfo();
  const chart = usePlot((host) => new HammingChart(host, api.lab.compare, setHammingInfo));
  const ctx = (frames: FrameBus): PlotContext => ({ frames, store: api.store, correlation: api.correlation });
  const side = (name: string, frames: FrameBus) => (
    <div className="compare-side">
      <h4>{name}</h4>
      <SidePlot label={`${name}: spike raster`} make={(host, i) => new RasterPlot(host, ctx(frames), i)} />
      <SidePlot label={`${name}: Wee weight distribution`} make={(host, i) => new WeightsPlot(host, ctx(frames), i)} />
    </div>
  );
  return (
    <section className="panel compare" aria-labelledby="compare-h">
      <header className="panel-head">
        <h3 id="compare-h">
          Compare: B split from A at step {info.since.toLocaleString("en-US")}, {info.change}
        </h3>
        <div className="panel-buttons">
          <button type="button" onClick={() => void api.lab.compare.stop()}>
            Stop comparing
          </button>
        </div>
      </header>
      <div className="compare-sides">
        {side("A (this run)", api.frames)}
        {side("B", api.lab.compare.frames)}
      </div>
      <div ref={chart} className="compare-chart" aria-label="Hamming distance between A and B" />
      <p className="panel-info" ref={hammingInfo} data-testid="hamming-info" />
    </section>
  );
}
