/**
 * Turns an {@link InputSpec} into the core's `InputSource`. The core's own sources are used
 * where they fit; a file matrix repeats cyclically so a run can go on past its last column.
 */
import { constantInput, sequenceInput, uniformInput, zeroInput, type InputSource } from "../models/inputs";
import { SornInputError } from "../models/sorn/params";
import type { InputSpec } from "./protocol";

/** A source for `spec` feeding `nu` input units; throws SornInputError when they don't fit. */
export function inputSource(spec: InputSpec, nu: number): InputSource {
  switch (spec.kind) {
    case "none":
      return zeroInput(nu);
    case "uniform":
      return uniformInput(nu, spec.seed);
    case "constant": {
      const v = spec.values.length === 1 ? new Array<number>(nu).fill(spec.values[0]) : spec.values;
      if (v.length !== nu) throw new SornInputError("input", `the constant pattern has ${v.length} values but nu = ${nu}`);
      return constantInput(v);
    }
    case "sequence":
      if (!Number.isFinite(spec.amplitude)) throw new SornInputError("input", "the amplitude must be a finite number");
      return sequenceInput(nu, spec.sequence, spec.amplitude);
    case "matrix":
      return cyclicMatrixInput(spec.nu, spec.T, spec.data, nu);
  }
}

/** Column t mod T of a row-major nu × T matrix at step t. */
export function cyclicMatrixInput(rows: number, T: number, data: Float64Array, nu: number): InputSource {
  if (rows !== nu) throw new SornInputError("input", `the file has ${rows} rows but the network has nu = ${nu} input units`);
  if (T < 1) throw new SornInputError("input", "the file has no columns");
  if (data.length !== rows * T) throw new SornInputError("input", `the file holds ${data.length} values for ${rows} × ${T}`);
  return {
    nu,
    fill(t, out) {
      const col = t % T;
      for (let i = 0; i < nu; i++) out[i] = data[i * T + col];
    },
  };
}
