/**
 * The Spikey network builder's form (issue 17 §1, spec spikey.md §6), as plain data: a preset (or
 * none), one part per slot, the game, the user's key texts, the seed, the episode length and the
 * modifiers as JSON. Every field a part reads is listed from the parts' key schemas
 * ({@link keyRows}): its value is the user's text, else the preset's, else the game's, else the
 * key's default (Spikey's priority user > preset > game). A preset acts as a template: when other
 * parts are picked, its keys that no chosen part reads are left out (and listed), so the
 * remaining keys still apply.
 */
import { CATALOGUE, NETWORK_KEYS, findPart, type CatalogueSlot } from "../../models/spikey/catalogue";
import type { PartKey } from "../../models/spikey/keys";
import { findPreset, PRESETS } from "../../models/spikey/presets";
import { canonicalJson, type PartChoice } from "../../models/spikey/spec";
import { gameParams, type SpikeyGameChoice } from "../../worker/spikey-game";

/** The builder's slots in the order the page shows them ("rewarder" may be ""). */
export const BUILDER_SLOTS: readonly CatalogueSlot[] = ["neurons", "inputs", "weights", "synapses", "readout", "rewarder"];

export interface BuilderForm {
  /** A preset's name, or "" for none. */
  preset: string;
  parts: Record<CatalogueSlot, string>;
  gameKind: "logic" | "rand_state";
  gate: string;
  nStates: string;
  /** The user's text per key (highest priority); a key absent here takes the preset's, game's or default value. */
  user: Record<string, string>;
  seed: string;
  episodeTicks: string;
  /** The modifiers as JSON ([] or "" for none). */
  modifiers: string;
}

/** Where a key's value comes from. */
export type KeySource = "user" | "preset" | "game" | "default" | "required";

/** One field of a part's form. */
export interface KeyRow {
  /** "network" for the network's own keys, else the slot. */
  readonly group: "network" | CatalogueSlot;
  /** The part's name ("network" for the network's keys). */
  readonly part: string;
  readonly key: PartKey;
  readonly text: string;
  readonly source: KeySource;
}

/** The text a value is shown as in its field (JSON with sorted keys for lists and tables). */
export function valueText(v: unknown): string {
  if (v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return canonicalJson(v);
}

/** The form of a preset: its parts and game, no user keys, an episode of train / episodes ticks. */
export function presetForm(name: string, seed = "0"): BuilderForm {
  const p = findPreset(name) ?? PRESETS[0];
  const game = p.game;
  return {
    preset: p.name,
    parts: { ...p.parts, rewarder: p.parts.rewarder ?? "" },
    gameKind: game.kind,
    gate: game.kind === "logic" ? game.gate : "XOR",
    nStates: game.kind === "rand_state" ? String(game.n_states) : "10",
    user: {},
    seed,
    episodeTicks: String(Math.ceil(p.train / p.episodes)),
    modifiers: "",
  };
}

/** The default form: E1 rate-coded XOR. */
export const defaultBuilderForm = (): BuilderForm => presetForm("e1-rate-xor");

/** The form's parts as a spec's choice (an empty rewarder = none). */
export function partChoice(form: BuilderForm): PartChoice {
  const { rewarder, ...rest } = form.parts;
  return (rewarder ? { ...rest, rewarder } : rest) as unknown as PartChoice;
}

/** The game as the form has it (n_states unchecked: {@link checkGameChoice} checks it). */
export function formGame(form: BuilderForm): SpikeyGameChoice {
  return form.gameKind === "logic" ? { kind: "logic", gate: form.gate as "XOR" } : { kind: "rand_state", n_states: Number(form.nStates) };
}

/** Every key of the network and the chosen parts, once each, grouped by the first part that declares it. */
export function formKeys(form: BuilderForm): { group: KeyRow["group"]; part: string; key: PartKey }[] {
  const seen = new Set<string>();
  const out: { group: KeyRow["group"]; part: string; key: PartKey }[] = [];
  const add = (group: KeyRow["group"], part: string, keys: readonly PartKey[]) => {
    for (const key of keys) if (!seen.has(key.name)) {
      seen.add(key.name);
      out.push({ group, part, key });
    }
  };
  add("network", "network", NETWORK_KEYS);
  for (const slot of BUILDER_SLOTS) {
    const part = form.parts[slot] ? findPart(slot, form.parts[slot]) : undefined;
    if (part) add(slot, part.name, part.keys);
  }
  return out;
}

/** The preset's keys that the chosen parts read, and those they do not (left out). */
export function presetParams(form: BuilderForm): { used: Record<string, unknown>; dropped: string[] } {
  const p = form.preset ? findPreset(form.preset) : undefined;
  if (!p) return { used: {}, dropped: [] };
  const known = new Set(formKeys(form).map((k) => k.key.name));
  const used: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [k, v] of Object.entries(p.params)) (known.has(k) ? (used[k] = v) : dropped.push(k));
  return { used, dropped };
}

/** The rows of every part's form, with each value's text and source. */
export function keyRows(form: BuilderForm): KeyRow[] {
  const preset = presetParams(form).used;
  const game = form.gameKind === "logic" && !(form.gate in { AND: 1, OR: 1, XOR: 1 }) ? {} : gameParams(formGame(form));
  return formKeys(form).map(({ group, part, key }) => {
    const n = key.name;
    const has = (o: Readonly<Record<string, unknown>>) => Object.prototype.hasOwnProperty.call(o, n);
    if (has(form.user)) return { group, part, key, text: form.user[n], source: "user" };
    if (has(preset)) return { group, part, key, text: valueText(preset[n]), source: "preset" };
    if (has(game)) return { group, part, key, text: valueText(game[n]), source: "game" };
    if ("default" in key) return { group, part, key, text: valueText(key.default), source: "default" };
    return { group, part, key, text: "", source: "required" };
  });
}

/** The form after picking `name` in `slot`: user keys no chosen part reads are dropped. */
export function withPart(form: BuilderForm, slot: CatalogueSlot, name: string): BuilderForm {
  const next = { ...form, parts: { ...form.parts, [slot]: name } };
  const known = new Set(formKeys(next).map((k) => k.key.name));
  next.user = Object.fromEntries(Object.entries(form.user).filter(([k]) => known.has(k)));
  return next;
}

/** The part names a slot offers ("" = none, for the rewarder). */
export function slotChoices(slot: CatalogueSlot): string[] {
  const names = (CATALOGUE[slot] as readonly { name: string }[]).map((p) => p.name);
  return slot === "rewarder" ? ["", ...names] : names;
}
