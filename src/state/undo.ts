/**
 * Undo and redo of configuration edits. Every edit of a parameter, a rule switch, the phase,
 * the noise, the seed or the input — or a whole preset — is one named step holding the values
 * of the fields it changed, before and after ("eta_stdp 0.006 → 0.004", "STDP off"). The stacks
 * are plain data kept in the store; the controller applies a step's values through its ordinary
 * commands, so the worker, the URL and the fields follow as when the value was typed.
 */
import { formatParam } from "../models/params/codec";
import type { SornParams } from "../models/sorn/params";
import { RULES, type Rule } from "../models/sorn/rules";
import type { InputChoice, LabConfig } from "./schema";

/** The fields of the configuration one step sets: only those it changed. */
export interface ConfigPatch {
  params?: Partial<SornParams>;
  rules?: Partial<Record<Rule, boolean>>;
  phase?: LabConfig["phase"];
  noise?: boolean;
  seed?: number;
  input?: InputChoice;
}

/** One undoable edit: its name, and the changed fields' values before and after it. */
export interface UndoStep {
  name: string;
  before: ConfigPatch;
  after: ConfigPatch;
}

/** The undo stack (`past`) and the redo stack (`future`), newest last in both. */
export interface UndoStacks {
  readonly past: readonly UndoStep[];
  readonly future: readonly UndoStep[];
}

/** How many steps the undo stack keeps; older ones are dropped. */
export const UNDO_LIMIT = 100;

/** Stacks with nothing to undo or redo. */
export function emptyUndo(): UndoStacks {
  return { past: [], future: [] };
}

/** After a new edit: `step` on top of the past (the oldest dropped beyond `limit`), and no redo left. */
export function pushStep(s: UndoStacks, step: UndoStep, limit = UNDO_LIMIT): UndoStacks {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`the undo limit must be an integer ≥ 1, got ${limit}`);
  return { past: [...s.past, step].slice(-limit), future: [] };
}

/** The step to undo and the stacks once it is undone (it moves onto the redo stack); null when there is none. */
export function undoStep(s: UndoStacks): { step: UndoStep; stacks: UndoStacks } | null {
  const step = s.past.at(-1);
  if (!step) return null;
  return { step, stacks: { past: s.past.slice(0, -1), future: [...s.future, step] } };
}

/** The step to redo and the stacks once it is redone (it moves back onto the undo stack); null when there is none. */
export function redoStep(s: UndoStacks): { step: UndoStep; stacks: UndoStacks } | null {
  const step = s.future.at(-1);
  if (!step) return null;
  return { step, stacks: { past: [...s.past, step], future: s.future.slice(0, -1) } };
}

/** The rules' short names, as the lab's switches show them ("STDP off"). */
export const RULE_LABELS: Record<Rule, string> = { stdp: "STDP", ip: "IP", sp: "SP", istdp: "iSTDP", ss: "SS" };

/** An input choice in a few words: "none", "uniform", "uniform (seed 7)", "constant 1, 0", "sequence ABCD", "file x.csv". */
export function inputLabel(c: InputChoice): string {
  switch (c.kind) {
    case "none":
      return "none";
    case "uniform":
      return c.seed === null ? "uniform" : `uniform (seed ${c.seed})`;
    case "constant":
      return `constant ${c.values.join(", ")}`;
    case "sequence":
      return `sequence ${c.sequence}${c.amplitude === 1 ? "" : ` × ${c.amplitude}`}`;
    case "file":
      return `file ${c.name}`;
  }
}

const onOff = (on: boolean) => (on ? "on" : "off");

/** The name of a step that changes only what `before` → `after` lists; fields are named in a fixed order. */
export function stepName(before: ConfigPatch, after: ConfigPatch): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(after.params ?? {})) {
    parts.push(`${k} ${formatParam(before.params?.[k as keyof SornParams])} → ${formatParam(v)}`);
  }
  for (const r of RULES) if (after.rules?.[r] !== undefined) parts.push(`${RULE_LABELS[r]} ${onOff(after.rules[r])}`);
  if (after.phase !== undefined) parts.push(`phase ${before.phase} → ${after.phase}`);
  if (after.noise !== undefined) parts.push(`noise ${onOff(after.noise)}`);
  if (after.seed !== undefined) parts.push(`seed ${before.seed} → ${after.seed}`);
  if (after.input !== undefined) parts.push(`input ${inputLabel(before.input!)} → ${inputLabel(after.input)}`);
  return parts.join(", ");
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The step that setting `patch` on `config` makes: only the fields whose value changes, each
 * with its value in `config` as "before". Named `name`, or after its changes (see
 * {@link stepName}); null when nothing changes (typing 0.0040 over 0.004 is no step).
 */
export function stepFor(config: LabConfig, patch: ConfigPatch, name?: string): UndoStep | null {
  const before: ConfigPatch = {};
  const after: ConfigPatch = {};
  const paramsBefore: Record<string, unknown> = {};
  const paramsAfter: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch.params ?? {})) {
    const was = config.params[k as keyof SornParams];
    if (same(was, v)) continue;
    paramsBefore[k] = was;
    paramsAfter[k] = v;
  }
  if (Object.keys(paramsAfter).length > 0) {
    before.params = paramsBefore as Partial<SornParams>;
    after.params = paramsAfter as Partial<SornParams>;
  }
  for (const r of RULES) {
    const on = patch.rules?.[r];
    if (on === undefined || config.rules[r] === on) continue;
    (before.rules ??= {})[r] = config.rules[r];
    (after.rules ??= {})[r] = on;
  }
  for (const k of ["phase", "noise", "seed", "input"] as const) {
    if (patch[k] === undefined || same(config[k], patch[k])) continue;
    (before as Record<string, unknown>)[k] = structuredClone(config[k]);
    (after as Record<string, unknown>)[k] = structuredClone(patch[k]);
  }
  if (Object.keys(after).length === 0) return null;
  return { name: name ?? stepName(before, after), before, after };
}

/** The commands a patch is applied through (the controller's). */
export interface PatchTarget {
  setParams(values: Partial<SornParams>): Promise<boolean>;
  setSeed(text: string): boolean;
  setRule(rule: Rule, on: boolean): Promise<void>;
  setPhase(phase: LabConfig["phase"]): Promise<void>;
  setNoise(on: boolean): Promise<void>;
  setInput(choice: InputChoice): Promise<boolean>;
}

/**
 * Set a patch's values through `target`'s commands, as if typed: parameters, seed, rules,
 * phase, noise, input. False when a command refused its part (it says why; the rest applies).
 */
export async function applyPatch(target: PatchTarget, p: ConfigPatch): Promise<boolean> {
  let ok = true;
  if (p.params) ok = (await target.setParams(p.params)) && ok;
  if (p.seed !== undefined) ok = target.setSeed(String(p.seed)) && ok;
  for (const r of RULES) if (p.rules?.[r] !== undefined) await target.setRule(r, p.rules[r]);
  if (p.phase !== undefined) await target.setPhase(p.phase);
  if (p.noise !== undefined) await target.setNoise(p.noise);
  if (p.input !== undefined) ok = (await target.setInput(p.input)) && ok;
  return ok;
}
