/**
 * Small builders used by the analysis tests (pure TypeScript, kept out of `index.ts`).
 */
import type { SpikeTrain, WeightMatrix } from "../sorn/types";

/** A spike train from rows of '0'/'1' characters, one row per step. */
export function trainFromRows(rows: string[]): SpikeTrain {
  const neurons = rows[0].length;
  const data = new Uint8Array(rows.length * neurons);
  rows.forEach((r, t) => {
    for (let i = 0; i < neurons; i++) data[t * neurons + i] = r[i] === "1" ? 1 : 0;
  });
  return { steps: rows.length, neurons, data };
}

/** A one-neuron train with spikes at the given steps. */
export function trainFromSpikeTimes(steps: number, times: number[]): SpikeTrain {
  const data = new Uint8Array(steps);
  for (const t of times) data[t] = 1;
  return { steps, neurons: 1, data };
}

/** A seeded (mulberry32) Bernoulli train where neuron i spikes with probability rates(i). */
export function randomTrain(steps: number, neurons: number, rate: (i: number) => number, seed: number): SpikeTrain {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  const data = new Uint8Array(steps * neurons);
  for (let t = 0; t < steps; t++) for (let i = 0; i < neurons; i++) data[t * neurons + i] = next() < rate(i) ? 1 : 0;
  return { steps, neurons, data };
}

/** A WeightMatrix over a dense array of rows. */
export function denseWeights(rows: number[][]): WeightMatrix {
  const nr = rows.length;
  const nc = rows[0].length;
  return {
    rows: nr,
    cols: nc,
    nonZeroCount: () => rows.flat().filter((w) => w > 0).length,
    get: (r, c) => rows[r][c],
    forEachNonZero(fn) {
      for (let r = 0; r < nr; r++) for (let c = 0; c < nc; c++) if (rows[r][c] !== 0) fn(r, c, rows[r][c]);
    },
    toDense: () => Float64Array.from(rows.flat()),
  };
}
