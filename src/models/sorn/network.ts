import { buildNetwork, type Network } from "./construct";
import { zeroInput, type InputSource } from "../inputs";
import { inhibitoryCount, PARAM_SPECS, PHASES, resolveParams, RULES, SornInputError, type Phase, type Rule, type SornParams } from "./params";
import { Recorder, type StepView } from "./records";
import { NumpyRandom } from "../rng/numpy-random";
import { PythonRandom } from "../rng/python-random";
import { applyIp } from "./rules/ip";
import { applyIstdp } from "./rules/istdp";
import { applyNormalization } from "./rules/normalization";
import { applySp, spTriggers } from "./rules/sp";
import { applyStdp } from "./rules/stdp";
import { activeList, scatterActive, scatterThroughIndex } from "./drives";
import { networkFromState, stateOf } from "./state";
import type { SornState } from "./types";
import type { Model, SpikeGroup, StepObserver } from "../model";

/** How to create a network: fresh from a seed, or resumed from a state. */
export interface NetworkOptions {
  /** Hyperparameters by the package's names; the rest take the package's defaults. */
  params?: Partial<Record<keyof SornParams, unknown>>;
  /** S means `np.random.seed(S); random.seed(S)` in the package. Default 0. */
  seed?: number;
  /** Resume from this state instead of building a network. */
  state?: SornState;
  /** "plasticity" (default) or "training"; anything else is an error. */
  phase?: string;
  /** Rules to switch off: any of 'stdp', 'ip', 'sp', 'istdp', 'ss'. */
  freeze?: readonly string[];
  /** Gaussian noise on the drives (default true). */
  noise?: boolean;
  /** Records ("callbacks") to keep, by the package's names. */
  records?: readonly string[];
  /** Stride of the weight records. */
  recordEvery?: number;
}

/**
 * A SORN (Lazar, Pipa & Triesch 2009) as the Python package `sorn` computes it, bit for bit.
 * Shaped like d3-force's simulation: `step(n)` advances with no timer, rules switch on and off
 * by name, state is read and saved at any time.
 */
export class SornNetwork implements Model<SornParams, SornState> {
  readonly family = "sorn";
  readonly params: SornParams;
  readonly ne: number;
  readonly ni: number;
  /** The seed the generators were seeded with (np.random.seed(S); random.seed(S)). */
  readonly seed: number;
  /** Steps simulated so far. */
  t: number;
  /** x(t−1), x(t), y(t−1), y(t) as 0/1; r(t) is the E state without input (spec §3.4). */
  xPrev: Uint8Array;
  x: Uint8Array;
  yPrev: Uint8Array;
  y: Uint8Array;
  r: Uint8Array;
  readonly net: Network;
  readonly np: NumpyRandom;
  readonly py: PythonRandom;
  recorder: Recorder;
  /** Written by each normalisation: E neurons whose E (resp. I) input vanished. */
  private readonly normalized = { eeEmpty: 0, eiEmpty: 0 };
  private currentPhase: Phase;
  private readonly frozen = new Set<Rule>();
  private noiseOn: boolean;
  private xNext: Uint8Array;
  private yNext: Uint8Array;
  private readonly driveE: Float64Array;
  private readonly inhibition: Float64Array;
  private readonly driveI: Float64Array;
  private readonly noiseE: Float64Array;
  private readonly noiseI: Float64Array;
  private readonly input: Float64Array;
  private readonly active: Int32Array;
  /** The active E (resp. I) neurons of x(t) (y(t)), ascending: the rows the drives visit. */
  private readonly xList: Int32Array;
  private readonly yList: Int32Array;
  /** What the recorder reads after each step; one object, updated in place. */
  private readonly view: StepView;
  /** The E and I populations, the spike groups every observer sees. */
  readonly spikeGroups: readonly SpikeGroup[];
  private observer: StepObserver | null = null;
  /** What the observer sees: [x, y] and the series of `SORN_SERIES`, updated in place. */
  private readonly sample: { t: number; spikes: Uint8Array[]; series: Float64Array };

