/**
 * The run's recorded history — the latest steps the worker keeps (up to 10,000 steps of spikes,
 * 100,000 of summaries) — under the package's record names, as run-file records, JSON or CSV;
 * and back: a run file's records as the history of the loaded run. Connection counts are taken
 * before each step's plasticity, as the package's callbacks do.
 */
import { toNested } from "../../models/io/nested";
import { SornInputError } from "../../models/sorn/params";
import type { RunFile } from "../../models/sorn/io/run-file";
import { columnsToCsv } from "../csv";
import type { RunHistory } from "../run-history";
import type { Simulation } from "../simulation";

/** Steps of history every record covers: the overlap of the spike and summary histories. */
function coveredSteps(sim: Simulation): number {
  return Math.min(sim.spikes.held, sim.series.held);
}

/**
 * The history as run-file records (ExcitatoryActivation, InhibitoryActivation, both counts);
 * none before the first step (an empty (0, n) array does not survive JSON's nested lists). A
 * count that is not known at every step (loaded from a file without it) is left out.
 */
export function historyRecords(sim: Simulation): RunFile["records"] {
  const T = coveredSteps(sim);
  if (T === 0) return {};
  const e = sim.spikes.train("E", T);
  const i = sim.spikes.train("I", T);
  const s = sim.series.latest(T).series;
  const counts = (v: Float64Array) => (v.every(Number.isFinite) ? { dtype: "int32" as const, shape: [T], data: Int32Array.from(v) } : undefined);
  const out: RunFile["records"] = {
    ExcitatoryActivation: { dtype: "uint8", shape: [T, e.neurons], data: e.data },
    InhibitoryActivation: { dtype: "uint8", shape: [T, i.neurons], data: i.data },
  };
  const ee = counts(s.countEE);
  const ei = counts(s.countEI);
  if (ee) out.EEConnectionCounts = ee;
  if (ei) out.EIConnectionCounts = ei;
  return out;
}

/** Sum of `v[from … from + n − 1]`, in index order (as the observer sums). */
function sumOf(v: ArrayLike<number>, from: number, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += v[from + i];
  return sum;
}

/**
 * A run file's records as the history of the loaded run (the inverse of {@link historyRecords}):
 * the spikes of both activation records, the active counts recomputed from them, the connection
 * counts from their records, and the mean E threshold per step from TE when it was recorded,
 * else at the last step only (from the state's Te; earlier steps are not known). A file without
 * both activation records gives no history and a note why; records that do not fit the state
 * throw a SornInputError naming them.
 */
export function historyFromRecords(run: RunFile, ne: number, ni: number): { history: RunHistory | null; note: string | null } {
  const r = run.records;
  const t = run.state.step ?? 0;
  const E = r.ExcitatoryActivation;
  const I = r.InhibitoryActivation;
  if (!E || !I) return { history: null, note: t > 0 ? "The file holds no spike records (ExcitatoryActivation and InhibitoryActivation); the panels start at the load point." : null };
  const T = E.shape[0];
  const check = (name: string, shape: number[], expected: number[]) => {
    if (shape.length !== expected.length || shape.some((d, k) => d !== expected[k])) {
      throw new SornInputError(`file.records.${name}`, `has shape (${shape.join(", ")}); the run needs (${expected.join(", ")})`);
    }
  };
  if (T > t) throw new SornInputError("file.records.ExcitatoryActivation", `holds ${T} steps but the state is at step ${t}`);
  check("ExcitatoryActivation", E.shape, [T, ne]);
  check("InhibitoryActivation", I.shape, [T, ni]);
  const e = E.data instanceof Uint8Array ? E.data : Uint8Array.from(E.data);
  const i = I.data instanceof Uint8Array ? I.data : Uint8Array.from(I.data);
  const series: Record<string, ArrayLike<number>> = {
    popE: Float64Array.from({ length: T }, (_, s) => sumOf(e, s * ne, ne)),
    popI: Float64Array.from({ length: T }, (_, s) => sumOf(i, s * ni, ni)),
  };
  for (const [name, key] of [["EEConnectionCounts", "countEE"], ["EIConnectionCounts", "countEI"]] as const) {
    const c = r[name];
    if (!c) continue;
    check(name, c.shape, [T]);
    series[key] = Float64Array.from(c.data);
  }
  const meanTe = new Float64Array(T).fill(NaN);
  const TE = r.TE;
  if (TE) {
    check("TE", TE.shape, [T, ne]);
    for (let s = 0; s < T; s++) meanTe[s] = sumOf(TE.data, s * ne, ne) / ne;
  } else if (T > 0 && run.state.Te) meanTe[T - 1] = sumOf(run.state.Te.data, 0, ne) / ne;
  series.meanTe = meanTe;
  return { history: { steps: T, spikes: { E: e, I: i }, series }, note: null };
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
