/**
 * The Sweeps tab's form and its spec: a target, fixed parameters ("ne=40, steps=300"), one or
 * two axes (a parameter with start/stop/step, numpy's arange with stop excluded, or a list
 * "0.002, 0.004"), repeats, the sweep seed and the metric(s). {@link formSpec} turns the form
 * into a sweep spec (`src/experiments/sweep/spec.ts`) and checks it there, so a bad value is
 * refused at its field in the words the CLI uses; {@link specForm} is the way back (a loaded
 * spec or link), for specs the form can show (≤ 2 single-parameter axes).
 */
import { SornInputError } from "../../models/params/error";
import type { Json } from "../../pool/registry";
import type { AxisSpec } from "../../experiments/sweep/axes";
import { checkSweep, MAX_POINTS, type CheckedSweep, type SweepSpec } from "../../experiments/sweep/spec";
import { findTarget } from "../../experiments/sweep/targets/all";

/** One axis as the form holds it (param "" = no axis). */
export interface AxisForm {
  param: string;
  kind: "range" | "list";
  start: string;
  stop: string;
  step: string;
  /** The list, comma-separated ("default" or "null": the parameter left at its default). */
  values: string;
}

/** The whole form, as text. */
export interface SweepForm {
  name: string;
  target: string;
  base: string;
  axes: [AxisForm, AxisForm];
  repeats: string;
  seed: string;
  metrics: string;
}

/** A field of the form: "target", "base", "axis0.param", "axis1.values", …, "points". */
export type SweepField = string;

/** The form's refusals by field. */
export type SweepErrors = Partial<Record<SweepField, string>>;

const emptyAxis = (param = ""): AxisForm => ({ param, kind: "list", start: "", stop: "", step: "", values: "" });

/** The form a first visit shows: a small SORN grid (η_STDP × h_IP, 2 repeats). */
export function defaultSweepForm(): SweepForm {
  return {
    name: "",
    target: "sorn.run",
    base: "ne=100, steps=2000, from=1000",
    axes: [{ ...emptyAxis("eta_stdp"), values: "0.002, 0.004, 0.008" }, { ...emptyAxis("h_ip"), values: "0.05, 0.1" }],
    repeats: "2",
    seed: "1",
    metrics: "spikeSourceEntropy.excitatory",
  };
}

/** A value as typed: JSON (numbers, true/false, null, "quoted") or else the bare text ("sorn"); "default" = null. */
export function parseValue(text: string): Json {
  const t = text.trim();
  if (t === "default") return null;
  try {
    return JSON.parse(t) as Json;
  } catch {
    return t;
  }
}

/** "k=v, k=v" (commas or new lines) as an object; refused as `base: …`. */
export function parseBase(text: string): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const part of text.split(/[,\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z_][\w.]*)\s*=\s*(.+)$/.exec(part);
    if (!m) throw new SornInputError("base", `'${part}' is not name=value (e.g. ne=40, steps=300)`);
    if (m[1] in out) throw new SornInputError("base", `sets '${m[1]}' twice`);
    out[m[1]] = parseValue(m[2]);
  }
  return out;
}

function num(text: string, field: string): number {
  const t = text.trim();
  const v = Number(t);
  if (!t || !Number.isFinite(v)) throw new SornInputError(field, `must be a number, got '${text}'`);
  return v;
}

function axisSpec(a: AxisForm, i: number): AxisSpec {
  const f = `axis${i}`;
  if (a.kind === "range") return { param: a.param, start: num(a.start, `${f}.start`), stop: num(a.stop, `${f}.stop`), step: num(a.step, `${f}.step`) };
  const values = a.values.split(",").map((v) => v.trim()).filter(Boolean).map(parseValue);
  if (!values.length) throw new SornInputError(`${f}.values`, `axis '${a.param}' is empty: give values, e.g. 0.002, 0.004`);
  return { param: a.param, values };
}

/** The form field of a SornInputError's argument ("axes[1].step" → "axis1.step", "base.ne" → "base"). */
export function fieldOf(argument: string, axisSlots: readonly number[], message = ""): SweepField {
  const m = /^axes\[(\d+)\](?:\.(start|stop|step|param))?/.exec(argument);
  if (m) return `axis${axisSlots[Number(m[1])] ?? 0}.${m[2] ?? (/unknown parameter|on two axes/.test(message) ? "param" : "values")}`;
  const f = /^axis(\d)\.(\w+)$/.exec(argument);
  if (f) return argument;
  if (argument === "axes") return "points";
  if (argument.startsWith("base")) return "base";
  return ["target", "repeats", "seed", "metrics", "name"].includes(argument) ? argument : "points";
}

