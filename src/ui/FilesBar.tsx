/** Undo/redo, presets, share link, save/load runs, exports, panel visibility and help. */
import { useRef, useState } from "react";
import { PANELS } from "../panels";
import { KEPT_HISTORY_STEPS } from "../worker/run-history";
import { ACTIONS } from "./actions";
import { ActionButton } from "./ActionButton";
import { CompareMenu } from "./CompareMenu";
import { useHidden, useLab, useLabApi } from "./context";
import { LessonMenu } from "./LessonMenu";
import { Menu } from "./Menu";
import { PresetsMenu, UndoButtons } from "./PresetsMenu";

/** What a saved run keeps of its history (also said in docs/lab.md). */
export const SAVED_HISTORY = `Keeps the state and the latest ${KEPT_HISTORY_STEPS.toLocaleString("en-US")} steps of spikes and connection counts (the mean threshold only from the last step; the copy kept in this browser has it all).`;

/** The right-hand side of the top bar. */
export function FilesBar() {
  const { lab, exporter } = useLabApi();
  const hideFiles = useHidden("files");
  const hidePanels = useHidden("panels");
  const panels = useLab((s) => s.config.panels);
  const fileInput = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const share = async () => {
    const url = lab.shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      setCopied("Link copied");
    } catch {
      setCopied("Link is in the address bar");
    }
    setTimeout(() => setCopied(null), 2500);
  };
  return (
    <div className="files-bar">
      <UndoButtons />
      <PresetsMenu />
      <button type="button" onClick={() => void share()} title="Copy a link that reproduces this configuration">
        Share link
      </button>
      {copied && (
        <span role="status" className="hint">
          {copied}
        </span>
      )}
      <LessonMenu />
      {!hideFiles && (
        <>
          <Menu label="Save">
            <ActionButton action={ACTIONS.saveJson} />
            <ActionButton action={ACTIONS.saveNpz} />
            <p className="menu-note">{SAVED_HISTORY}</p>
          </Menu>
          <button type="button" onClick={() => fileInput.current?.click()} title="Load a run saved from the lab or the command line (.json or .npz)">
            Load run
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.npz,application/json,application/zip"
            aria-label="Run file to load"
            hidden
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = "";
              if (f) void exporter.loadRun(f);
            }}
          />
          <Menu label="Export">
            <ActionButton action={ACTIONS.compose} />
            <ActionButton action={ACTIONS.dashboardSvg} />
            <ActionButton action={ACTIONS.dashboardPng} />
            <ActionButton action={ACTIONS.recordsCsv} />
            <ActionButton action={ACTIONS.recordsJson} />
            <ActionButton action={ACTIONS.stateJson} />
            <ActionButton action={ACTIONS.stateNpz} />
          </Menu>
        </>
      )}
      {!hidePanels && <CompareMenu />}
      {!hidePanels && (
        <Menu label="Panels">
          {PANELS.map(({ id, title }) => (
            <label key={id} className="check">
              <input type="checkbox" checked={panels[id]} onChange={(e) => lab.togglePanel(id, e.target.checked)} /> {title}
            </label>
          ))}
        </Menu>
      )}
      <ActionButton action={ACTIONS.help} className="icon" aria-label="Keyboard shortcuts">
        ?
      </ActionButton>
    </div>
  );
}
