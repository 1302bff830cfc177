/**
 * One hyperparameter: labelled by its package name, with its one-line description and default
 * beside it. The value is committed on Enter or leaving the field; a refused value keeps the
 * text and shows why, and the run keeps the old value.
 */
import { useEffect, useState } from "react";
import type { ParamSpec } from "../models/sorn/params";
import { needsReset } from "../state/store";
import { useLab, useLabApi } from "./context";

const show = (v: unknown) => (v === null ? "auto" : String(v));

/** The field for `spec`. */
export function ParamField({ spec }: { spec: ParamSpec }) {
  const { lab } = useLabApi();
  const value = useLab((s) => s.config.params[spec.name]);
  const error = useLab((s) => s.fieldErrors[spec.name]);
  const pending = useLab((s) => needsReset(s, spec.name));
  const [text, setText] = useState(show(value));
  useEffect(() => setText(show(value)), [value]);
  const id = `param-${spec.name}`;
  const commit = (t: string) => {
    if (t === show(value) && !error) return;
    void lab.setParam(spec.name, t);
  };
  const described = `${id}-desc${error ? ` ${id}-err` : ""}`;
  return (
    <div className={`param${error ? " invalid" : ""}`}>
      <label htmlFor={id} className="param-name">
        {spec.name}
      </label>
      {spec.kind === "networkType" ? (
        <select id={id} value={String(value)} aria-describedby={described} onChange={(e) => commit(e.target.value)}>
          <option value="Sparse">Sparse</option>
          <option value="Dense">Dense</option>
        </select>
      ) : (
        <input
          id={id}
          inputMode="decimal"
          value={text}
          placeholder={spec.kind === "floatOrAuto" ? "auto" : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => setText(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit((e.target as HTMLInputElement).value);
            if (e.key === "Escape") setText(show(value));
          }}
        />
      )}
      {pending && <span className="badge">needs reset</span>}
      <p id={`${id}-desc`} className="desc">
        {spec.description} <span className="default">Default: {show(spec.default)}.</span>
        {spec.structural && <span className="structural"> Structural: applies at Reset.</span>}
      </p>
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
