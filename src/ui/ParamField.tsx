/**
 * One parameter, generated from its schema row: labelled by its package name, with its
 * one-line description and default beside it; a "choice" is a select, any other kind a text
 * field parsed by the codec. The value is committed on Enter or leaving the field; a refused
 * value keeps the text and shows why, and the run keeps the old value. Escape puts the current
 * value back and clears the message.
 */
import { useEffect, useState } from "react";
import { AUTO, formatParam as show } from "../models/params/codec";
import type { ParamSpec } from "../models/params/schema";
import type { SornParams } from "../models/sorn/params";
import { needsReset, setFieldError } from "../state/store";
import { useLab, useLabApi } from "./context";

/** The field for `spec` (a row of `family("sorn").schema`). */
export function ParamField({ spec }: { spec: ParamSpec }) {
  const { lab, store } = useLabApi();
  const name = spec.name as keyof SornParams;
  const value = useLab((s) => s.config.params[name]);
  const error = useLab((s) => s.fieldErrors[name]);
  const pending = useLab((s) => needsReset(s, name));
  const [text, setText] = useState(show(value));
  useEffect(() => setText(show(value)), [value]);
  const id = `param-${spec.name}`;
  const commit = (t: string) => {
    if (t === show(value) && !error) return;
    void lab.setParam(name, t);
  };
  const described = `${id}-desc${error ? ` ${id}-err` : ""}`;
  return (
    <div className={`param${error ? " invalid" : ""}`}>
      <label htmlFor={id} className="param-name">
        {spec.name}
      </label>
      {spec.kind === "choice" ? (
        <select id={id} value={String(value)} aria-describedby={described} onChange={(e) => commit(e.target.value)}>
          {(spec.choices ?? []).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          inputMode="decimal"
          value={text}
          placeholder={spec.kind === "floatOrAuto" ? AUTO : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => setText(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit((e.target as HTMLInputElement).value);
            if (e.key === "Escape") {
              setText(show(value));
              setFieldError(store, name, null);
            }
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
