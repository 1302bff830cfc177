/**
 * A {@link NumpyRandom}'s whole state as plain data (the MT19937 key and read position, and the
 * cached polar-method Gaussian), to save a model and continue it exactly.
 */
import { SornInputError } from "../params/error";
import { NumpyRandom } from "./numpy-random";

/** What `saveNumpy` returns and `loadNumpy` takes. */
export interface NumpyState {
  readonly mt: { key: number[]; pos: number };
  readonly hasGauss: boolean;
  readonly gauss: number;
}

/** A copy of `rng`'s state. */
export function saveNumpy(rng: NumpyRandom): NumpyState {
  return { mt: rng.mt.save(), hasGauss: rng.hasGauss, gauss: rng.gauss };
}

/** A generator in state `s` (a SornInputError naming `what` when `s` is not one). */
export function loadNumpy(s: NumpyState, what: string): NumpyRandom {
  return loadNumpyInto(new NumpyRandom(0), s, what);
}

/** Put `rng` in state `s` (a SornInputError naming `what` when `s` is not one); returns `rng`. */
export function loadNumpyInto(rng: NumpyRandom, s: NumpyState, what: string): NumpyRandom {
  if (!s || typeof s !== "object" || !s.mt) throw new SornInputError(what, "is not a generator state");
  try {
    rng.mt.load(s.mt);
  } catch (e) {
    throw new SornInputError(what, (e as Error).message);
  }
  rng.hasGauss = s.hasGauss === true;
  rng.gauss = Number(s.gauss) || 0;
  return rng;
}
