/**
 * A lesson's starting configuration as the lab's own link: the preset's values, then the lesson's,
 * written as the URL fragment the teacher's share link uses (`#v=1&seed=…&off=…&hide=…`) and read
 * back through the lab's URL codec. So a lesson starts exactly as a shared link would, and any value
 * the lab would ignore or refuse is an error naming it.
 */
import { formatParam } from "../models/params/codec";
import { SornInputError } from "../models/params/error";
import { PARAM_SPECS } from "../models/sorn/params";
import { presetNamed } from "../models/sorn/presets";
import { HIDEABLE, SCHEMA_VERSION, type LabConfig } from "../state/schema";
import { decodeConfig, encodeConfig } from "../state/url";
import type { LessonStart } from "./types";

/** The URL entries of a start (before the codec reads them). */
function entries(start: LessonStart): [string, string][] {
  const preset = start.preset ? presetNamed(start.preset) : null;
  const out: [string, string][] = [["v", String(SCHEMA_VERSION)], ["seed", String(start.seed ?? 42)]];
  const params: Record<string, unknown> = { ...(preset?.params ?? {}), ...(start.params ?? {}) };
  for (const [k, v] of Object.entries(params)) out.push([k, formatParam(v)]);
  const off = [...new Set([...(preset?.off ?? []), ...(start.off ?? [])])];
  if (off.length) out.push(["off", off.join(",")]);
  const noise = start.noise ?? preset?.noise;
  if (noise === false) out.push(["noise", "0"]);
  if (start.phase) out.push(["phase", start.phase]);
  const input = start.input ?? "uniform";
  if (typeof input === "string") out.push(["input", input]);
  else out.push(["input", "sequence"], ["sequence", input.sequence], ["amplitude", String(input.amplitude ?? 1)]);
  if (start.panels) out.push(["panels", start.panels.length ? start.panels.join(",") : "none"]);
  if (start.hide?.length) out.push(["hide", start.hide.join(",")]);
  return out;
}

/**
 * The lab configuration a lesson starts from. Throws a SornInputError naming the first value the
 * lab's codec would not take (an unknown preset, parameter, rule or panel, a value out of range).
 */
export function lessonConfig(start: LessonStart, where = "start"): LabConfig {
  let list: [string, string][];
  try {
    list = entries(start);
  } catch (e) {
    throw e instanceof SornInputError ? new SornInputError(`${where}.preset`, e.message.replace(/^preset: /, "")) : e;
  }
  const fragment = list.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
  const decoded = decodeConfig(fragment);
  if (decoded.warnings.length) throw new SornInputError(where, decoded.warnings[0].replace(/; using the default$|; ignored$|; input set to none$/, ""));
  const names = new Set<string>([...HIDEABLE, ...PARAM_SPECS.map((s) => s.name)]);
  const badHide = decoded.config.hide.find((h) => !names.has(h));
  if (badHide) throw new SornInputError(`${where}.hide`, `unknown control '${badHide}' (hide: ${HIDEABLE.join(", ")} or a parameter name)`);
  return decoded.config;
}

/** The URL fragment (without '#') a lesson opens with. */
export function lessonFragment(start: LessonStart): string {
  return encodeConfig(lessonConfig(start));
}
