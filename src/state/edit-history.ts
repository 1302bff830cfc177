/**
 * The lab's edit history: every edit of the configuration is one named undo step
 * (`undo.ts`), undo and redo replay a step's old or new values through the lab's own commands
 * (so the worker, the address and the fields follow, and a structural value waits for Reset),
 * and a preset is applied as one step.
 */
import { presetNamed, presetParams, presetRules } from "../models/sorn/presets";
import type { LabConfig } from "./schema";
import { addNotice, pendingStructural, type LabStore } from "./store";
import { applyPatch, pushStep, redoStep, stepFor, undoStep, type ConfigPatch, type PatchTarget } from "./undo";

/** Undo/redo and presets over a target that takes config patches (the controller). */
export class EditHistory {
  private replaying = false;

  constructor(
    private readonly store: LabStore,
    private readonly target: PatchTarget,
  ) {}

  /** Push an edit of `before` onto the undo stack (not while an undo, a redo or a preset replays values). */
  record(before: LabConfig, patch: ConfigPatch, name?: string): void {
    if (this.replaying) return;
    const step = stepFor(before, patch, name);
    if (step) this.store.setState((s) => ({ undo: pushStep(s.undo, step) }));
  }

  /** Undo or redo one step; false when there is none or a value was refused. */
  async travel(direction: "undo" | "redo"): Promise<boolean> {
    const moved = direction === "undo" ? undoStep(this.store.getState().undo) : redoStep(this.store.getState().undo);
    if (!moved) return false;
    this.store.setState({ undo: moved.stacks });
    return this.replay(direction === "undo" ? moved.step.before : moved.step.after);
  }

  /**
   * Apply a preset (`src/models/sorn/presets.ts`) as one undo step, "Preset: <title>": its
   * parameters, rules and noise. Structural values wait for Reset, and a notice says so.
   */
  async applyPreset(id: string): Promise<boolean> {
    const preset = presetNamed(id);
    const { config } = this.store.getState();
    const ok = await this.replay({ params: presetParams(preset), rules: presetRules(preset), noise: preset.noise });
    const now = this.store.getState().config;
    this.record(config, { params: now.params, rules: now.rules, noise: now.noise }, `Preset: ${preset.title}`);
    const pending = pendingStructural(this.store.getState());
    const reset = `${pending.join(", ")} ${pending.length > 1 ? "change" : "changes"} the network's structure: press Reset to apply them; the rest applies from the next step.`;
    if (ok) addNotice(this.store, "info", `Preset: ${preset.title}. ${pending.length > 0 ? reset : "It applies from the next step."}`);
    return ok;
  }

  /** Set a patch's values through the commands, without recording them. */
  private async replay(p: ConfigPatch): Promise<boolean> {
    this.replaying = true;
    try {
      return await applyPatch(this.target, p);
    } finally {
      this.replaying = false;
    }
  }
}