/** The form as a spec and its check, or every refusal (one per field, the first found). */
export function formSpec(form: SweepForm, options: { force?: boolean } = {}): { ok: true; spec: SweepSpec; sweep: CheckedSweep } | { ok: false; errors: SweepErrors } {
  const errors: SweepErrors = {};
  const slots: number[] = [];
  const take = <T>(f: () => T, fallback: SweepField, where = slots): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof SornInputError)) throw e;
      errors[fieldOf(e.argument, where, e.message) || fallback] ??= e.message;
      return undefined;
    }
  };
  const base = take(() => parseBase(form.base), "base");
  const axes: AxisSpec[] = [];
  form.axes.forEach((a, i) => {
    if (!a.param.trim()) return;
    const spec = take(() => axisSpec({ ...a, param: a.param.trim() }, i), `axis${i}.values`);
    if (spec) {
      axes.push(spec);
      slots.push(i);
    }
  });
  const int = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : text.trim() === "" ? undefined : text);
  const metrics = form.metrics.split(",").map((m) => m.trim()).filter(Boolean);
  if (Object.keys(errors).length) return { ok: false, errors };
  const spec = {
    ...(form.name.trim() ? { name: form.name.trim() } : {}),
    target: form.target,
    ...(base && Object.keys(base).length ? { base } : {}),
    axes,
    repeats: int(form.repeats) ?? 1,
    seed: int(form.seed) ?? 0,
    metrics,
  } as unknown as SweepSpec;
  const sweep = take(() => checkSweep(spec, options), "points");
  if (!sweep) return { ok: false, errors };
  return { ok: true, spec: sweep.spec, sweep };
}

/** The point count the form would run, in words (or why it has none). */
export function pointCountText(form: SweepForm): string {
  const r = formSpec(form, { force: true });
  if (!r.ok) return "Points: — (fix the fields above)";
  const { cells, repeats, points } = r.sweep;
  const over = points > MAX_POINTS ? ` — over the page's limit of ${MAX_POINTS.toLocaleString("en")}` : "";
  return `Points: ${points.toLocaleString("en")} (${cells} cell${cells === 1 ? "" : "s"} × ${repeats} repeat${repeats === 1 ? "" : "s"})${over}`;
}

/** The form on target `id`: its first example metric; only the fixed parameters and axis parameters it knows are kept. */
export function retarget(form: SweepForm, id: string): Partial<SweepForm> {
  const target = findTarget(id);
  if (!target) return { target: id };
  const base = form.base.split(/[,\n]/).map((p) => p.trim()).filter((p) => target.params.includes(p.split("=")[0].trim())).join(", ");
  const axes = form.axes.map((a) => (target.params.includes(a.param.trim()) ? a : { ...a, param: "" })) as SweepForm["axes"];
  return { target: id, base, axes, metrics: target.metricExamples[0] ?? "" };
}

const valueText = (v: Json) => (v === null ? "default" : typeof v === "string" ? v : JSON.stringify(v));

/** The form that shows `spec`, or why it cannot (zipped or more than two axes: run it as it is). */
export function specForm(spec: SweepSpec): { ok: true; form: SweepForm } | { ok: false; why: string } {
  const axes = spec.axes ?? [];
  if (axes.length > 2) return { ok: false, why: `it has ${axes.length} axes (the form shows at most two)` };
  const forms: AxisForm[] = [];
  for (const a of axes) {
    if (!Array.isArray(a) && "zip" in (a as object)) return { ok: false, why: "it has a zipped axis (the form shows single-parameter axes)" };
    const t = a as Record<string, unknown> | unknown[];
    if (Array.isArray(t)) {
      if (t.length === 4) forms.push({ ...emptyAxis(String(t[0])), kind: "range", start: String(t[1]), stop: String(t[2]), step: String(t[3]) });
      else forms.push({ ...emptyAxis(String(t[0])), values: (t[1] as Json[]).map(valueText).join(", ") });
    } else if (Array.isArray(t.values)) forms.push({ ...emptyAxis(String(t.param)), values: (t.values as Json[]).map(valueText).join(", ") });
    else forms.push({ ...emptyAxis(String(t.param)), kind: "range", start: String(t.start), stop: String(t.stop), step: String(t.step) });
  }
  while (forms.length < 2) forms.push(emptyAxis());
  const base = Object.entries(spec.base ?? {}).map(([k, v]) => `${k}=${valueText(v)}`).join(", ");
  return {
    ok: true,
    form: { name: spec.name ?? "", target: spec.target, base, axes: [forms[0], forms[1]], repeats: String(spec.repeats ?? 1), seed: String(spec.seed ?? 0), metrics: spec.metrics.join(", ") },
  };
}
