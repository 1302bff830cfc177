/**
 * The input chooser: none, uniform random (the README's), a constant pattern, a repeating
 * symbol sequence (one group of input units per symbol), or a nu × T file (JSON, CSV, .npy).
 * Picking a kind applies it at once with the values in its fields (a file once one is chosen);
 * an edit of those values applies on Enter or Apply, and until then a hint says so. A choice
 * applies from the next step; one that does not fit the network is refused here.
 */
import { useEffect, useState } from "react";
import { parseNonEmpty, parseNumber, parseNumberList } from "../models/params/codec";
import { SornInputError } from "../models/params/error";
import { parseInputSeed } from "../models/params/seed";
import type { InputChoice } from "../state/schema";
import { fieldMessage } from "../state/controller";
import { setFieldError } from "../state/store";
import { useHidden, useLab, useLabApi } from "./context";

const KINDS: { kind: InputChoice["kind"]; label: string }[] = [
  { kind: "none", label: "None" },
  { kind: "uniform", label: "Uniform random" },
  { kind: "constant", label: "Constant pattern" },
  { kind: "sequence", label: "Symbol sequence" },
  { kind: "file", label: "File" },
];

/** Settings of the chosen kind, as text until applied. */
interface Draft {
  seed: string;
  pattern: string;
  sequence: string;
  amplitude: string;
}

function draftOf(c: InputChoice): Draft {
  return {
    seed: c.kind === "uniform" && c.seed !== null ? String(c.seed) : "",
    pattern: c.kind === "constant" ? c.values.join(", ") : "1",
    sequence: c.kind === "sequence" ? c.sequence : "ABCD",
    amplitude: c.kind === "sequence" ? String(c.amplitude) : "1",
  };
}

/**
 * Parse the draft for `kind` into a choice through the codec, or say what is wrong in its
 * wording, naming the field ("amplitude: must be a finite number, got 'x'").
 */
export function choiceFromDraft(kind: InputChoice["kind"], d: Draft, fileName: string | null): InputChoice | string {
  try {
    switch (kind) {
      case "none":
        return { kind: "none" };
      case "uniform":
        return { kind: "uniform", seed: parseInputSeed(d.seed, "input seed") };
      case "constant":
        return { kind: "constant", values: parseNumberList(d.pattern, "pattern") };
      case "sequence":
        return { kind: "sequence", sequence: parseNonEmpty(d.sequence, "sequence"), amplitude: parseNumber(d.amplitude, "amplitude") };
      case "file":
        return fileName ? { kind: "file", name: fileName } : "choose a file";
    }
  } catch (e) {
    if (e instanceof SornInputError) return e.message;
    throw e;
  }
}

/** Whether a parsed draft (or its error) is the choice in use. */
function sameChoice(d: InputChoice | string, c: InputChoice): boolean {
  if (typeof d === "string" || d.kind !== c.kind) return false;
  if (d.kind === "constant" && c.kind === "constant") return d.values.length === c.values.length && d.values.every((v, k) => v === c.values[k]);
  if (d.kind === "sequence" && c.kind === "sequence") return d.sequence === c.sequence && d.amplitude === c.amplitude;
  return true;
}

/** The input section of the controls. */
export function InputPanel() {
  const { lab, store } = useLabApi();
  const choice = useLab((s) => s.config.input);
  const nu = useLab((s) => s.built?.params.nu ?? s.config.params.nu);
  const file = useLab((s) => s.inputFile);
  const error = useLab((s) => s.fieldErrors.input);
  const hidden = useHidden("input");
  const [kind, setKind] = useState(choice.kind);
  const [draft, setDraft] = useState(() => draftOf(choice));
  useEffect(() => {
    setKind(choice.kind);
    setDraft(draftOf(choice));
  }, [choice]);
  if (hidden) return null;
  const apply = (k = kind, d = draft) => {
    const c = choiceFromDraft(k, d, file?.name ?? null);
    if (typeof c === "string") setFieldError(store, "input", c);
    else void lab.setInput(c);
  };
  const loadFile = async (f: File) => {
    try {
      const m = await lab.sim.parseInputFile(f.name, new Uint8Array(await f.arrayBuffer()));
      if (m.nu !== nu) throw new Error(`'${f.name}' has ${m.nu} rows but the network has nu = ${nu} input units`);
      store.setState({ inputFile: { name: f.name, nu: m.nu, T: m.T, data: m.data } });
      await lab.setInput({ kind: "file", name: f.name });
    } catch (e) {
      setFieldError(store, "input", fieldMessage(e, "input file"));
    }
  };
  // An edited pattern or sequence that is not in use yet says how to use it.
  const drafted = kind === "constant" || kind === "sequence" ? choiceFromDraft(kind, draft, null) : choice;
  const unapplied = !sameChoice(drafted, choice);
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  const applyOnEnter = (e: React.KeyboardEvent) => e.key === "Enter" && apply();
  return (
    <section className="control-group" aria-labelledby="input-h">
      <h2 id="input-h">Input</h2>
      <div role="radiogroup" aria-labelledby="input-h" className="radios">
        {KINDS.map((k) => (
          <label key={k.kind} className="check">
            <input
              type="radio"
              name="input-kind"
              checked={kind === k.kind}
              onChange={() => {
                setKind(k.kind);
                if (k.kind !== "file" || file) apply(k.kind);
              }}
            />{" "}
            {k.label}
          </label>
        ))}
      </div>
      <p className="desc">Input unit i drives E neuron i directly (nu = {nu} units).</p>
      {kind === "uniform" && (
        <div className="field-row">
          <label htmlFor="input-seed">input seed</label>
          <input id="input-seed" value={draft.seed} placeholder="seed + 1000" onChange={set("seed")} onBlur={() => apply()} onKeyDown={applyOnEnter} />
        </div>
      )}
      {kind === "constant" && (
        <div className="field-row">
          <label htmlFor="input-pattern">pattern</label>
          <input id="input-pattern" value={draft.pattern} aria-describedby="pattern-desc" onChange={set("pattern")} onKeyDown={applyOnEnter} />
          <button type="button" onClick={() => apply()}>
            Apply
          </button>
          <span id="pattern-desc" className="desc">
            one value for every unit, or {nu} values
          </span>
        </div>
      )}
      {kind === "sequence" && (
        <div className="field-row">
          <label htmlFor="input-sequence">sequence</label>
          <input id="input-sequence" className="narrow" value={draft.sequence} onChange={set("sequence")} onKeyDown={applyOnEnter} />
          <label htmlFor="input-amplitude">amplitude</label>
          <input id="input-amplitude" className="narrow" value={draft.amplitude} onChange={set("amplitude")} onKeyDown={applyOnEnter} />
          <button type="button" onClick={() => apply()}>
            Apply
          </button>
          <span className="desc">one group of ⌊nu / symbols⌋ units per symbol, one symbol per step, repeating</span>
        </div>
      )}
      {kind === "file" && (
        <div className="field-row">
          <label htmlFor="input-file">input file</label>
          <input id="input-file" type="file" accept=".json,.csv,.txt,.npy" onChange={(e) => e.target.files?.[0] && void loadFile(e.target.files[0])} />
          <span className="desc">
            {file ? `${file.name}: ${file.nu} × ${file.T}, repeating every ${file.T} steps` : choice.kind === "file" ? `'${choice.name}' is not loaded; choose it again` : `nu × T (${nu} rows)`}
          </span>
        </div>
      )}
      {unapplied && !error && (
        <p className="desc" role="status">
          Not in use yet: press Apply to use this input (or Enter in its field).
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
