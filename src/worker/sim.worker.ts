/** Entry of the simulation worker: exposes one {@link SimService} over comlink. */
import { expose } from "comlink";
import { SimService } from "./service";

expose(new SimService());
