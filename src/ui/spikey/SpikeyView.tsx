/**
 * The Spikey networks tab (issue 17; spec spikey.md §6): build a modular spiking network from
 * parts (or a preset), run it in a worker with its raster, reward strip, rate table, heat map and
 * weight sums, Florian's Fig. 1 panel and the STDP-kernel explorer. Loaded lazily with its own chunk; what it decides is in
 * src/state/spikey/.
 */
import type { ExperimentsModel } from "../../state/experiments/view";
import { BuilderSection } from "./BuilderSection";
import { Fig1Panel } from "./Fig1Panel";
import { KernelExplorer } from "./KernelExplorer";
import { RunSection } from "./RunSection";
import { spikeyRuntime } from "./runtime";
import "./spikey.css";

/** The tab: builder, run, Fig. 1 and the kernels. */
export default function SpikeyView({ view }: { view: ExperimentsModel }) {
  const rt = spikeyRuntime(view);
  return (
    <div className="exp-spikey">
      <p className="desc">
        Spikey-style modular spiking networks: one flat parameter dict feeds interchangeable parts (neurons, inputs, weights, synapses, readout, rewarder, modifiers) with
        Spikey's priority user &gt; preset &gt; game. One pattern (tick) runs processing_time network steps: inputs → fire → log → integrate → plasticity → reward; the
        outputs are the last n_outputs neurons.
      </p>
      <BuilderSection model={rt.builder} />
      <RunSection model={rt.run} />
      <Fig1Panel />
      <KernelExplorer />
    </div>
  );
}
