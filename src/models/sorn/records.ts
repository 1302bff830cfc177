import { GrowableArray } from "./growable";
import { SornInputError } from "./params";
import { RECORD_NAMES, type RecordName, type SpikeTrain, type WeightMatrix } from "./types";

/** What a step leaves for the recorder to read (views into the network; copied as needed). */
export interface StepView {
  /** Step number of the step just taken (0-based). */
  t: number;
  x: Uint8Array;
  y: Uint8Array;
  r: Uint8Array;
  Te: Float64Array;
  Ti: Float64Array;
  Wee: WeightMatrix;
  Wei: WeightMatrix;
  Wie: WeightMatrix;
  /** Connection counts taken before this step's plasticity (spec §3.1). */
  countEE: number;
  countEI: number;
  countIE: number;
}

/** A strided series of dense matrix snapshots: `steps[s]` is the step after which `data[s]` was taken. */
export interface MatrixSeries {
  rows: number;
  cols: number;
  steps: number[];
  data: Float64Array[];
}

const ACTIVATIONS = ["ExcitatoryActivation", "InhibitoryActivation", "RecurrentActivation"] as const;
const COUNTS = ["EEConnectionCounts", "EIConnectionCounts", "IEConnectionCounts"] as const;
const MATRICES = ["WEE", "WEI", "WIE"] as const;

/** Check record names, with a clear error naming an unknown one. */
export function checkRecordNames(names: readonly string[]): RecordName[] {
  for (const n of names) {
    if (!(RECORD_NAMES as readonly string[]).includes(n)) throw new SornInputError("callbacks", `unknown record '${n}' (available: ${RECORD_NAMES.join(", ")})`);
  }
  return [...new Set(names)] as RecordName[];
}

/**
 * The package's callbacks, recorded compactly: activations as one bit per neuron per step,
 * counts as int32, TE as float64 per step, weight matrices as dense snapshots every
 * `every` steps. Nothing is kept for records that were not asked for, so memory is flat.
 */
export class Recorder {
  readonly names: ReadonlySet<RecordName>;
  /** Number of steps recorded. */
  steps = 0;
  private readonly bits = new Map<string, { n: number; bytes: number; buf: GrowableArray<Uint8Array>; row: Uint8Array }>();
  private readonly counts = new Map<string, GrowableArray<Int32Array>>();
  private readonly te?: GrowableArray<Float64Array>;
  private ti?: Float64Array;
  private readonly matrices = new Map<string, MatrixSeries>();

  constructor(
    names: readonly string[],
    private readonly ne: number,
    private readonly ni: number,
    /** Stride of the weight records (WEE, WEI, WIE): one snapshot every `every` steps. */
    readonly every = 1,
  ) {
    if (!Number.isInteger(every) || every < 1) throw new SornInputError("record-every", `must be a positive integer, got ${every}`);
    this.names = new Set(checkRecordNames(names));
    for (const a of ACTIVATIONS) {
      if (!this.names.has(a)) continue;
      const n = a === "InhibitoryActivation" ? ni : ne;
      const bytes = Math.ceil(n / 8);
      this.bits.set(a, { n, bytes, buf: new GrowableArray((k) => new Uint8Array(k), bytes * 256), row: new Uint8Array(bytes) });
    }
    for (const c of COUNTS) if (this.names.has(c)) this.counts.set(c, new GrowableArray((k) => new Int32Array(k)));
    if (this.names.has("TE")) this.te = new GrowableArray((k) => new Float64Array(k), ne * 64);
    for (const m of MATRICES) if (this.names.has(m)) this.matrices.set(m, { rows: 0, cols: 0, steps: [], data: [] });
  }

  /** Record one step. */
  record(v: StepView): void {
    this.pack("ExcitatoryActivation", v.x);
    this.pack("InhibitoryActivation", v.y);
    this.pack("RecurrentActivation", v.r);
    this.counts.get("EEConnectionCounts")?.push(v.countEE);
    this.counts.get("EIConnectionCounts")?.push(v.countEI);
    this.counts.get("IEConnectionCounts")?.push(v.countIE);
    this.te?.pushAll(v.Te);
    if (this.names.has("TI") && !this.ti) this.ti = Float64Array.from(v.Ti);
    this.steps++;
    if (this.steps % this.every === 0) {
      this.snapshot("WEE", v.Wee, v.t);
      this.snapshot("WEI", v.Wei, v.t);
      this.snapshot("WIE", v.Wie, v.t);
    }
  }

  private pack(name: string, s: Uint8Array): void {
    const b = this.bits.get(name);
    if (!b) return;
    const row = b.row;
    row.fill(0);
    for (let i = 0; i < b.n; i++) if (s[i]) row[i >> 3] |= 1 << (i & 7);
    b.buf.pushAll(row);
  }

  private snapshot(name: string, m: WeightMatrix, t: number): void {
    const series = this.matrices.get(name);
    if (!series) return;
    series.rows = m.rows;
    series.cols = m.cols;
    series.steps.push(t);
    series.data.push(m.toDense());
  }

  /** An activation record as a T × n spike train. */
  train(name: (typeof ACTIVATIONS)[number]): SpikeTrain {
    const b = this.bits.get(name);
    if (!b) throw new SornInputError("records", `'${name}' was not recorded`);
    const packed = b.buf.view();
    const data = new Uint8Array(this.steps * b.n);
    for (let t = 0; t < this.steps; t++) {
      for (let i = 0; i < b.n; i++) data[t * b.n + i] = (packed[t * b.bytes + (i >> 3)] >> (i & 7)) & 1;
    }
    return { steps: this.steps, neurons: b.n, data };
  }

  /** A connection-count record (one value per step). */
  countSeries(name: (typeof COUNTS)[number]): Int32Array {
    const c = this.counts.get(name);
    if (!c) throw new SornInputError("records", `'${name}' was not recorded`);
    return c.view().slice();
  }

  /** TE: thresholds after each step, T × ne row-major. TI: the constant Ti, T × ni. */
  thresholds(name: "TE" | "TI"): { steps: number; neurons: number; data: Float64Array } {
    if (!this.names.has(name)) throw new SornInputError("records", `'${name}' was not recorded`);
    if (name === "TE") return { steps: this.steps, neurons: this.ne, data: this.te!.view().slice() };
    const data = new Float64Array(this.steps * this.ni);
    for (let t = 0; t < this.steps; t++) data.set(this.ti!, t * this.ni);
    return { steps: this.steps, neurons: this.ni, data };
  }

  /** A weight record (strided snapshots). */
  matrixSeries(name: (typeof MATRICES)[number]): MatrixSeries {
    const m = this.matrices.get(name);
    if (!m) throw new SornInputError("records", `'${name}' was not recorded`);
    return m;
  }
}
