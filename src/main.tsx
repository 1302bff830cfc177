/**
 * Boot: the page's shell (`src/shell/`), one store, the simulation worker, the one analysis
 * client, the controller and exporter; then React renders the controls while the plots draw from
 * frames. `window.sornLab` is a read-only hook for tests and curious users (digest of the
 * running network, read from the worker).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Exporter } from "./export/exporter";
import { browserShell } from "./shell/browser";
import { sweepLinkParam } from "./shell/sweep-link";
import { startAnalysisWorker, startSimWorker } from "./shell/workers";
import { LabController } from "./state/controller";
import { CorrelationModel } from "./state/correlation";
import { ExperimentsModel } from "./state/experiments/view";
import { FrameBus } from "./state/frame-bus";
import { startLab } from "./state/startup";
import { createLabStore } from "./state/store";
import { App } from "./ui/App";
import { LabContext, type LabApi } from "./ui/context";
import { prepareLesson } from "./ui/lessons/boot";
import { AnalysisClient } from "./worker/client";
import "./ui/styles.css";

const shell = browserShell();
// ?lesson=ID: the lesson's starting configuration goes into the address before the lab reads it.
prepareLesson(shell);
const store = createLabStore();
const sim = startSimWorker();
const analysis = new AnalysisClient(startAnalysisWorker);
const frames = new FrameBus();
const lab = new LabController(store, sim, frames, shell);
const correlation = new CorrelationModel(lab, analysis);
const exporter = new Exporter(lab, correlation, analysis, shell);
const experiments = new ExperimentsModel(shell);
if (sweepLinkParam(location.search)) experiments.open("sweeps"); // ?sweep=…: a sweep link opens the Sweeps tab
const api: LabApi = { store, lab, exporter, correlation, frames, experiments, actions: { lab, exporter, correlation } };

let framesSeen = 0;
frames.subscribe(() => framesSeen++);
let lastRun = -1;
frames.subscribe((f) => {
  if (f.run !== lastRun && lastRun !== -1) correlation.clear();
  lastRun = f.run;
});

/** Read-only test hook: what the worker is running. */
(window as unknown as { sornLab: unknown }).sornLab = {
  digest: () => sim.digest(),
  frames: () => framesSeen,
  step: () => store.getState().t,
  ready: () => store.getState().ready,
  saved: () => store.getState().savedStep,
  config: () => structuredClone(store.getState().config),
};

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <LabContext.Provider value={api}>
      <App />
    </LabContext.Provider>
  </StrictMode>,
);

startLab(lab).catch((e) => {
  console.error(e);
  store.setState({ notices: [{ id: 0, kind: "error", text: `The lab could not start: ${(e as Error).message}` }] });
});
