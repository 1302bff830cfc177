/**
 * What the seam's rate-RNN and LIF families share: the `drive` setting (the task's trials back to
 * back, or the seam's input source) and the running score of the finished trials.
 *
 * Trial k of a run with seed S draws from its own `NumpyRandom(trialSeed(S, k))` (lif/evaluate.ts):
 * the trial first, then the dynamics' noise. So the trials a family plays are those of
 * `sorn rnn eval --seed S`, whatever was done before them.
 */
import { SornInputError } from "../params/error";
import type { SettingInfo } from "../model";

/** The seed of trial k under seed S (a fixed mix; the LIF evaluation's and the families'). */
export function trialSeed(seed: number, k: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(k + 1, 0x85ebca6b)) >>> 0;
}

/** Where the input comes from. */
export const DRIVES = ["task", "input"] as const;
export type Drive = (typeof DRIVES)[number];

/** The `drive` setting of both families. */
export const DRIVE_SETTING: SettingInfo = {
  name: "drive",
  description: "'task': the model's task trials back to back, trial k seeded as trial k of an evaluation; 'input': the input source, one endless trial",
  choices: DRIVES,
  default: "task",
};

/** `value` as a Drive (a clear error otherwise). */
export function checkDrive(value: unknown): Drive {
  if (typeof value !== "string" || !(DRIVES as readonly string[]).includes(value)) throw new SornInputError("drive", `must be one of ${DRIVES.join(", ")}, got ${JSON.stringify(value)}`);
  return value as Drive;
}

/** A setting's name must be 'drive' (the families' only setting). */
export function checkSettingName(family: string, name: string): void {
  if (name !== "drive") throw new SornInputError("setting", `unknown setting '${name}' (the ${family} family has: drive)`);
}

/** The families have no switchable rules: any name is an error. */
export function noSuchRule(family: string, name: string): never {
  throw new SornInputError("rule", `unknown rule '${name}' (the ${family} family has no plasticity rules)`);
}

/** Where a saved run stood: t and the score must be whole numbers ≥ 0, correct ≤ finished ≤ trial (a clear error otherwise). */
export function checkRunPosition(t: unknown, score: { trial?: unknown; finished?: unknown; correct?: unknown } | null | undefined): void {
  const whole = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;
  if (!whole(t)) throw new SornInputError("state.t", `must be a whole number ≥ 0, got ${JSON.stringify(t)}`);
  const { trial, finished, correct } = score ?? {};
  if (!whole(trial) || !whole(finished) || !whole(correct) || (correct as number) > (finished as number) || (finished as number) > (trial as number)) {
    throw new SornInputError("state.score", `must hold whole numbers with correct ≤ finished ≤ trial, got ${JSON.stringify(score ?? null)}`);
  }
}

/** Trials started and finished, and how many of those passed the task's rule. */
export class TrialScore {
  /** The trial being played (0-based), or the next one. */
  trial = 0;
  finished = 0;
  correct = 0;

  /** Record a finished trial. */
  finish(ok: boolean): void {
    this.finished++;
    if (ok) this.correct++;
    this.trial++;
  }

  /** correct / finished, 0 before the first trial ends. */
  get accuracy(): number {
    return this.finished ? this.correct / this.finished : 0;
  }
}
