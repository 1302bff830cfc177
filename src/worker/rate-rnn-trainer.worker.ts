/** Entry of the rate-RNN trainer worker: exposes one {@link RateRnnTrainerService} over comlink. */
import { expose } from "comlink";
import { RateRnnTrainerService } from "./rate-rnn-trainer";

expose(new RateRnnTrainerService());
