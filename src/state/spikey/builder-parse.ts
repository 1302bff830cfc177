/**
 * The builder form → a network the worker can run, or one refusal per field. Each key's text is
 * read by its type (number, whole number, flag, choice, JSON) and checked against its range by
 * the parts' own `checkKey`; then the dict is merged (user > preset > game) and the network is
 * built once here, so a refusal from any part (an inconsistent size, a bad mask) names its key
 * and the running network is never touched. The network spec is shared as versioned JSON
 * ({@link shareText}, {@link readShared}).
 */
import { SornInputError } from "../../models/params/error";
import { parseSeed } from "../../models/params/seed";
import { findPart, type CatalogueSlot } from "../../models/spikey/catalogue";
import { checkKey, type PartKey } from "../../models/spikey/keys";
import { SpikeyNetwork } from "../../models/spikey/network";
import type { ModifierSpec } from "../../models/spikey/parts/modifiers";
import { mergeParams, specHash, specKeys, type NetworkSpec } from "../../models/spikey/spec";
import { checkGameChoice, gameParams, type SpikeyGameChoice } from "../../worker/spikey-game";
import type { SpikeySessionSpec } from "../../worker/spikey-runner";
import { BUILDER_SLOTS, formGame, formKeys, partChoice, presetParams, valueText, type BuilderForm } from "./builder-form";

/** The largest weight matrix the page builds ((n_inputs + n_neurons) × n_neurons entries). */
export const MAX_WEIGHTS = 10_000_000;

/** What a parse gives: the session and the per-state target of the rate table, or the refusals by field. */
export type BuilderResult =
  | { ok: true; spec: SpikeySessionSpec; target: Record<string, number> | null; hash: string }
  | { ok: false; errors: Record<string, string> };

/** A key's text as its typed value (the key's own check applies after). */
export function parseKeyText(key: PartKey, text: string): unknown {
  const t = text.trim();
  switch (key.type) {
    case "bool":
      if (t !== "true" && t !== "false") throw new SornInputError(key.name, `must be true or false, got '${text}'`);
      return t === "true";
    case "choice":
      return t;
    case "json":
      try {
        return JSON.parse(t);
      } catch {
        throw new SornInputError(key.name, `must be JSON (a number, a list or an object), got '${text}'`);
      }
    default:
      if (t === "" || !Number.isFinite(Number(t))) throw new SornInputError(key.name, `must be a finite number, got '${text}'`);
      return Number(t);
  }
}

function take(errors: Record<string, string>, field: string, f: () => void): void {
  try {
    f();
  } catch (e) {
    errors[e instanceof SornInputError ? e.argument : field] = (e as Error).message;
  }
}

/** The rate table's target: Logic's expected_value, or 1 for each state in reward_states. */
export function stateTarget(params: Readonly<Record<string, unknown>>): Record<string, number> | null {
  const ev = params.expected_value;
  if (ev && typeof ev === "object" && !Array.isArray(ev)) return Object.fromEntries(Object.entries(ev as Record<string, unknown>).map(([k, v]) => [k, Number(v)]));
  if (Array.isArray(params.reward_states)) return Object.fromEntries(params.reward_states.map((s) => [String(s), 1]));
  return null;
}

