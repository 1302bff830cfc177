/** The cart-pole environment (Gymnasium 1.3.0's CartPole-v0/-v1, bit for bit): see spec/experiments.md §1. */
export { CARTPOLE, isTerminal, observe, stepPhysics, type CartPoleState, type Integrator } from "./physics";
export { CARTPOLE_IDS, CARTPOLE_SPECS, cartPoleSpec, type CartPoleId, type CartPoleSpec } from "./specs";
export { CartPoleEnv, STEP_AFTER_TERMINATION_WARNING, checkAction, checkState, type CartPoleOptions, type ResetOptions, type StepResult } from "./env";
export { isTrace, parseTrace, pickTrace, replay, type CartPoleReplay, type CartPoleTrace } from "./replay";
export { cartPoleGeometry, css, type CartPoleGeometry, type Rgb } from "./render-geometry";
export { runEpisode, randomPolicy, pdPolicy, type Policy } from "./episode";
