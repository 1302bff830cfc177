/** The lab's page: top bar (run controls, files), status strip, controls sidebar, live panels. */
import { useState } from "react";
import type { ActionContext } from "./actions";
import { useLab, useLabApi } from "./context";
import { FilesBar } from "./FilesBar";
import { HelpDialog } from "./HelpDialog";
import { InputPanel } from "./InputPanel";
import { Panels } from "./Panels";
import { ParamsPanel } from "./ParamsPanel";
import { RulesPanel } from "./RulesPanel";
import { SavedIndicator, StatusBar } from "./StatusBar";
import { Transport } from "./Transport";
import { useShortcuts } from "./useShortcuts";

/** The whole page. */
export function App() {
  const api = useLabApi();
  const [stepN, setStepN] = useState("100");
  const ready = useLab((s) => s.ready);
  const ne = useLab((s) => s.built?.params.ne);
  // The N of "Step N" is read when a command runs (keyboard or button).
  api.actions.stepCount = () => {
    const n = Number(stepN);
    return Number.isInteger(n) && n >= 1 ? n : 1;
  };
  useShortcuts(api.actions as ActionContext);
  return (
    <div className="app" aria-busy={!ready}>
      <header className="topbar">
        <h1>
          SORN Lab <span className="subtitle">self-organizing recurrent network{ne ? `, ${ne} E neurons` : ""}</span>
        </h1>
        <Transport stepN={stepN} setStepN={setStepN} />
        <FilesBar />
      </header>
      <StatusBar />
      <main className="layout">
        <aside className="controls" aria-label="Settings">
          <RulesPanel />
          <InputPanel />
          <ParamsPanel />
        </aside>
        <Panels />
      </main>
      <footer className="footer">
        <SavedIndicator />
        <span>
          Press <kbd>?</kbd> for shortcuts. Runs in your browser; nothing is sent anywhere.
        </span>
      </footer>
      <HelpDialog />
    </div>
  );
}
