/**
 * The configuration ⇄ URL fragment, from the one schema of `schema.ts` (tensorflow/playground's
 * `state.ts` idea, with a version and migrations). The fragment is readable:
 *
 *   #v=1&seed=42&eta_stdp=0.005&off=sp&input=sequence&sequence=ABCD&amplitude=1&hide=params
 *
 * Only the seed, the input and values that differ from the defaults are written. Reading never
 * throws: a bad value falls back to its default and is reported in `warnings`.
 */
import { formatParam, parseNonEmpty, parseNumber, parseNumberList, parseParam } from "../models/params/codec";
import { parseInputSeed, parseSeed } from "../models/params/seed";
import { DEFAULT_PARAMS, PARAM_SPECS, PHASES, SornInputError, resolveParams, type Phase, type SornParams } from "../models/sorn/params";
import { RULES, type Rule } from "../models/sorn/rules";
import { migrate, type RawParams } from "./migrations";
import { PANEL_IDS, type PanelId } from "../panels";
import { defaultConfig, SCHEMA_VERSION, type InputChoice, type LabConfig } from "./schema";

const list = (s: string | undefined): string[] => (s ?? "").split(",").map((x) => x.trim()).filter((x) => x !== "");

/** The fragment (without '#') for `c`. */
export function encodeConfig(c: LabConfig): string {
  const d = defaultConfig();
  const out: [string, string][] = [["v", String(SCHEMA_VERSION)], ["seed", String(c.seed)]];
  for (const spec of PARAM_SPECS) {
    const v = c.params[spec.name];
    if (v !== DEFAULT_PARAMS[spec.name]) out.push([spec.name, formatParam(v)]);
  }
  const off = RULES.filter((r) => !c.rules[r]);
  if (off.length) out.push(["off", off.join(",")]);
  if (c.phase !== d.phase) out.push(["phase", c.phase]);
  if (!c.noise) out.push(["noise", "0"]);
  out.push(["input", c.input.kind]);
  const i = c.input;
  if (i.kind === "uniform" && i.seed !== null) out.push(["input_seed", String(i.seed)]);
  if (i.kind === "constant") out.push(["pattern", i.values.join(",")]);
  if (i.kind === "sequence") out.push(["sequence", i.sequence], ["amplitude", String(i.amplitude)]);
  if (i.kind === "file") out.push(["file", i.name]);
  if (c.speed !== d.speed) out.push(["speed", String(c.speed)]);
  const shown = PANEL_IDS.filter((p) => c.panels[p]);
  if (shown.length !== PANEL_IDS.length) out.push(["panels", shown.length ? shown.join(",") : "none"]);
  if (c.rasterE !== d.rasterE) out.push(["raster_e", c.rasterE]);
  if (c.rasterI !== d.rasterI) out.push(["raster_i", c.rasterI]);
  if (c.window !== d.window) out.push(["window", String(c.window)]);
  if (c.hide.length) out.push(["hide", c.hide.join(",")]);
  return out.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ",")}`).join("&");
}

/** A config read from a link, with what had to be ignored. */
export interface DecodedConfig {
  config: LabConfig;
  warnings: string[];
  /** The schema version the link was written with. */
  version: number;
}

/** Read a fragment (with or without '#'). Unknown keys and bad values become warnings. */
export function decodeConfig(fragment: string): DecodedConfig {
  const text = fragment.replace(/^#/, "");
  const raw: RawParams = new Map();
  for (const [k, v] of new URLSearchParams(text)) raw.set(k, v);
  const warnings: string[] = [];
  const vText = raw.get("v");
  let version = vText === undefined ? 0 : Number(vText);
  if (!Number.isInteger(version) || version < 0) {
    warnings.push(`v: '${vText}' is not a schema version; read as the current one`);
    version = SCHEMA_VERSION;
  }
  if (version > SCHEMA_VERSION) warnings.push(`this link was made by a newer SORN Lab (schema ${version}); unknown settings are ignored`);
  const p = migrate(raw, Math.min(version, SCHEMA_VERSION), SCHEMA_VERSION);
  p.delete("v");
  const c = defaultConfig();
  const take = (k: string): string | undefined => {
    const v = p.get(k);
    p.delete(k);
    return v;
  };
  const bad = (k: string, v: string, why: string) => warnings.push(`${k}: '${v}' ${why}; using the default`);

  const seed = take("seed");
  if (seed !== undefined) c.seed = parsedOr(warnings, "using the default", () => parseSeed(seed, "seed")) ?? c.seed;
  c.params = readParams(take, warnings);
  const off = take("off");
  for (const r of list(off)) {
    if ((RULES as readonly string[]).includes(r)) c.rules[r as Rule] = false;
    else warnings.push(`off: unknown rule '${r}' (rules: ${RULES.join(", ")})`);
  }
  const phase = take("phase");
  if (phase !== undefined) {
    if ((PHASES as readonly string[]).includes(phase)) c.phase = phase as Phase;
    else bad("phase", phase, "is not 'plasticity' or 'training'");
  }
  const noise = take("noise");
  if (noise !== undefined) {
    if (noise === "0" || noise === "1") c.noise = noise === "1";
    else bad("noise", noise, "is not 0 or 1");
  }
  c.input = readInput(take, warnings);
  const speed = take("speed");
  if (speed !== undefined) {
    const n = Number(speed);
    if (speed === "max") c.speed = "max";
    else if (Number.isFinite(n) && n > 0 && n <= 1e6) c.speed = n;
    else bad("speed", speed, "is not 'max' or a positive number of steps per second");
  }
  const panels = take("panels");
  if (panels !== undefined) {
    const names = panels === "none" ? [] : list(panels);
    const unknown = names.filter((n) => !(PANEL_IDS as readonly string[]).includes(n));
    if (unknown.length) warnings.push(`panels: unknown panel(s) ${unknown.join(", ")} (panels: ${PANEL_IDS.join(", ")})`);
    for (const id of PANEL_IDS) c.panels[id] = names.includes(id);
  }
  const rasterE = take("raster_e");
  if (rasterE !== undefined) c.rasterE = rasterE;
  const rasterI = take("raster_i");
  if (rasterI !== undefined) c.rasterI = rasterI;
  const win = take("window");
  if (win !== undefined) {
    const n = Number(win);
    if (Number.isInteger(n) && n >= 10 && n <= 10_000) c.window = n;
    else bad("window", win, "is not a whole number of steps from 10 to 10,000");
  }
  c.hide = list(take("hide"));
  for (const k of p.keys()) warnings.push(`${k}: not a setting of this lab; ignored`);
  return { config: c, warnings, version };
}

/** The codec's value, or undefined with the codec's message and `fallback` as a warning. */
function parsedOr<T>(warnings: string[], fallback: string, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof SornInputError)) throw e;
    warnings.push(`${e.message}; ${fallback}`);
    return undefined;
  }
}

function readParams(take: (k: string) => string | undefined, warnings: string[]): SornParams {
  const given: Record<string, unknown> = {};
  for (const spec of PARAM_SPECS) {
    const v = take(spec.name);
    if (v === undefined) continue;
    const value = parsedOr(warnings, "using the default", () => parseParam(spec, v));
    if (value !== undefined) given[spec.name] = value;
  }
  for (let attempt = 0; attempt <= PARAM_SPECS.length; attempt++) {
    try {
      return resolveParams(given);
    } catch (e) {
      if (!(e instanceof SornInputError) || !(e.argument in given)) return { ...DEFAULT_PARAMS };
      warnings.push(`${e.message}; using the default`);
      delete given[e.argument];
    }
  }
  return { ...DEFAULT_PARAMS };
}

function readInput(take: (k: string) => string | undefined, warnings: string[]): InputChoice {
  const kind = take("input");
  const seed = take("input_seed");
  const pattern = take("pattern");
  const sequence = take("sequence");
  const amplitude = take("amplitude");
  const file = take("file");
  const fallback = defaultConfig().input;
  switch (kind) {
    case undefined:
      return fallback;
    case "none":
      return { kind: "none" };
    case "uniform": {
      if (seed === undefined) return { kind: "uniform", seed: null };
      return { kind: "uniform", seed: parsedOr(warnings, "using the default, the run's seed + 1000", () => parseInputSeed(seed, "input_seed")) ?? null };
    }
    case "constant": {
      const values = parsedOr(warnings, "input set to none", () => parseNumberList(pattern ?? "", "pattern"));
      return values ? { kind: "constant", values } : { kind: "none" };
    }
    case "sequence": {
      const text = parsedOr(warnings, "input set to none", () => parseNonEmpty(sequence ?? "", "sequence"));
      const amp = amplitude === undefined ? 1 : parsedOr(warnings, "input set to none", () => parseNumber(amplitude, "amplitude"));
      return text !== undefined && amp !== undefined ? { kind: "sequence", sequence: text, amplitude: amp } : { kind: "none" };
    }
    case "file":
      return { kind: "file", name: file ?? "input" };
    default:
      warnings.push(`input: unknown kind '${kind}' (none, uniform, constant, sequence, file); using uniform`);
      return fallback;
  }
}

/** Panel ids that are shown, in order. */
export function shownPanels(c: LabConfig): PanelId[] {
  return PANEL_IDS.filter((p) => c.panels[p]);
}
