/**
 * A network as data (spec spikey.md §1.1, §6): one part name per slot, one flat parameter dict
 * and a seed, a JSON value with a stable hash, so runs deduplicate and a URL can hold one.
 * The dict is merged with Spikey's priority user > preset > game (`mergeParams`); a key no chosen
 * part reads is refused (from the user or the preset; the game's extra keys are dropped, as
 * Spikey's parts ignore them).
 */
import { SornInputError } from "../params/error";
import { CATALOGUE, NETWORK_KEYS, findPart, type CatalogueSlot } from "./catalogue";
import { unionKeys, type FlatParams, type PartKey } from "./keys";
import type { ModifierSpec } from "./parts/modifiers";

/** The chosen part of each slot (the rewarder is optional: without it no reward is given). */
export interface PartChoice {
  readonly inputs: string;
  readonly neurons: string;
  readonly weights: string;
  readonly synapses: string;
  readonly readout: string;
  readonly rewarder?: string;
}

/** A whole network: parts, the flat dict, modifiers and the seed. */
export interface NetworkSpec {
  readonly parts: PartChoice;
  readonly params: FlatParams;
  readonly modifiers?: readonly ModifierSpec[];
  readonly seed: number;
}

/** The slots a spec must fill. */
export const REQUIRED_SLOTS: readonly CatalogueSlot[] = ["inputs", "neurons", "weights", "synapses", "readout"];

/** Every key the chosen parts and the network read (first declaration wins). */
export function specKeys(parts: PartChoice): PartKey[] {
  const lists: PartKey[][] = [[...NETWORK_KEYS]];
  for (const slot of Object.keys(CATALOGUE) as CatalogueSlot[]) {
    const name = parts[slot];
    if (name === undefined) {
      if (REQUIRED_SLOTS.includes(slot)) throw new SornInputError(`parts.${slot}`, `must name a part (${CATALOGUE[slot].map((p) => p.name).join(", ")})`);
      continue;
    }
    const part = findPart(slot, name);
    if (!part) throw new SornInputError(`parts.${slot}`, `unknown part '${name}' (${slot}: ${CATALOGUE[slot].map((p) => p.name).join(", ")})`);
    lists.push([...part.keys]);
  }
  return unionKeys(lists);
}

/** Refuse keys that no chosen part reads. */
export function checkKnownKeys(parts: PartChoice, params: FlatParams, from: string): void {
  const known = new Set(specKeys(parts).map((k) => k.name));
  for (const [key, value] of Object.entries(params)) if (value !== undefined && !known.has(key)) throw new SornInputError(key, `unknown key in the ${from} (no chosen part reads it; parts ${Object.values(parts).join(", ")})`);
}

/** user > preset > game: the flat dict a network is built from. Unknown user/preset keys throw; the game's are dropped. */
export function mergeParams(parts: PartChoice, game: FlatParams, preset: FlatParams, user: FlatParams): Record<string, unknown> {
  checkKnownKeys(parts, preset, "preset");
  checkKnownKeys(parts, user, "settings");
  const known = new Set(specKeys(parts).map((k) => k.name));
  const fromGame = Object.fromEntries(Object.entries(game).filter(([k]) => known.has(k)));
  return { ...fromGame, ...preset, ...user };
}

/** JSON with object keys sorted at every level: the canonical text of a spec. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** A stable 64-bit FNV-1a hash of the canonical JSON, as 16 hex digits. */
export function specHash(spec: NetworkSpec): string {
  const text = canonicalJson(spec);
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, "0");
}
