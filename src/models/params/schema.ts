/**
 * A model family's parameter schema: one row per parameter with its type, default, range and
 * whether a change applies live or needs a new model. The codec (`codec.ts`) parses and
 * validates against it; the command line, the URL, the lab's forms and saved files all use it.
 */

/** How a parameter's value is written and checked. */
export type ParamKind =
  /** A whole number in [min, max]. */
  | "int"
  /** A finite number in [min, max]. */
  | "float"
  /** A finite number in [min, max], or null ("auto": derived from other parameters). */
  | "floatOrAuto"
  /** One of `choices`. */
  | "choice";

/** One parameter. */
export interface ParamSpec {
  readonly name: string;
  /** Heading it is shown under in the lab. */
  readonly group: string;
  readonly kind: ParamKind;
  readonly default: number | string | null;
  readonly min?: number;
  readonly max?: number;
  /** The allowed values of a "choice". */
  readonly choices?: readonly string[];
  /** True when a change needs a fresh model (a reset); false when it applies from the next step. */
  readonly structural: boolean;
  readonly description: string;
}

/** A family's parameters, in display order. */
export type ParamSchema = readonly ParamSpec[];

/** Resolved parameter values by name (any family's params object). */
export type ParamValues = object;
