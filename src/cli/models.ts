/**
 * `sorn models [--json]`: every model family of the registry with its parameter schema (name,
 * kind, default, range or choices, whether a change applies live or at a reset, description),
 * its rules, settings, records and series — as readable text, or as one JSON document.
 */
import { describeRange, formatParam } from "../models/params/codec";
import type { ParamSpec } from "../models/params/schema";
import type { ModelFamily } from "../models/model";
import { FAMILIES } from "../models/registry";
import { rejectExtraPositionals, rejectLeftovers, takeBool, type ParsedArgs } from "./args";

/** When a change to a parameter takes effect: from the next step, or at a reset (a new model). */
export type Applies = "live" | "reset";

/** One parameter as `sorn models --json` lists it. */
export interface ParamRow {
  name: string;
  group: string;
  kind: ParamSpec["kind"];
  default: number | string | null;
  min?: number;
  max?: number;
  choices?: readonly string[];
  structural: boolean;
  applies: Applies;
  description: string;
}

/** The document `sorn models --json` writes: `{ families: [...] }`. */
export interface ModelsDocument {
  families: {
    id: string;
    title: string;
    description: string;
    params: ParamRow[];
    rules: ModelFamily["rules"];
    settings: ModelFamily["settings"];
    records: ModelFamily["records"];
    series: ModelFamily["series"];
  }[];
}

/** A schema row with `applies` spelled out. */
export function paramRow(s: ParamSpec): ParamRow {
  return { name: s.name, group: s.group, kind: s.kind, default: s.default, min: s.min, max: s.max, choices: s.choices, structural: s.structural, applies: s.structural ? "reset" : "live", description: s.description };
}

/** The families as one JSON-ready document. */
export function modelsDocument(families: readonly ModelFamily[] = FAMILIES): ModelsDocument {
  return {
    families: families.map((f) => ({ id: f.id, title: f.title, description: f.description, params: f.schema.map(paramRow), rules: f.rules, settings: f.settings, records: f.records, series: f.series })),
  };
}

/** Rows of cells as aligned columns (the last column unpadded), each line indented; "(none)" for no rows. */
function columns(rows: string[][], indent = "  "): string {
  if (rows.length === 0) return `${indent}(none)`;
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => indent + r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]) : c)).join("  ")).join("\n");
}

/** One family as readable text. */
export function familyText(f: ModelFamily): string {
  const params: string[][] = [["name", "kind", "default", "range", "applies", "description"]];
  for (const s of f.schema) params.push([s.name, s.kind, formatParam(s.default), describeRange(s), s.structural ? "reset" : "live", s.description]);
  const settings = f.settings.map((s) => [s.name, s.choices.map(String).join(" | "), `default ${String(s.default)}`, s.description]);
  // Only SORN has command-line flags for these (sorn simulate); the others are set in code.
  const cli = f.id === "sorn";
  return [
    `${f.id} — ${f.title}: ${f.description}`,
    "",
    `Parameters (${cli ? "--name value" : "in code: create({ params: { name: value } })"}; "live" applies from the next step, "reset" needs a new model):`,
    columns(params),
    "",
    cli ? "Rules (switch off with --freeze):" : "Rules (in code: model.rule(name, false)):",
    columns(f.rules.map((r) => [r.name, r.title, r.description])),
    "",
    cli ? "Settings:" : "Settings (in code: model.setting(name, value)):",
    columns(settings),
    "",
    cli ? "Records (--callbacks):" : "Records:",
    columns(f.records.map((r) => [r.name, r.description])),
    "",
    "Series (what an observer sees after each step):",
    columns(f.series.map((s) => [s.name, s.title])),
    "",
  ].join("\n");
}

/** `sorn models`: write the listing to `out`; returns the message for stderr. */
export function models(args: ParsedArgs, out: { stdout(text: string): void }): string {
  const json = takeBool(args, "json") ?? false;
  rejectLeftovers(args, "models");
  rejectExtraPositionals(args, "models");
  if (json) out.stdout(JSON.stringify(modelsDocument(), null, 2) + "\n");
  else out.stdout(FAMILIES.map(familyText).join("\n"));
  return `${FAMILIES.length} model ${FAMILIES.length === 1 ? "family" : "families"}: ${FAMILIES.map((f) => f.id).join(", ")}`;
}
