/**
 * Every parameter of the model, generated from its family's schema as the registry serves it
 * (`family("sorn").schema`), grouped in the schema's order, plus the seed.
 */
import { useEffect, useState } from "react";
import { family } from "../models/registry";
import { needsReset, setFieldError } from "../state/store";
import { useHidden, useLab, useLabApi } from "./context";
import { ParamField } from "./ParamField";

const SCHEMA = family("sorn").schema;
/** The schema's groups, in the order their first parameters appear. */
const GROUPS = [...new Set(SCHEMA.map((s) => s.group))];

/** The seed field (a reset applies it). */
function SeedField() {
  const { lab, store } = useLabApi();
  const seed = useLab((s) => s.config.seed);
  const error = useLab((s) => s.fieldErrors.seed);
  const pending = useLab((s) => needsReset(s, "seed"));
  const [text, setText] = useState(String(seed));
  useEffect(() => setText(String(seed)), [seed]);
  return (
    <div className={`param${error ? " invalid" : ""}`}>
      <label htmlFor="param-seed" className="param-name">
        seed
      </label>
      <input
        id="param-seed"
        inputMode="numeric"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`seed-desc${error ? " seed-err" : ""}`}
        onChange={(e) => setText(e.target.value)}
        onBlur={(e) => e.target.value !== String(seed) && lab.setSeed(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") lab.setSeed((e.target as HTMLInputElement).value);
          if (e.key === "Escape") {
            setText(String(seed));
            setFieldError(store, "seed", null);
          }
        }}
      />
      {pending && <span className="badge">needs reset</span>}
      <p id="seed-desc" className="desc">
        Seeds both generators, as np.random.seed(S); random.seed(S). Same seed, settings and input give the same spikes. <span className="structural">Applies at Reset.</span>
      </p>
      {error && (
        <p id="seed-err" className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The parameter groups, each collapsible. */
export function ParamsPanel() {
  const hidden = useLab((s) => s.config.hide);
  const hideAll = useHidden("params");
  const hideSeed = useHidden("seed");
  if (hideAll && hideSeed) return null;
  return (
    <section className="control-group" aria-labelledby="params-h">
      <h2 id="params-h">Parameters</h2>
      {!hideSeed && <SeedField />}
      {!hideAll &&
        GROUPS.map((g) => {
          const specs = SCHEMA.filter((s) => s.group === g && !hidden.includes(s.name));
          if (specs.length === 0) return null;
          return (
            <details key={g} className="param-group" open={g === "Plasticity"}>
              <summary>{g}</summary>
              {specs.map((s) => (
                <ParamField key={s.name} spec={s} />
              ))}
            </details>
          );
        })}
    </section>
  );
}
