/**
 * The builder half of the Spikey tab (issue 17 §1): a preset (E1 XOR, E4 conditioning, their
 * controls, or none), one part per slot with its description, the game, the seed, the episode
 * length, the modifiers, then each chosen part's form generated from its key schema; Build, and
 * the network spec shared as JSON (download, copy, paste back). Renders
 * {@link SpikeyBuilderModel}'s store.
 */
import { useState } from "react";
import { useStore } from "zustand";
import { findPart, type CatalogueSlot } from "../../models/spikey/catalogue";
import { PRESETS } from "../../models/spikey/presets";
import { BUILDER_SLOTS, keyRows, slotChoices, type KeyRow } from "../../state/spikey/builder-form";
import type { SpikeyBuilderModel } from "../../state/spikey/builder";
import { FieldError, TextField } from "../experiments/run-parts";
import { KeyField } from "./KeyField";

function PartPicker({ model, slot, value }: { model: SpikeyBuilderModel; slot: CatalogueSlot; value: string }) {
  const part = value ? findPart(slot, value) : undefined;
  return (
    <label className="exp-field spikey-part">
      {slot}{" "}
      <select aria-label={`${slot} part`} value={value} onChange={(e) => model.pickPart(slot, e.target.value)}>
        {slotChoices(slot).map((n) => (
          <option key={n} value={n}>
            {n || "(none)"}
          </option>
        ))}
      </select>
      <span className="spikey-desc">{part?.description ?? "No rewarder: no reward is given."}</span>
    </label>
  );
}

function GameFields({ model }: { model: SpikeyBuilderModel }) {
  const form = useStore(model.store, (s) => s.form);
  const errors = useStore(model.store, (s) => s.errors);
  return (
    <div className="exp-controls" role="group" aria-label="Game">
      <label className="exp-field">
        Game{" "}
        <select aria-label="Game" value={form.gameKind} onChange={(e) => model.edit({ gameKind: e.target.value as "logic" | "rand_state" })}>
          <option value="logic">Logic (two bits per pattern)</option>
          <option value="rand_state">rand_state (conditioning)</option>
        </select>
      </label>
      {form.gameKind === "logic" ? (
        <label className="exp-field">
          Gate{" "}
          <select aria-label="Gate" value={form.gate} onChange={(e) => model.edit({ gate: e.target.value })}>
            {["AND", "OR", "XOR"].map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
        </label>
      ) : (
        <TextField id="spikey-nstates" label="States" value={form.nStates} error={errors["game.n_states"]} disabled={false} onChange={(t) => model.edit({ nStates: t })} />
      )}
      <TextField id="spikey-seed" label="Seed" value={form.seed} error={errors.seed} disabled={false} onChange={(t) => model.edit({ seed: t })} />
      <TextField id="spikey-episode" label="Patterns per episode" value={form.episodeTicks} error={errors.episodeTicks} disabled={false} onChange={(t) => model.edit({ episodeTicks: t })} />
    </div>
  );
}

function SharePanel({ model }: { model: SpikeyBuilderModel }) {
  const [text, setText] = useState("");
  const error = useStore(model.store, (s) => s.errors.load);
  return (
    <details className="spikey-share">
      <summary>Load a network spec (JSON)</summary>
      <textarea aria-label="Network spec JSON" rows={6} cols={80} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="exp-controls">
        <button type="button" onClick={() => model.load(text)}>
          Load spec
        </button>
      </div>
      <FieldError id="spikey-load-error" error={error} />
    </details>
  );
}

/** The builder. */
export function BuilderSection({ model }: { model: SpikeyBuilderModel }) {
  const form = useStore(model.store, (s) => s.form);
  const errors = useStore(model.store, (s) => s.errors);
  const dropped = useStore(model.store, (s) => s.dropped);
  const message = useStore(model.store, (s) => s.message);
  const built = useStore(model.store, (s) => s.built);
  const rows = keyRows(form);
  const groups = new Map<string, KeyRow[]>();
  for (const r of rows) groups.set(`${r.group}: ${r.part}`, [...(groups.get(`${r.group}: ${r.part}`) ?? []), r]);
  const general = ["game", "game.kind", "game.gate", "network", "parts", ...BUILDER_SLOTS.map((s) => `parts.${s}`)].filter((k) => errors[k]);
  return (
    <section className="exp-results" aria-labelledby="spikey-build-h">
      <h4 id="spikey-build-h">1. Build a network from parts</h4>
      <div className="exp-controls" role="group" aria-label="Preset and parts">
        <label className="exp-field">
          Preset{" "}
          <select aria-label="Preset" value={form.preset} onChange={(e) => model.pickPreset(e.target.value)}>
            <option value="">(none: parts only)</option>
            {PRESETS.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <span className="spikey-desc">{PRESETS.find((p) => p.name === form.preset)?.description ?? "No preset: every key takes the user's value or its default."}</span>
      </div>
      <div className="spikey-parts" role="group" aria-label="Parts">
        {BUILDER_SLOTS.map((slot) => (
          <PartPicker key={slot} model={model} slot={slot} value={form.parts[slot]} />
        ))}
      </div>
      <GameFields model={model} />
      {dropped.length > 0 && <p className="desc" data-testid="spikey-dropped">Preset keys the chosen parts do not read, left out: {dropped.join(", ")}.</p>}
      <div className="spikey-forms">
        {[...groups.entries()].map(([name, list]) => (
          <fieldset key={name} className="spikey-part-form">
            <legend>{name}</legend>
            {list.map((r) => (
              <KeyField key={r.key.name} model={model} row={r} error={errors[r.key.name]} disabled={false} />
            ))}
          </fieldset>
        ))}
        <fieldset className="spikey-part-form">
          <legend>modifiers (JSON list, e.g. [{'{'}"name":"LinearDecay","param":"learning_rate","step_stop":400,"value_start":0.025,"value_stop":0{'}'}])</legend>
          <input aria-label="modifiers" className="wide" value={form.modifiers} onChange={(e) => model.edit({ modifiers: e.target.value })} />
          <FieldError id="spikey-modifiers-error" error={errors.modifiers} />
        </fieldset>
      </div>
      {general.map((k) => (
        <FieldError key={k} id={`spikey-${k}-error`} error={errors[k]} />
      ))}
      <div className="exp-controls">
        <button type="button" className="primary" onClick={() => void model.build()}>
          Build network
        </button>
        <button type="button" onClick={() => model.download()}>
          Download spec (JSON)
        </button>
        <button type="button" onClick={() => void model.copy()}>
          Copy spec
        </button>
        {built && <span className="spikey-hint">built: {built}</span>}
      </div>
      <p role="status" className="exp-status" data-testid="spikey-build-message">
        {message}
      </p>
      <SharePanel model={model} />
    </section>
  );
}
