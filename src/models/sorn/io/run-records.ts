import type { Recorder } from "../records";
import type { RecordName } from "../types";

/**
 * One record as a plain array with its shape, ready to save: activations are (T, n) uint8,
 * connection counts (T,) int32, TE/TI (T, n) float64, weight records (S, rows, cols) float64
 * with `steps` naming the step after which each snapshot was taken.
 */
export type RecordArray =
  | { dtype: "uint8"; shape: number[]; data: Uint8Array }
  | { dtype: "int32"; shape: number[]; data: Int32Array }
  | { dtype: "float64"; shape: number[]; data: Float64Array; steps?: number[] };

/** Every record a recorder holds, by name. */
export function recordsOf(rec: Recorder): Partial<Record<RecordName, RecordArray>> {
  const out: Partial<Record<RecordName, RecordArray>> = {};
  for (const name of rec.names) {
    switch (name) {
      case "ExcitatoryActivation":
      case "InhibitoryActivation":
      case "RecurrentActivation": {
        const t = rec.train(name);
        out[name] = { dtype: "uint8", shape: [t.steps, t.neurons], data: t.data };
        break;
      }
      case "EEConnectionCounts":
      case "EIConnectionCounts":
      case "IEConnectionCounts": {
        const c = rec.countSeries(name);
        out[name] = { dtype: "int32", shape: [c.length], data: c };
        break;
      }
      case "TE":
      case "TI": {
        const t = rec.thresholds(name);
        out[name] = { dtype: "float64", shape: [t.steps, t.neurons], data: t.data };
        break;
      }
      case "WEE":
      case "WEI":
      case "WIE": {
        const m = rec.matrixSeries(name);
        const data = new Float64Array(m.data.length * m.rows * m.cols);
        m.data.forEach((d, s) => data.set(d, s * m.rows * m.cols));
        out[name] = { dtype: "float64", shape: [m.data.length, m.rows, m.cols], data, steps: [...m.steps] };
        break;
      }
    }
  }
  return out;
}