  constructor(options: NetworkOptions = {}) {
    const given = { ...(options.params ?? {}) } as Record<string, unknown>;
    if (options.state && given.ne === undefined) given.ne = options.state.Wee.shape[0];
    this.params = resolveParams(given);
    this.ne = this.params.ne;
    this.ni = inhibitoryCount(this.ne);
    const seed = options.seed ?? 0;
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new SornInputError("seed", `must be an integer in [0, 2^32), got ${seed}`);
    this.seed = seed;
    this.np = new NumpyRandom(seed);
    this.py = new PythonRandom(seed);
    this.currentPhase = checkPhase(options.phase ?? "plasticity");
    this.freeze(options.freeze ?? []);
    this.noiseOn = options.noise ?? true;
    const { ne, ni } = this;
    if (options.state) {
      const restored = networkFromState(options.state, this.params, this.np, this.py);
      this.net = restored.net;
      this.t = restored.step;
      [this.xPrev, this.x, this.yPrev, this.y] = [restored.xPrev, restored.x, restored.yPrev, restored.y];
    } else {
      this.net = buildNetwork(this.params, this.np, this.py);
      this.t = 0;
      [this.xPrev, this.x, this.yPrev, this.y] = [new Uint8Array(ne), new Uint8Array(ne), new Uint8Array(ni), new Uint8Array(ni)];
    }
    this.r = new Uint8Array(ne);
    this.xNext = new Uint8Array(ne);
    this.yNext = new Uint8Array(ni);
    this.driveE = new Float64Array(ne);
    this.inhibition = new Float64Array(ne);
    this.driveI = new Float64Array(ni);
    this.noiseE = new Float64Array(ne);
    this.noiseI = new Float64Array(ni);
    this.input = new Float64Array(this.params.nu);
    this.active = new Int32Array(ne);
    this.xList = new Int32Array(ne);
    this.yList = new Int32Array(ni);
    this.recorder = new Recorder(options.records ?? [], ne, ni, options.recordEvery ?? 1);
    const { Wee, Wei, Wie, Te, Ti } = this.net;
    this.view = { t: 0, x: this.x, y: this.y, r: this.r, Te, Ti, Wee, Wei, Wie, countEE: 0, countEI: 0, countIE: 0 };
    this.spikeGroups = [
      { name: "E", size: ne },
      { name: "I", size: ni },
    ];
    this.sample = { t: 0, spikes: [this.x, this.y], series: new Float64Array(5) };
  }

  /** Input channels u(t): nu. */
  get inputs(): number {
    return this.params.nu;
  }

  /**
   * Attach the per-step observer (null detaches). After each step it sees x(t+1), y(t+1) and
   * the series E activity Σx, I activity Σy, the Wee and Wei connection counts taken before the
   * step's plasticity, and the mean E threshold ⟨Te⟩ after it. Nothing is drawn from the
   * generators, so observing never changes a run.
   */
  observe(observer: StepObserver | null): this {
    this.observer = observer;
    return this;
  }

  /** 'phase' ('plasticity' | 'training') or 'noise' (boolean); with a value, set it. */
  setting(name: string): string | boolean;
  setting(name: string, value: string | boolean): this;
  setting(name: string, value?: string | boolean): string | boolean | this {
    if (name === "phase") return value === undefined ? this.currentPhase : this.phase(String(value));
    if (name === "noise") {
      if (value === undefined) return this.noiseOn;
      if (typeof value !== "boolean") throw new SornInputError("noise", `must be true or false, got ${JSON.stringify(value)}`);
      return this.noise(value);
    }
    throw new SornInputError("setting", `unknown setting '${name}' (settings: phase, noise)`);
  }

  /** E neurons that lost all E or all I input at the last normalisation, as messages. */
  warnings(): string[] {
    const { eeEmpty, eiEmpty } = this.normalized;
    const out: string[] = [];
    if (eeEmpty) out.push(`${eeEmpty} E neuron${eeEmpty > 1 ? "s have" : " has"} lost all E→E input`);
    if (eiEmpty) out.push(`${eiEmpty} E neuron${eiEmpty > 1 ? "s have" : " has"} lost all I→E input`);
    return out;
  }

  /** The phase: 'plasticity' runs the unfrozen rules, 'training' none. With an argument, sets it. */
  phase(): Phase;
  phase(p: string): this;
  phase(p?: string): Phase | this {
    if (p === undefined) return this.currentPhase;
    this.currentPhase = checkPhase(p);
    return this;
  }

