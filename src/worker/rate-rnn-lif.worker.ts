/** Entry of the rate-RNN LIF worker: exposes one {@link RateRnnLifService} over comlink. */
import { expose } from "comlink";
import { RateRnnLifService } from "./rate-rnn-lif";

expose(new RateRnnLifService());
