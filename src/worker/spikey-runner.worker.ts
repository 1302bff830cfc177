/** Entry of the Spikey network worker: exposes one {@link SpikeyRunnerService} over comlink. */
import { expose } from "comlink";
import { SpikeyRunnerService } from "./spikey-runner";

expose(new SpikeyRunnerService());
