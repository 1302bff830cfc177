/** The lab's page: top bar (run controls, files), status strip, controls sidebar, live panels. */
import { ComposerDialog } from "./ComposerDialog";
import { useLab, useLabApi } from "./context";
import { FilesBar } from "./FilesBar";
import { HelpDialog } from "./HelpDialog";
import { InputPanel } from "./InputPanel";
import { CompareView } from "./CompareView";
import { ExperimentsMenu, ExperimentsSection } from "./ExperimentsMenu";
import { Panels } from "./Panels";
import { ParamsPanel } from "./ParamsPanel";
import { RulesPanel } from "./RulesPanel";
import { SavedIndicator, StatusBar } from "./StatusBar";
import { ThemeToggle } from "./ThemeToggle";
import { Transport } from "./Transport";
import { useShortcuts } from "./useShortcuts";
import { LessonGuide } from "./lessons/LessonGuide";
import { LessonsMenu } from "./lessons/LessonsMenu";
import { WelcomeDialog } from "./lessons/WelcomeDialog";

/** The whole page. */
export function App() {
  const api = useLabApi();
  const ready = useLab((s) => s.ready);
  const ne = useLab((s) => s.built?.params.ne);
  useShortcuts(api.actions);
  return (
    <div className="app" aria-busy={!ready}>
      <header className="topbar">
        <h1>
          SORN Lab <span className="subtitle">self-organizing recurrent network{ne ? `, ${ne} E neurons` : ""}</span>
        </h1>
        <Transport />
        <FilesBar />
        <ExperimentsMenu />
        <LessonsMenu />
        <ThemeToggle />
      </header>
      <StatusBar />
      <main className="layout">
        <aside className="controls" aria-label="Settings">
          <RulesPanel />
          <InputPanel />
          <ParamsPanel />
        </aside>
        <div className="views">
          <LessonGuide />
          <ExperimentsSection />
          <CompareView />
          <Panels />
        </div>
      </main>
      <footer className="footer">
        <SavedIndicator />
        <span>
          Press <kbd>?</kbd> for shortcuts. Runs in your browser; nothing is sent anywhere.
        </span>
      </footer>
      <HelpDialog />
      <ComposerDialog />
      <WelcomeDialog />
    </div>
  );
}