  /** Replace the set of frozen rules (unknown names are an error). */
  freeze(rules: readonly string[]): this {
    const next = new Set<Rule>();
    for (const r of rules) {
      if (!(RULES as readonly string[]).includes(r)) throw new SornInputError("freeze", `unknown rule '${r}' (rules: ${RULES.join(", ")})`);
      next.add(r as Rule);
    }
    this.frozen.clear();
    for (const r of next) this.frozen.add(r);
    return this;
  }

  /** The frozen rules. */
  frozenRules(): Rule[] {
    return RULES.filter((r) => this.frozen.has(r));
  }

  /** Whether rule `name` is on; with `on`, switch it. */
  rule(name: string): boolean;
  rule(name: string, on: boolean): this;
  rule(name: string, on?: boolean): boolean | this {
    if (!(RULES as readonly string[]).includes(name)) throw new SornInputError("rule", `unknown rule '${name}' (rules: ${RULES.join(", ")})`);
    const r = name as Rule;
    if (on === undefined) return !this.frozen.has(r);
    if (on) this.frozen.delete(r);
    else this.frozen.add(r);
    return this;
  }

  /** Whether noise is on; with an argument, switch it. */
  noise(): boolean;
  noise(on: boolean): this;
  noise(on?: boolean): boolean | this {
    if (on === undefined) return this.noiseOn;
    this.noiseOn = on;
    return this;
  }

  /**
   * Change hyperparameters that need no new network (learning rates, noise σ, bounds, SP
   * settings); structural ones (ne, nu, λ, network types, σ_ip, h_ip, Ti range) are refused.
   */
  setParams(changes: Readonly<Record<string, unknown>>): this {
    for (const key of Object.keys(changes)) {
      const spec = PARAM_SPECS.find((s) => s.name === key);
      if (spec?.structural) throw new SornInputError(key, "changes the network's structure; build a new network (reset) to change it");
    }
    const next = resolveParams({ ...this.params, ...changes });
    Object.assign(this.params, next);
    return this;
  }

  /**
   * Advance n steps (spec §3). `input` supplies u(t); without it the input is 0.
   * Order per step: connection counts; noise ξE (ne) then ξI (ni); drives and new states;
   * then, in the plasticity phase, STDP, IP, SP, iSTDP, SS minus the frozen ones; records.
   */
  step(n = 1, input?: InputSource): this {
    if (!Number.isInteger(n) || n < 0) throw new SornInputError("steps", `must be a non-negative integer, got ${n}`);
    const source = input ?? zeroInput(this.params.nu);
    if (source.nu !== this.params.nu) throw new SornInputError("inputs", `must have nu = ${this.params.nu} rows, got ${source.nu}`);
    for (let s = 0; s < n; s++) this.stepOnce(source);
    return this;
  }

  private stepOnce(source: InputSource): void {
    const { Wee, Wei, Wie } = this.net;
    const countEE = Wee.nonZeroCount();
    const countEI = Wei.nonZeroCount();
    const countIE = Wie.nonZeroCount();
    const p = this.params;
    if (this.noiseOn) {
      this.np.normalFill(this.noiseE, 0, p.noise_sigma);
      this.np.normalFill(this.noiseI, 0, p.noise_sigma);
    } else {
      this.noiseE.fill(0);
      this.noiseI.fill(0);
    }
    source.fill(this.t, this.input);
    this.computeStates();
    if (this.currentPhase === "plasticity") this.plasticity();
    // Shift: X ← [x, x'], Y ← [y, y'] (the three buffers rotate; nothing is allocated).
    const xOld = this.xPrev;
    this.xPrev = this.x;
    this.x = this.xNext;
    this.xNext = xOld;
    const yOld = this.yPrev;
    this.yPrev = this.y;
    this.y = this.yNext;
    this.yNext = yOld;
    const v = this.view;
    v.t = this.t;
    v.x = this.x;
    v.y = this.y;
    v.countEE = countEE;
    v.countEI = countEI;
    v.countIE = countIE;
    this.recorder.record(v);
    this.t++;
    if (this.observer) this.notify(countEE, countEI);
  }

