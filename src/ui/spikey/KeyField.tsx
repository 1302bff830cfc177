/**
 * One key of a part's form, generated from its schema (issue 17 §1): the key's name as the label,
 * a field by its type (a number, a flag, a choice, JSON), its type, range and default beside it,
 * its description as the tooltip and under the field, where its value comes from (user, preset,
 * game, default) and its refusal. Renders {@link SpikeyBuilderModel}'s form.
 */
import type { KeyRow } from "../../state/spikey/builder-form";
import type { SpikeyBuilderModel } from "../../state/spikey/builder";
import { valueText } from "../../state/spikey/builder-form";
import { FieldError } from "../experiments/run-parts";

/** "float in [0, 5], default 1" — the key's type, range and default in words. */
export function keyHint(row: KeyRow): string {
  const k = row.key;
  const range = k.min !== undefined || k.max !== undefined ? ` in [${k.min ?? "−∞"}, ${k.max ?? "∞"}]` : "";
  const choices = k.type === "choice" ? ` (${(k.choices ?? []).join(" | ")})` : "";
  const def = "default" in k ? `, default ${valueText(k.default)}` : ", required";
  return `${k.type}${range}${choices}${def}`;
}

/** One key's field (label, typed control, hint, source, ↺ back to the preset/default, refusal). */
export function KeyField({ model, row, error, disabled }: { model: SpikeyBuilderModel; row: KeyRow; error?: string; disabled: boolean }) {
  const k = row.key;
  const id = `spikey-key-${k.name}`;
  const set = (text: string) => model.editKey(k.name, text);
  const common = { id, "aria-label": k.name, "aria-invalid": !!error, "aria-describedby": `${id}-error`, disabled, title: k.description };
  let field;
  if (k.type === "choice" || k.type === "bool") {
    const options = k.type === "bool" ? ["true", "false"] : (k.choices ?? []);
    field = (
      <select {...common} value={row.text} onChange={(e) => set(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else {
    field = <input {...common} className={k.type === "json" ? "wide" : "narrow"} value={row.text} onChange={(e) => set(e.target.value)} />;
  }
  return (
    <div className="spikey-key" data-source={row.source}>
      <label className="exp-field" htmlFor={id} title={k.description}>
        <code>{k.name}</code>
      </label>{" "}
      {field}{" "}
      <span className="spikey-hint">
        {keyHint(row)} · <em>{row.source}</em>
      </span>
      {row.source === "user" && (
        <button type="button" className="spikey-undo" aria-label={`Use the ${k.name} of the preset or default`} disabled={disabled} onClick={() => model.editKey(k.name, null)}>
          ↺
        </button>
      )}
      <div className="spikey-desc">{k.description}</div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
