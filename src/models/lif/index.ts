/**
 * LIF networks from trained rate RNNs (Kim, Li & Sejnowski 2019; spec §3). Pure TypeScript.
 *
 * - network.ts   the mapping (W/s, w_out/s, W_in unscaled, τ_d copied) and the LIF constants
 * - stepper.ts   one 0.05 ms step of one trial (the state and the update)
 * - simulate.ts  one trial: linear LIF, refractory, noise, double-exponential synapse, output
 * - evaluate.ts  the LIF task rules and windows, seeded trials, accuracy and rates
 * - noise.ts     the membrane noise: Ziggurat normals over xoshiro128**, seeded per trial
 */
export * from "./network";
export * from "./simulate";
export * from "./stepper";
export * from "./evaluate";
export * from "./noise";