  private notify(countEE: number, countEI: number): void {
    const { x, y, sample } = this;
    const Te = this.net.Te;
    let popE = 0;
    for (let i = 0; i < x.length; i++) popE += x[i];
    let popI = 0;
    for (let k = 0; k < y.length; k++) popI += y[k];
    let sumTe = 0;
    for (let i = 0; i < Te.length; i++) sumTe += Te[i];
    sample.t = this.t;
    sample.spikes[0] = x;
    sample.spikes[1] = y;
    const s = sample.series;
    s[0] = popE;
    s[1] = popI;
    s[2] = countEE;
    s[3] = countEI;
    s[4] = sumTe / Te.length;
    this.observer!(sample);
  }

  /**
   * e_i = Σ_j Wee[j,i]·x_j and d_i = Σ_k Wei[k,i]·y_k, summed over active presynaptic neurons
   * in ascending order (bit-identical to numpy's column sums, whose other terms are exact zeros);
   * x'_i = [((((e_i − d_i) + ξE_i) + u_i) − Te_i) > 0], r_i = [(((e_i − d_i) + ξE_i) − Te_i) > 0],
   * y'_k = [((Σ_j Wie[j,k]·x_j) + ξI_k) − Ti_k > 0] with Wie summed over active rows ascending.
   */
  private computeStates(): void {
    const { Wee, Wei, Wie, Te, Ti } = this.net;
    const { ne, ni, x, y, driveI, noiseE, noiseI, input } = this;
    const nu = input.length;
    const xNext = this.xNext;
    const r = this.r;
    const driveE = this.driveE;
    const xList = this.xList;
    const xCount = activeList(x, xList);
    const yCount = activeList(y, this.yList);
    driveE.fill(0);
    scatterThroughIndex(Wee, xList, xCount, driveE);
    const inhibition = this.inhibition;
    inhibition.fill(0);
    scatterThroughIndex(Wei, this.yList, yCount, inhibition);
    for (let i = 0; i < ne; i++) {
      const h = driveE[i] - inhibition[i] + noiseE[i];
      r[i] = h - Te[i] > 0 ? 1 : 0;
      xNext[i] = (i < nu ? h + input[i] : h) - Te[i] > 0 ? 1 : 0;
    }
    driveI.fill(0);
    scatterActive(Wie, xList, xCount, driveI);
    const yNext = this.yNext;
    for (let k = 0; k < ni; k++) yNext[k] = driveI[k] + noiseI[k] - Ti[k] > 0 ? 1 : 0;
  }

  private plasticity(): void {
    const p = this.params;
    const { Wee, Wei, Te, Hip } = this.net;
    const frozen = this.frozen;
    if (!frozen.has("stdp")) {
      let count = 0;
      for (let j = 0; j < this.ne; j++) if (this.x[j] | this.xNext[j]) this.active[count++] = j;
      applyStdp(Wee, this.x, this.xNext, this.active, count, p.eta_stdp, p.w_min, p.w_max);
    }
    if (!frozen.has("ip")) applyIp(Te, this.xNext, Hip, p.eta_ip, p.te_min, p.te_max);
    if (!frozen.has("sp") && spTriggers(this.np, p.sp_prob)) applySp(Wee, this.py, p.sp_weight);
    if (!frozen.has("istdp")) applyIstdp(Wei, this.y, this.xNext, p.eta_inhib, p.mu_ip, p.w_min, p.w_max);
    if (!frozen.has("ss")) {
      applyNormalization(Wee, Wei, this.normalized);
    }
  }

  /** E neurons whose E (resp. I) input vanished at the last normalisation (a fresh object). */
  get emptyColumns(): { ee: number; ei: number } {
    return { ee: this.normalized.eeEmpty, ei: this.normalized.eiEmpty };
  }

  /** The package's state dict (plus step count, IP targets and generator states), as copies. */
  state(): SornState {
    return stateOf(this);
  }
}

function checkPhase(p: string): Phase {
  if (!(PHASES as readonly string[]).includes(p)) throw new SornInputError("phase", `must be 'plasticity' or 'training', got '${p}'`);
  return p as Phase;
}
