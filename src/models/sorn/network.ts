import { buildNetwork, type Network } from "./construct";
import { zeroInput, type InputSource } from "../inputs";
import { inhibitoryCount, resolveParams, SornInputError, type Phase, type SornParams } from "./params";
import { type Rule } from "./rules";
import { Recorder, type StepView } from "./records";
import { NumpyRandom } from "../rng/numpy-random";
import { PythonRandom } from "../rng/python-random";
import { checkSeed } from "../params/seed";
import { PLASTICITY_RULES, ruleNamed, type SornRule } from "./rules";
import { emptyColumnWarnings } from "./rules/normalization";
import { StepFrame } from "./frame";
import { StepSampler } from "./observation";
import { checkNoise, checkPhase, liveParams } from "./settings";
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
  readonly net: Network;
  readonly np: NumpyRandom;
  readonly py: PythonRandom;
  recorder: Recorder;
  /** The step's states and buffers; the context every rule is applied to. */
  private readonly frame: StepFrame;
  private currentPhase: Phase;
  /** The frozen rules' names, and the rules that are on, in order: what the step runs. */
  private readonly frozen = new Set<string>();
  private running: readonly SornRule[] = PLASTICITY_RULES;
  private noiseOn: boolean;
  /** What the recorder reads after each step; one object, updated in place. */
  private readonly view: StepView;
  /** The E and I populations, the spike groups every observer sees. */
  readonly spikeGroups: readonly SpikeGroup[];
  private observer: StepObserver | null = null;
  private readonly sampler = new StepSampler();

  constructor(options: NetworkOptions = {}) {
    const given = { ...(options.params ?? {}) } as Record<string, unknown>;
    if (options.state && given.ne === undefined) given.ne = options.state.Wee.shape[0];
    this.params = resolveParams(given);
    this.ne = this.params.ne;
    this.ni = inhibitoryCount(this.ne);
    const seed = checkSeed(options.seed ?? 0);
    this.seed = seed;
    this.np = new NumpyRandom(seed);
    this.py = new PythonRandom(seed);
    this.currentPhase = checkPhase(options.phase ?? "plasticity");
    this.freeze(options.freeze ?? []);
    this.noiseOn = options.noise ?? true;
    const { ne, ni } = this;
    const restored = options.state ? networkFromState(options.state, this.params, this.np, this.py) : undefined;
    this.net = restored?.net ?? buildNetwork(this.params, this.np, this.py);
    this.t = restored?.step ?? 0;
    const states = restored ?? { xPrev: new Uint8Array(ne), x: new Uint8Array(ne), yPrev: new Uint8Array(ni), y: new Uint8Array(ni) };
    this.frame = new StepFrame(this.net, this.params, this.np, this.py, states);
    this.recorder = new Recorder(options.records ?? [], ne, ni, options.recordEvery ?? 1);
    const { Wee, Wei, Wie, Te, Ti } = this.net;
    this.view = { t: 0, x: this.x, y: this.y, r: this.r, Te, Ti, Wee, Wei, Wie, countEE: 0, countEI: 0, countIE: 0 };
    this.spikeGroups = [{ name: "E", size: ne }, { name: "I", size: ni }];
  }

  /** x(t−1), x(t), y(t−1), y(t) as 0/1; r(t) is the E state without input (spec §3.4). */
  get xPrev(): Uint8Array {
    return this.frame.xPrev;
  }
  get x(): Uint8Array {
    return this.frame.x;
  }
  get yPrev(): Uint8Array {
    return this.frame.yPrev;
  }
  get y(): Uint8Array {
    return this.frame.y;
  }
  get r(): Uint8Array {
    return this.frame.r;
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
    if (name === "noise") return value === undefined ? this.noiseOn : this.noise(checkNoise(value));
    throw new SornInputError("setting", `unknown setting '${name}' (settings: phase, noise)`);
  }

  /** E neurons that lost all E or all I input at the last normalisation, as messages. */
  warnings(): string[] {
    const { eeEmpty, eiEmpty } = this.frame.normalized;
    return emptyColumnWarnings(eeEmpty, eiEmpty);
  }

  /** The phase: 'plasticity' runs the unfrozen rules, 'training' none. With an argument, sets it. */
  phase(): Phase;
  phase(p: string): this;
  phase(p?: string): Phase | this {
    if (p === undefined) return this.currentPhase;
    this.currentPhase = checkPhase(p);
    return this;
  }

  /** Replace the set of frozen rules (unknown names are an error): they leave the step. */
  freeze(rules: readonly string[]): this {
    const names = rules.map((r) => ruleNamed(r, "freeze").name);
    this.frozen.clear();
    for (const r of names) this.frozen.add(r);
    return this.rebuildRules();
  }

  /** The frozen rules, in the step's order. */
  frozenRules(): Rule[] {
    return PLASTICITY_RULES.filter((r) => this.frozen.has(r.name)).map((r) => r.name as Rule);
  }

  /** Whether rule `name` is on; with `on`, switch it (on: back in the step, in its place). */
  rule(name: string): boolean;
  rule(name: string, on: boolean): this;
  rule(name: string, on?: boolean): boolean | this {
    ruleNamed(name, "rule");
    if (on === undefined) return !this.frozen.has(name);
    if (on) this.frozen.delete(name);
    else this.frozen.add(name);
    return this.rebuildRules();
  }

  /** The registered rules minus the frozen ones, in order (built here, not in the step). */
  private rebuildRules(): this {
    this.running = PLASTICITY_RULES.filter((r) => !this.frozen.has(r.name));
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
    // In place: the frame (the rules' context) holds this object.
    Object.assign(this.params, liveParams(this.params, changes));
    return this;
  }

  /**
   * Advance n steps (spec §3). `input` supplies u(t); without it the input is 0.
   * Order per step: connection counts; noise ξE (ne) then ξI (ni); drives and new states;
   * then, in the plasticity phase, the rules that are on, in `PLASTICITY_RULES` order (STDP, IP,
   * SP, iSTDP, SS); the shift; records; the observer.
   */
  step(n = 1, input?: InputSource): this {
    if (!Number.isInteger(n) || n < 0) throw new SornInputError("steps", `must be a non-negative integer, got ${n}`);
    const source = input ?? zeroInput(this.params.nu);
    if (source.nu !== this.params.nu) throw new SornInputError("inputs", `must have nu = ${this.params.nu} rows, got ${source.nu}`);
    for (let s = 0; s < n; s++) this.stepOnce(source);
    return this;
  }

  private stepOnce(source: InputSource): void {
    const { Wee, Wei, Wie, Te } = this.net;
    const countEE = Wee.nonZeroCount();
    const countEI = Wei.nonZeroCount();
    const countIE = Wie.nonZeroCount();
    const f = this.frame;
    f.drawNoise(this.noiseOn);
    source.fill(this.t, f.input);
    f.computeStates();
    if (this.currentPhase === "plasticity") {
      const rules = this.running;
      for (let i = 0; i < rules.length; i++) rules[i].apply(f);
    }
    f.shift();
    const v = this.view;
    v.t = this.t;
    v.x = f.x;
    v.y = f.y;
    v.countEE = countEE;
    v.countEI = countEI;
    v.countIE = countIE;
    this.recorder.record(v);
    this.t++;
    if (this.observer) this.observer(this.sampler.fill(this.t, f.x, f.y, Te, countEE, countEI));
  }

  /** E neurons whose E (resp. I) input vanished at the last normalisation (a fresh object). */
  get emptyColumns(): { ee: number; ei: number } {
    const { eeEmpty, eiEmpty } = this.frame.normalized;
    return { ee: eeEmpty, ei: eiEmpty };
  }

  /** The package's state dict (plus step count, IP targets and generator states), as copies. */
  state(): SornState {
    return stateOf(this);
  }
}
