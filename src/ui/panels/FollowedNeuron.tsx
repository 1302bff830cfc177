/**
 * The followed neuron (clicked in the raster): a small view of its firing rate and threshold
 * over the steps since, drawn by `plots/follow.ts`. It asks the worker to follow the neuron,
 * again after every new run (a reset or load follows nothing), and stops when closed.
 */
import { useEffect } from "react";
import { FollowPlot } from "../../plots/follow";
import { useLab, useLabApi } from "../context";
import { usePlot } from "../usePlot";
import { plotContext, useInfo } from "./PlotPanel";

/** "E neuron 17", "I neuron 3 (index 203)". */
export function neuronName(n: number, ne: number): string {
  return n < ne ? `E neuron ${n}` : `I neuron ${n - ne} (index ${n})`;
}

/** The plot and the worker's follow, for one followed neuron. */
function FollowedPlot({ neuron }: { neuron: number }) {
  const api = useLabApi();
  const [info, setInfo] = useInfo();
  const ref = usePlot((host) => new FollowPlot(host, plotContext(api), setInfo));
  useEffect(() => {
    const { sim, store } = api.lab;
    const follow = () =>
      sim.follow(neuron).catch(() => {
        if (store.getState().followed === neuron) store.setState({ followed: null });
      });
    void follow();
    let run = api.frames.latest?.run;
    const off = api.frames.subscribe((f) => {
      if (f.run !== run) {
        run = f.run;
        void follow();
      }
    });
    return () => {
      off();
      void sim.follow(null).catch(() => {});
    };
  }, [api, neuron]);
  return (
    <>
      <div ref={ref} className="plot follow-plot" />
      <p className="panel-info" ref={info} data-testid="followed-info" />
    </>
  );
}

/** The followed neuron's view, or a hint how to follow one. */
export function FollowedNeuron() {
  const { store } = useLabApi();
  const followed = useLab((s) => s.followed);
  const ne = useLab((s) => s.built?.params.ne ?? s.config.params.ne);
  if (followed === null) return <p className="panel-info follow-hint">Hover the raster to read a neuron and step; click a neuron to follow it.</p>;
  const name = neuronName(followed, ne);
  return (
    <section className="followed" aria-labelledby="followed-h">
      <header className="followed-head">
        <h4 id="followed-h">Followed: {name}</h4>
        <button type="button" onClick={() => store.setState({ followed: null })}>
          Stop following
        </button>
      </header>
      <FollowedPlot key={followed} neuron={followed} />
    </section>
  );
}
