/**
 * The builder half of the Spikey tab (issue 17 §1): the form ({@link BuilderForm}), its refusals
 * by field, Build (a new network in the run's worker, only when the whole form parses: a bad
 * value leaves the running network untouched), and the network spec shared as JSON (download,
 * copy, paste back). No DOM: the page passes the download and the clipboard.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { CatalogueSlot } from "../../models/spikey/catalogue";
import { defaultBuilderForm, presetForm, presetParams, valueText, withPart, type BuilderForm } from "./builder-form";
import { parseBuilder, readShared, shareText } from "./builder-parse";
import type { SpikeyRunModel } from "./run";

export interface SpikeyBuilderBackend {
  save(text: string, filename: string): void;
  copy(text: string): Promise<void>;
}

export interface SpikeyBuilderState {
  form: BuilderForm;
  /** Refusals by field: a key's name, "seed", "episodeTicks", "modifiers", "game.*", "parts.*", "network", "load". */
  errors: Record<string, string>;
  /** The preset keys the chosen parts do not read (left out of the network). */
  dropped: string[];
  /** The hash of the network last built from this form. */
  built: string | null;
  message: string | null;
}

/** The builder's commands and store (see the module's comment). */
export class SpikeyBuilderModel {
  readonly store: StoreApi<SpikeyBuilderState>;

  constructor(
    private readonly run: SpikeyRunModel,
    private readonly backend: SpikeyBuilderBackend,
  ) {
    const form = defaultBuilderForm();
    this.store = createStore<SpikeyBuilderState>()(() => ({ form, errors: {}, dropped: presetParams(form).dropped, built: null, message: null }));
  }

  private setForm(form: BuilderForm, clear?: string[]): void {
    const errors = clear ? Object.fromEntries(Object.entries(this.store.getState().errors).filter(([k]) => !clear.includes(k))) : {};
    this.store.setState({ form, errors, dropped: presetParams(form).dropped });
  }

  /** Load a preset's parts, game and episode length (user keys cleared); "" detaches: the preset's values become the user's. */
  pickPreset(name: string): void {
    const f = this.store.getState().form;
    if (name !== "") return this.setForm(presetForm(name, f.seed));
    const user = Object.fromEntries(Object.entries(presetParams(f).used).map(([k, v]) => [k, valueText(v)]));
    this.setForm({ ...f, preset: "", user: { ...user, ...f.user } });
  }

  /** Pick a part for a slot (the preset stays as a template). */
  pickPart(slot: CatalogueSlot, name: string): void {
    this.setForm(withPart(this.store.getState().form, slot, name));
  }

  /** The user's text for a key; null takes the user's value away (the preset's, game's or default applies). */
  editKey(name: string, text: string | null): void {
    const f = this.store.getState().form;
    const user = { ...f.user };
    if (text === null) delete user[name];
    else user[name] = text;
    this.setForm({ ...f, user }, [name]);
  }

  /** Edit the other fields (seed, episode, modifiers, game). */
  edit(patch: Partial<Pick<BuilderForm, "seed" | "episodeTicks" | "modifiers" | "gameKind" | "gate" | "nStates">>): void {
    const clear = Object.keys(patch).flatMap((k) => (k === "gameKind" || k === "gate" || k === "nStates" ? ["game", "game.gate", "game.n_states", "game.kind"] : [k]));
    this.setForm({ ...this.store.getState().form, ...patch }, clear);
  }

  /** Build the form's network in the worker; a refusal is shown at its field and nothing else changes. */
  async build(): Promise<boolean> {
    const parsed = parseBuilder(this.store.getState().form);
    if (!parsed.ok) {
      const first = Object.values(parsed.errors)[0];
      this.store.setState({ errors: parsed.errors, message: `Not built: ${first}` });
      return false;
    }
    this.store.setState({ errors: {}, message: null });
    const ok = await this.run.build(parsed.spec, parsed.target);
    if (ok) this.store.setState({ built: parsed.hash });
    return ok;
  }

  /** The form's network spec as shareable JSON, or null (with the refusals) when it does not parse. */
  specText(): string | null {
    const parsed = parseBuilder(this.store.getState().form);
    if (!parsed.ok) {
      this.store.setState({ errors: parsed.errors, message: `Not shared: ${Object.values(parsed.errors)[0]}` });
      return null;
    }
    return shareText(parsed.spec);
  }

  download(): void {
    const text = this.specText();
    if (text) this.backend.save(text, `spikey-network-${JSON.parse(text).hash}.json`);
  }

  async copy(): Promise<void> {
    const text = this.specText();
    if (!text) return;
    try {
      await this.backend.copy(text);
      this.store.setState({ message: "Copied the network spec (JSON) to the clipboard." });
    } catch (e) {
      this.store.setState({ message: `Could not copy: ${(e as Error).message}` });
    }
  }

  /** Read a shared spec into the form (a bad file: its refusal under "load", the form kept). */
  load(text: string): boolean {
    try {
      this.setForm(readShared(text));
      this.store.setState({ message: "Loaded the network spec; Build to run it." });
      return true;
    } catch (e) {
      this.store.setState({ errors: { ...this.store.getState().errors, load: (e as Error).message }, message: null });
      return false;
    }
  }
}
