/**
 * The run's recorded history — the latest steps the worker keeps (up to 10,000 steps of spikes,
 * 100,000 of summaries) — under the package's record names, as run-file records, JSON or CSV.
 * Connection counts are taken before each step's plasticity, as the package's callbacks do.
 */
import { toNested } from "../../models/io/nested";
import type { RunFile } from "../../models/sorn/io/run-file";
import { columnsToCsv } from "../csv";
import type { Simulation } from "../simulation";

/** Steps of history every record covers: the overlap of the spike and summary histories. */
function coveredSteps(sim: Simulation): number {
  return Math.min(sim.spikes.held, sim.series.held);
}

/**
 * The history as run-file records (ExcitatoryActivation, InhibitoryActivation, both counts);
 * none before the first step (an empty (0, n) array does not survive JSON's nested lists).
 */
export function historyRecords(sim: Simulation): RunFile["records"] {
  const T = coveredSteps(sim);
  if (T === 0) return {};
  const e = sim.spikes.train("E", T);
  const i = sim.spikes.train("I", T);
  const s = sim.series.latest(T).series;
  return {
    ExcitatoryActivation: { dtype: "uint8", shape: [T, e.neurons], data: e.data },
    InhibitoryActivation: { dtype: "uint8", shape: [T, i.neurons], data: i.data },
    EEConnectionCounts: { dtype: "int32", shape: [T], data: Int32Array.from(s.countEE) },
    EIConnectionCounts: { dtype: "int32", shape: [T], data: Int32Array.from(s.countEI) },
  };
}

/** Step numbers t0 … t0 + T − 1 of the covered history (steps count from 1). */
function stepNumbers(sim: Simulation, T: number): Float64Array {
  const first = sim.t - T + 1;
  return Float64Array.from({ length: T }, (_, k) => first + k);
}

/**
 * JSON: `{format: "sorn-lab-records", steps: [...], records: {ExcitatoryActivation: T×ne 0/1
 * lists, InhibitoryActivation, EEConnectionCounts, EIConnectionCounts}, summaries: {activeE,
 * activeI, meanTe}, seed, params}`.
 */
export function recordsJson(sim: Simulation): string {
  const T = coveredSteps(sim);
  const rec = historyRecords(sim);
  const s = sim.series.latest(T).series;
  const records: Record<string, unknown> = {};
  for (const [name, r] of Object.entries(rec)) if (r) records[name] = toNested(r.shape, r.data);
  return JSON.stringify({
    format: "sorn-lab-records",
    version: 1,
    seed: sim.config.seed,
    params: sim.config.params,
    steps: Array.from(stepNumbers(sim, T)),
    records,
    summaries: { activeE: Array.from(s.popE), activeI: Array.from(s.popI), meanTe: Array.from(s.meanTe) },
  });
}

/**
 * CSV, one row per step: step, active E, active I, Wee and Wei connection counts (before the
 * step's plasticity), mean Te, then one 0/1 column per E neuron (x0…) and per I neuron (y0…).
 */
export function recordsCsv(sim: Simulation): string {
  const T = coveredSteps(sim);
  const s = sim.series.latest(T).series;
  const e = sim.spikes.train("E", T);
  const i = sim.spikes.train("I", T);
  const header = ["step", "active_e", "active_i", "ee_connections", "ei_connections", "mean_te"];
  const columns: ArrayLike<number>[] = [stepNumbers(sim, T), s.popE, s.popI, s.countEE, s.countEI, s.meanTe];
  const column = (w: typeof e, j: number) => {
    const c = new Uint8Array(T);
    for (let t = 0; t < T; t++) c[t] = w.data[t * w.neurons + j];
    return c;
  };
  for (let j = 0; j < e.neurons; j++) {
    header.push(`x${j}`);
    columns.push(column(e, j));
  }
  for (let j = 0; j < i.neurons; j++) {
    header.push(`y${j}`);
    columns.push(column(i, j));
  }
  return columnsToCsv(header, columns);
}
