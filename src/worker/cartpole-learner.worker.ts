/** Entry of the cart-pole learner worker: exposes one {@link CartPoleLearnerService} over comlink. */
import { expose } from "comlink";
import { CartPoleLearnerService } from "./cartpole-learner";

expose(new CartPoleLearnerService());
