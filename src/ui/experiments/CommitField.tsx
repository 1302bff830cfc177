/**
 * A text field that commits its text on Enter or when it loses focus, showing the refusal of a
 * bad value beside it (the experiments' forms: the model checks the text, the field shows why).
 */
import { useEffect, useState } from "react";

/** A text field applied on Enter or when it loses focus; its refusal is shown under it. */
export function CommitField({ id, label, value, placeholder, error, wide, commit }: { id: string; label: string; value: string; placeholder?: string; error?: string; wide?: boolean; commit: (text: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <label className="exp-field" htmlFor={id}>
      {label}{" "}
      <input
        id={id}
        className={wide ? "wide" : "narrow"}
        value={text}
        placeholder={placeholder}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && commit(text)}
        onBlur={() => text !== value && commit(text)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
