/**
 * The Spiking RNN tab (issue 14; Kim, Li & Sejnowski 2019): train a Dale's-principle rate RNN in a
 * worker (settings, Train / Pause / Resume, live curves, save and load model files), then map it to
 * a LIF network and search the scaling factor s on the page's pool (accuracy vs s, raster, output,
 * rates). Loaded lazily with its own chunk; what it decides is in src/state/spiking-rnn/.
 */
import type { ExperimentsModel } from "../../state/experiments/view";
import { ConvertSection } from "./ConvertSection";
import { TrainSection } from "./TrainSection";
import { spikingRnnRuntime } from "./runtime";

/** The tab's two halves. */
export default function SpikingRnnView({ view }: { view: ExperimentsModel }) {
  const rt = spikingRnnRuntime(view);
  return (
    <div className="exp-spiking-rnn">
      <p className="desc">
        Kim, Li &amp; Sejnowski (PNAS 2019): a continuous rate RNN that obeys Dale's principle (20 % inhibitory units, 20 % connections, trainable τ per unit in 20–50 ms) is
        trained by BPTT and Adam, one trial per update, then its weights are copied into a leaky integrate-and-fire network (W/s, 0.05 ms steps) and the scaling factor s
        (λ = 1/s) is found by a grid search.
      </p>
      <TrainSection model={rt.trainer} />
      <ConvertSection model={rt.convert} trainer={rt.trainer} />
    </div>
  );
}
