/**
 * The "Compare" control: start run B from the current run with one change — nothing (a copy,
 * whose distance must stay 0), one rule switched, or one live parameter set — read from the
 * model's schema and rules.
 */
import { useState } from "react";
import { family } from "../models/registry";
import type { CompareChange } from "../worker/protocol";
import { useLab, useLabApi } from "./context";
import { Menu } from "./Menu";

/** The menu with its small form. */
export function CompareMenu() {
  const { lab } = useLabApi();
  const rulesOn = useLab((s) => s.config.rules as Record<string, boolean>);
  const ready = useLab((s) => s.ready);
  const fam = family("sorn");
  const live = fam.schema.filter((p) => !p.structural && p.kind !== "choice");
  const [kind, setKind] = useState<CompareChange["kind"]>("rule");
  const [rule, setRule] = useState(fam.rules[0].name);
  const [param, setParam] = useState(live[0].name);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    let change: CompareChange;
    if (kind === "none") change = { kind: "none" };
    else if (kind === "rule") change = { kind: "rule", rule, on: !rulesOn[rule] };
    else {
      const v = Number(value.trim());
      if (value.trim() === "" || !Number.isFinite(v)) return setError(`${param}: must be a finite number, got '${value}'`);
      change = { kind: "param", name: param, value: v };
    }
    setError(null);
    await lab.compare.start(change);
  };
  return (
    <Menu label="Compare">
      <fieldset className="compare-form">
        <legend>Run B splits from this run now and differs by</legend>
        <label className="check">
          <input type="radio" name="compare-kind" checked={kind === "none"} onChange={() => setKind("none")} /> nothing (a copy)
        </label>
        <label className="check">
          <input type="radio" name="compare-kind" checked={kind === "rule"} onChange={() => setKind("rule")} /> a rule switched
        </label>
        <select aria-label="Rule switched in B" value={rule} disabled={kind !== "rule"} onChange={(e) => setRule(e.target.value)}>
          {fam.rules.map((r) => (
            <option key={r.name} value={r.name}>
              {r.title} {rulesOn[r.name] ? "off" : "on"} in B
            </option>
          ))}
        </select>
        <label className="check">
          <input type="radio" name="compare-kind" checked={kind === "param"} onChange={() => setKind("param")} /> a parameter
        </label>
        <span className="field-row inline">
          <select aria-label="Parameter set in B" value={param} disabled={kind !== "param"} onChange={(e) => setParam(e.target.value)}>
            {live.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
          <input aria-label="Its value in B" className="narrow" value={value} disabled={kind !== "param"} onChange={(e) => setValue(e.target.value)} />
        </span>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
        <button type="button" disabled={!ready} onClick={() => void start()}>
          Start comparing
        </button>
      </fieldset>
    </Menu>
  );
}
