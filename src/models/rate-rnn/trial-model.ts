/**
 * What the seam's rate-RNN and LIF models share (`rate-model.ts`, `lif/model.ts`): the rate model
 * they run (a model file, or the untrained network of (task, n, activation, seed)), the checked
 * seed and parameters, the `drive` setting, the score of the finished trials, no rules, the
 * observer, the untrained warning, and where a saved run stood. Each subclass adds its dynamics:
 * `step`, `state` and `restore`, and `dropTrial` (a drive change starts the next step afresh).
 * `createTrialModel` is both families' `create`.
 */
import type { ModelOptions, StepObserver } from "../model";
import { mergeParams } from "../params/codec";
import { SornInputError } from "../params/error";
import type { ParamSchema } from "../params/schema";
import { checkSeed } from "../params/seed";
import { checkDrive, checkRunPosition, checkSettingName, noSuchRule, TrialScore, type Drive } from "./drive";
import type { RateModel } from "./model-file";
import { rateModelFor, untrainedWarning, type RateSourceParams } from "./source";

/** Where a saved run stood (the part of a state both families have). */
export interface SavedRun<P> {
  format: string;
  model: RateModel;
  params: P;
  seed: number;
  drive: Drive;
  t: number;
  score: { trial: number; finished: number; correct: number };
}

/** The shared half of a rate-RNN or LIF model (see the module doc). */
export abstract class TrialModel<P extends RateSourceParams> {
  readonly params: P;
  readonly seed: number;
  readonly rateModel: RateModel;
  t = 0;
  protected drive: Drive;
  protected readonly score = new TrialScore();
  protected observer: StepObserver | null = null;

  protected constructor(readonly family: string, private readonly schema: ParamSchema, defaults: P, params: object | undefined, seed: unknown, given: unknown, drive: unknown) {
    const requested = mergeParams(schema, {}, { ...params }) as Partial<P>;
    this.seed = checkSeed(seed);
    const { model, source } = rateModelFor(given, requested, defaults, this.seed);
    this.rateModel = model;
    this.params = { ...defaults, ...requested, ...source };
    this.drive = checkDrive(drive);
  }

  /** Forget the running trial: the next step begins one under the current drive. */
  protected abstract dropTrial(): void;

  /** `changes` merged into the params and checked; a structural change is refused, naming it. */
  protected nextParams(changes: Readonly<Record<string, unknown>>): P {
    const next = mergeParams(this.schema, this.params as Record<string, unknown>, changes) as P;
    for (const k of Object.keys(changes)) {
      const key = k as keyof P;
      if (this.schema.find((p) => p.name === k)!.structural && next[key] !== this.params[key]) throw new SornInputError(k, "changes the network: it needs a new model (a reset)");
    }
    return next;
  }

  rule(name: string): boolean;
  rule(name: string, on: boolean): this;
  rule(name: string): boolean | this {
    return noSuchRule(this.family, name);
  }

  setting(name: string): string | boolean;
  setting(name: string, value: string | boolean): this;
  setting(name: string, value?: string | boolean): string | boolean | this {
    checkSettingName(this.family, name);
    if (value === undefined) return this.drive;
    const d = checkDrive(value);
    if (d !== this.drive) {
      this.drive = d;
      this.dropTrial();
    }
    return this;
  }

  observe(observer: StepObserver | null): this {
    this.observer = observer;
    return this;
  }

  /** Untrained networks say so. */
  warnings(): string[] {
    return untrainedWarning(this.rateModel);
  }

  /** The shared half of `state()`. */
  protected savedRun(format: string): SavedRun<P> {
    return { format, model: this.rateModel, params: { ...this.params }, seed: this.seed, drive: this.drive, t: this.t, score: { trial: this.score.trial, finished: this.score.finished, correct: this.score.correct } };
  }

  /** The shared half of `restore()`: t and the score, checked. */
  protected restoreRun(s: SavedRun<P>): void {
    checkRunPosition(s.t, s.score);
    this.t = s.t;
    Object.assign(this.score, { trial: s.score.trial, finished: s.score.finished, correct: s.score.correct });
  }
}

/** A model that continues from a state of its own kind. */
interface Restorable<S> {
  restore(s: S): this;
  setParams(changes: Readonly<Record<string, unknown>>): this;
  setting(name: string, value: string | boolean): this;
}

/**
 * `create` of a family `id` whose saved states have `format`: from a saved state (then the
 * options' params and drive on top), or new from (params, seed, a model file in `state`, drive).
 */
export function createTrialModel<S extends SavedRun<unknown>, M extends Restorable<S>>(id: string, format: string, o: ModelOptions, make: (params: object | undefined, seed: unknown, given: unknown, drive: unknown) => M): M {
  for (const r of o.off ?? []) noSuchRule(id, r);
  if (o.records?.length) throw new SornInputError("records", `the ${id} family keeps no records (asked for ${o.records.join(", ")})`);
  for (const k of Object.keys(o.settings ?? {})) if (k !== "drive" && o.settings?.[k] !== undefined) throw new SornInputError("setting", `unknown setting '${k}' (the ${id} family has: drive)`);
  const drive = o.settings?.drive;
  const st = o.state as S | undefined;
  if (st && typeof st === "object" && (st as { format?: unknown }).format === format) {
    const m = make(st.params as object, st.seed, st.model, st.drive).restore(st);
    if (o.params) m.setParams(o.params as Record<string, unknown>);
    if (drive !== undefined) m.setting("drive", drive);
    return m;
  }
  return make(o.params, o.seed ?? 0, o.state, drive ?? "task");
}
