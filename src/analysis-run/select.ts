/**
 * Which part of a saved run to analyse: the per-step records restricted to a step range, the
 * weight snapshots taken in that range, and the final state's weight matrices.
 *
 * Step numbers are absolute (the network's step counter t, 0 for a fresh network's first step).
 * A run that ends at step S (`state.step`) with per-step records of T rows recorded its last T
 * steps, so row k is step S − T + k (a file without a step count, e.g. from Python, starts at 0).
 * Weight snapshots carry their own step numbers (`steps`).
 */
import type { RunFile } from "../models/sorn/io/run-file";
import type { RecordArray } from "../models/sorn/io/run-records";
import type { RecordName, SpikeTrain, WeightMatrix } from "../models/sorn/types";
import { denseWeightMatrix } from "./matrix";

/**
 * Bad input to the run analysis: a bad step range or setting, or inconsistent records. `option`
 * names what to blame: "from", "to", another setting's name, or "records" (the file itself).
 */
export class RunAnalysisError extends Error {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

/** The spike trains a run can record, by population. */
export type Population = "excitatory" | "inhibitory" | "recurrent";
export const POPULATION_RECORDS: Readonly<Record<Population, RecordName>> = {
  excitatory: "ExcitatoryActivation",
  inhibitory: "InhibitoryActivation",
  recurrent: "RecurrentActivation",
};

/** Per-step values of a pool, `steps` × `neurons` row-major (the TE/TI records). */
export interface StepSeries {
  steps: number;
  neurons: number;
  data: Float64Array;
}

/** Weight snapshots: `data[s]` is the rows × cols matrix after step `steps[s]`. */
export interface Snapshots {
  rows: number;
  cols: number;
  steps: number[];
  data: Float64Array[];
}

/** A run restricted to steps [from, to). */
export interface RunSelection {
  run: RunFile;
  /** The run's step count at the end: the step the final state belongs to. */
  finalStep: number;
  /** Steps [from, to) the records cover, or null when the run has no records. */
  recorded: { from: number; to: number } | null;
  /** The selected steps [from, to); both equal `finalStep` when there are no records. */
  from: number;
  to: number;
  trains: Partial<Record<Population, SpikeTrain>>;
  counts: Partial<Record<"EEConnectionCounts" | "EIConnectionCounts" | "IEConnectionCounts", Int32Array>>;
  thresholds: Partial<Record<"TE" | "TI", StepSeries>>;
  snapshots: Partial<Record<"WEE" | "WEI" | "WIE", Snapshots>>;
  /** The final state's matrices (Wee (ne, ne), Wei (ni, ne), Wie (ne, ni), [pre, post]). */
  weights: { Wee: WeightMatrix; Wei: WeightMatrix; Wie: WeightMatrix };
}

/** The step range to select; each end defaults to the recorded range's. `to` is exclusive. */
export interface StepRange {
  from?: number;
  to?: number;
}

const PER_STEP: RecordName[] = ["ExcitatoryActivation", "InhibitoryActivation", "RecurrentActivation", "EEConnectionCounts", "EIConnectionCounts", "IEConnectionCounts", "TE", "TI"];

/** Rows × the product of the other dimensions (so Python's (T, n, 1) reads as (T, n)). */
function rowsCols(name: string, r: RecordArray, per: "scalar" | "vector"): [number, number] {
  const [T, ...rest] = r.shape;
  const n = rest.reduce((p, d) => p * d, 1);
  if (r.shape.length === 0 || (per === "scalar" && rest.length > 0) || (per === "vector" && (rest.length === 0 || n === 0))) {
    throw new RunAnalysisError("records", `record ${name} has shape (${r.shape.join(", ")}), expected ${per === "scalar" ? "(steps,)" : "(steps, neurons)"}`);
  }
  if (r.data.length !== T * n) throw new RunAnalysisError("records", `record ${name} holds ${r.data.length} values for shape (${r.shape.join(", ")})`);
  return [T, n];
}

/** The step numbers of a weight record's snapshots (none for other records). */
function stepsOf(r: RecordArray | undefined): number[] {
  return r && "steps" in r && r.steps ? r.steps : [];
}

function checkStep(option: "from" | "to", v: number | undefined): void {
  if (v !== undefined && (!Number.isInteger(v) || v < 0)) throw new RunAnalysisError(option, `must be a non-negative integer step, got ${v}`);
}

/**
 * Select steps [from, to) of a run's records. Throws a RunAnalysisError when the range is empty,
 * reversed or outside the recorded steps, when a range is given for a run without records, or
 * when the per-step records disagree in length.
 */
export function selectRun(run: RunFile, range: StepRange = {}): RunSelection {
  checkStep("from", range.from);
  checkStep("to", range.to);
  const finalStep = run.state.step ?? 0;
  let T: number | undefined;
  for (const name of PER_STEP) {
    const r = run.records[name];
    if (!r) continue;
    const [rows] = rowsCols(name, r, name.endsWith("Counts") ? "scalar" : "vector");
    if (T !== undefined && rows !== T) throw new RunAnalysisError("records", `per-step records differ in length (${T} and ${rows} steps in ${name})`);
    T = rows;
  }
  const snapSteps = (["WEE", "WEI", "WIE"] as const).flatMap((k) => stepsOf(run.records[k]));
  let recorded: RunSelection["recorded"] = null;
  if (T !== undefined && T > 0) recorded = { from: Math.max(0, finalStep - T), to: Math.max(0, finalStep - T) + T };
  else if (snapSteps.length) recorded = { from: Math.min(...snapSteps), to: Math.max(...snapSteps) + 1 };
  if (!recorded && (range.from !== undefined || range.to !== undefined)) {
    throw new RunAnalysisError(range.from !== undefined ? "from" : "to", "the run has no records to select steps from");
  }
  const from = range.from ?? recorded?.from ?? finalStep;
  const to = range.to ?? recorded?.to ?? finalStep;
  if (recorded) {
    const span = `the records cover steps ${recorded.from}–${recorded.to - 1}`;
    if (from < recorded.from || from >= recorded.to) throw new RunAnalysisError("from", `step ${from} is outside the recorded steps (${span})`);
    if (to > recorded.to) throw new RunAnalysisError("to", `step ${to} is past the recorded steps (${span}; to is exclusive, so at most ${recorded.to})`);
    if (from >= to) throw new RunAnalysisError("from", `from (${from}) must be less than to (${to}); the range [from, to) would be empty`);
  }
  const t0 = T !== undefined ? (recorded?.from ?? 0) : 0;
  const a = from - t0;
  const b = to - t0;
  const sel: RunSelection = { run, finalStep, recorded, from, to, trains: {}, counts: {}, thresholds: {}, snapshots: {}, weights: finalWeights(run) };
  for (const [pop, name] of Object.entries(POPULATION_RECORDS) as [Population, RecordName][]) {
    const r = run.records[name];
    if (!r) continue;
    const [, n] = rowsCols(name, r, "vector");
    sel.trains[pop] = { steps: b - a, neurons: n, data: Uint8Array.from(r.data.subarray(a * n, b * n)) };
  }
  for (const name of ["EEConnectionCounts", "EIConnectionCounts", "IEConnectionCounts"] as const) {
    const r = run.records[name];
    if (r) sel.counts[name] = Int32Array.from(r.data.subarray(a, b));
  }
  for (const name of ["TE", "TI"] as const) {
    const r = run.records[name];
    if (!r) continue;
    const [, n] = rowsCols(name, r, "vector");
    sel.thresholds[name] = { steps: b - a, neurons: n, data: Float64Array.from(r.data.subarray(a * n, b * n)) };
  }
  for (const name of ["WEE", "WEI", "WIE"] as const) {
    const r = run.records[name];
    if (!r) continue;
    const [S, rows, cols] = r.shape;
    const steps = stepsOf(r);
    if (r.shape.length !== 3 || steps.length !== S) throw new RunAnalysisError("records", `record ${name} needs shape (snapshots, rows, cols) and one step per snapshot`);
    const keep = steps.map((s, i): [number, number] => [s, i]).filter(([s]) => s >= from && s < to);
    sel.snapshots[name] = { rows, cols, steps: keep.map(([s]) => s), data: keep.map(([, i]) => Float64Array.from(r.data.subarray(i * rows * cols, (i + 1) * rows * cols))) };
  }
  return sel;
}

function finalWeights(run: RunFile): RunSelection["weights"] {
  const m = (k: "Wee" | "Wei" | "Wie") => {
    const a = run.state[k];
    if (!a || a.shape.length !== 2 || a.data.length !== a.shape[0] * a.shape[1]) throw new RunAnalysisError("records", `the final state's ${k} is not a 2-D matrix`);
    return denseWeightMatrix(a.shape[0], a.shape[1], a.data);
  };
  return { Wee: m("Wee"), Wei: m("Wei"), Wie: m("Wie") };
}
