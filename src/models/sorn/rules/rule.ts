import type { RuleInfo } from "../../model";
import type { NumpyRandom } from "../../rng/numpy-random";
import type { PythonRandom } from "../../rng/python-random";
import type { Network } from "../construct";
import type { SornParams } from "../params";

/**
 * What the step hands every rule, after the new states x(t+1), y(t+1) are computed and before
 * the buffers shift. One object per network, updated in place each step, so calling the rules
 * allocates nothing.
 */
export interface RuleContext {
  /** The matrices and thresholds the rules change: Wee, Wei, Te (and Hip, the IP targets h_i). */
  readonly net: Network;
  /** The hyperparameters as they are now (live edits through `setParams` land here). */
  readonly params: SornParams;
  /** The package's `np.random` and `random` streams; a rule that draws must draw as the package. */
  readonly np: NumpyRandom;
  readonly py: PythonRandom;
  /** x(t), x(t+1) and y(t), as 0/1. */
  readonly x: Uint8Array;
  readonly xNext: Uint8Array;
  readonly y: Uint8Array;
  /** Scratch of ne int32s a rule may overwrite (STDP lists the neurons active at t or t+1). */
  readonly active: Int32Array;
  /** The normalisation's output: E neurons left with no E (resp. I) input. */
  readonly normalized: { eeEmpty: number; eiEmpty: number };
}

/**
 * A plasticity rule as a part of the step, shaped like a d3-force force: a name that `freeze`
 * and `rule(name, on)` take, a title and the update's maths in one line (the seam's RuleInfo),
 * and `apply`, which performs one step's update on the context.
 */
export interface SornRule<Name extends string = string> extends RuleInfo {
  readonly name: Name;
  apply(ctx: RuleContext): void;
}
