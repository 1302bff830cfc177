/**
 * A teacher's link: the current configuration with some controls hidden (`hide=` in the URL,
 * playground's `_hide` flags), so a lesson shows only what it needs.
 */
import { useState } from "react";
import { HIDEABLE } from "../state/schema";
import { useLab, useLabApi } from "./context";
import { Menu } from "./Menu";

/** The checkboxes' names: "Hide …", distinct from the names of the controls they hide. */
const NAMES: Record<(typeof HIDEABLE)[number], string> = {
  rules: "Hide plasticity switches",
  phase: "Hide phase",
  noise: "Hide noise switch",
  seed: "Hide seed",
  input: "Hide input chooser",
  params: "Hide parameters",
  speed: "Hide speed",
  files: "Hide save, load and export",
  panels: "Hide Panels menu",
};

/** Choose what to hide, then copy the link. */
export function LessonMenu() {
  const { lab } = useLabApi();
  const current = useLab((s) => s.config.hide);
  const [hide, setHide] = useState<string[]>(current);
  const [note, setNote] = useState<string | null>(null);
  const copy = async () => {
    const url = lab.shareUrl(hide);
    try {
      await navigator.clipboard.writeText(url);
      setNote("Lesson link copied");
    } catch {
      setNote(url);
    }
  };
  return (
    <Menu label="Lesson link" keepOpen>
      <p className="desc">In the link:</p>
      {HIDEABLE.map((h) => (
        <label key={h} className="check">
          <input type="checkbox" checked={hide.includes(h)} onChange={(e) => setHide(e.target.checked ? [...hide, h] : hide.filter((x) => x !== h))} /> {NAMES[h]}
        </label>
      ))}
      <button type="button" onClick={() => void copy()}>
        Copy lesson link
      </button>
      {note && (
        <span role="status" className="desc lesson-note">
          {note}
        </span>
      )}
      {current.length > 0 && (
        <button type="button" onClick={() => lab.updateConfig({ hide: [] })}>
          Show hidden controls here
        </button>
      )}
    </Menu>
  );
}