/** Parse the whole form. */
export function parseBuilder(form: BuilderForm): BuilderResult {
  const errors: Record<string, string> = {};
  const user: Record<string, unknown> = {};
  const keys = new Map(formKeys(form).map((k) => [k.key.name, k.key]));
  for (const [name, text] of Object.entries(form.user)) {
    const key = keys.get(name);
    if (!key) errors[name] = `${name}: unknown key (no chosen part reads it; parts ${Object.values(partChoice(form)).join(", ")})`;
    else take(errors, name, () => (user[name] = checkKey(key, parseKeyText(key, text))));
  }
  let seed = 0;
  take(errors, "seed", () => (seed = parseSeed(form.seed)));
  let episodeTicks = 1;
  take(errors, "episodeTicks", () => {
    const n = Number(form.episodeTicks.trim());
    if (!/^\d+$/.test(form.episodeTicks.trim()) || n < 1 || n > 1e7) throw new SornInputError("episodeTicks", `ticks per episode: a whole number from 1 to 10000000, got '${form.episodeTicks}'`);
    episodeTicks = n;
  });
  let modifiers: ModifierSpec[] = [];
  take(errors, "modifiers", () => {
    const t = form.modifiers.trim();
    const v: unknown = t === "" ? [] : JSON.parse(t);
    if (!Array.isArray(v)) throw new SornInputError("modifiers", "must be a JSON list of modifiers ([] for none)");
    modifiers = v as ModifierSpec[];
  });
  let game: SpikeyGameChoice | null = null;
  take(errors, "game", () => (game = checkGameChoice(formGame(form))));
  if (Object.keys(errors).length || !game) return { ok: false, errors };
  const parts = partChoice(form);
  let params: Record<string, unknown> = {};
  take(errors, "parts", () => (params = mergeParams(parts, gameParams(game!), presetParams(form).used, user)));
  if (Object.keys(errors).length) return { ok: false, errors };
  const network: NetworkSpec = modifiers.length ? { parts, params, modifiers, seed } : { parts, params, seed };
  take(errors, "network", () => {
    const nIn = Number(params.n_inputs), n = Number(params.n_neurons);
    if ((nIn + n) * n > MAX_WEIGHTS) throw new SornInputError("n_neurons", `(n_inputs + n_neurons) × n_neurons = ${(nIn + n) * n} weights is more than the page builds (${MAX_WEIGHTS})`);
    new SpikeyNetwork(network);
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, spec: { network, game, episodeTicks }, target: stateTarget(params), hash: specHash(network) };
}

/** The shareable JSON of a session: format, version, the network spec's hash, the spec, the game and the episode length. */
export function shareText(spec: SpikeySessionSpec): string {
  return `${JSON.stringify({ format: "sorn-lab-spikey-network", version: 1, hash: specHash(spec.network), network: spec.network, game: spec.game, episodeTicks: spec.episodeTicks }, null, 2)}\n`;
}

/** A form from shared JSON (no preset: every key of the spec becomes the user's); a bad file throws naming the field. */
export function readShared(text: string): BuilderForm {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new SornInputError("network JSON", `is not JSON (${(e as Error).message})`);
  }
  if (!doc || typeof doc !== "object" || doc.format !== "sorn-lab-spikey-network") throw new SornInputError("format", "must be 'sorn-lab-spikey-network' (a file saved by this tab)");
  if (doc.version !== 1) throw new SornInputError("version", `must be 1, got ${JSON.stringify(doc.version)}`);
  const net = doc.network as NetworkSpec | undefined;
  if (!net || typeof net !== "object" || !net.parts || typeof net.params !== "object" || net.params === null) throw new SornInputError("network", "must hold parts, params and seed");
  specKeys(net.parts);
  const game = checkGameChoice(doc.game);
  const parts = Object.fromEntries(BUILDER_SLOTS.map((s) => [s, (net.parts as unknown as Record<string, string | undefined>)[s] ?? ""])) as Record<CatalogueSlot, string>;
  for (const slot of BUILDER_SLOTS) if (parts[slot] && !findPart(slot, parts[slot])) throw new SornInputError(`parts.${slot}`, `unknown part '${parts[slot]}'`);
  return {
    preset: "",
    parts,
    gameKind: game.kind,
    gate: game.kind === "logic" ? game.gate : "XOR",
    nStates: game.kind === "rand_state" ? String(game.n_states) : "10",
    user: Object.fromEntries(Object.entries(net.params).map(([k, v]) => [k, valueText(v)])),
    seed: valueText(net.seed),
    episodeTicks: valueText(doc.episodeTicks ?? 1),
    modifiers: net.modifiers?.length ? JSON.stringify(net.modifiers) : "",
  };
}
