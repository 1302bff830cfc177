/**
 * The rate RNN of Kim, Li & Sejnowski (PNAS 2019; spikeRNN): Dale's-principle network, tasks,
 * hand-written BPTT + Adam training, model files. Pure TypeScript (no DOM, no Node API).
 *
 * - network.ts   parameters, masks, init (paper / balanced), τ, W_eff (dense or CSR)
 * - activation.ts sigmoid, clipped ReLU, softplus, ReLU
 * - forward.ts   one trial (the code's discretisation), l2 / l1 losses with the one-step pairing
 * - backward.ts  BPTT;  adam.ts  TF1 Adam
 * - tasks.ts     Go-NoGo, mante, XOR, DMS: generators and rate-evaluation rules
 * - train.ts     Trainer (one trial per step(), evaluations, stopping rules), train()
 * - model-file.ts JSON format v1;  npz.ts  export with the code's names
 * - eigen.ts     eigenvalues of W_eff (Hessenberg + shifted QR)
 *
 * For a LIF mapping: load a model with `modelFromJson`, then `effectiveMatrix(net)` is W_eff
 * (row = post), `taus(net)` the τ_d per unit in steps (× DT_MS for ms), `net.wIn` (N × nIn) and
 * `net.wOut` (N) the input and readout weights, `net.inh` the unit types.
 */
export * from "./activation";
export * from "./network";
export * from "./forward";
export * from "./backward";
export * from "./adam";
export * from "./tasks";
export * from "./train";
export * from "./model-file";
export * from "./npz";
export * from "./eigen";
