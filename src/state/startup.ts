/**
 * Opening the lab: read the URL's configuration (migrating old links), then either restore the
 * last run from the shell's storage (a reload, or a bare URL) or build the link's run fresh (a
 * shared link reproduces its run). A reload restores the kept state and history with the
 * address's settings (the lab rewrites the address at every edit, so it is never behind the
 * kept copy). Whatever goes wrong, the lab opens with a working network.
 */
import { proxy } from "comlink";
import type { Frame } from "../worker/protocol";
import type { LabController } from "./controller";
import { engineConfig, shouldRestore, type SavedRun } from "./persistence";
import { defaultConfig, simConfig, type LabConfig } from "./schema";
import { addNotice } from "./store";
import { decodeConfig, encodeConfig } from "./url";

/** Connect the frame stream and build the first network (from the settings in the shell's address). */
export async function startLab(lab: LabController): Promise<void> {
  const { store, sim, shell } = lab;
  const fragment = new URL(shell.href()).hash;
  await sim.connect(
    proxy(async (f: Frame) => {
      await lab.onFrame(f);
      await shell.nextPaint();
    }),
  );
  const urlHasConfig = fragment.replace(/^#/, "").length > 0;
  const decoded = urlHasConfig ? decodeConfig(fragment) : { config: defaultConfig(), warnings: [] };
  for (const w of decoded.warnings) addNotice(store, "warning", `Link: ${w}`);
  const saved = await shell.runs.load();
  let restored = false;
  if (saved && shouldRestore(saved, urlHasConfig, shell.tabRun.get())) restored = await restore(lab, saved, urlHasConfig ? decoded.config : null);
  if (!restored) await fresh(lab, decoded.config);
  const { config } = store.getState();
  shell.replaceHash(encodeConfig(config));
  await sim.setSpeed(config.speed);
  store.setState({ ready: true });
  shell.tabRun.set(lab.runId);
  lab.persister.start();
  if (!restored) lab.persister.soon();
  // A link pasted into this tab (the lab's own edits replace the fragment without an event).
  shell.onHashChange(() => {
    shell.tabRun.clear();
    shell.reload();
  });
}

/**
 * Rebuild the kept run: its state and history, with the settings of `fromUrl` (a reload of this
 * tab) or its own. Settings the state refuses fall back to the kept ones; a history the worker
 * refuses is dropped with a warning (the run itself is kept).
 */
async function restore(lab: LabController, saved: SavedRun, fromUrl: LabConfig | null): Promise<boolean> {
  const { store, sim } = lab;
  const normal = (c: LabConfig) => decodeConfig(encodeConfig(c)).config;
  const kept = normal(saved.config);
  const built = normal(saved.built ?? saved.config);
  const attempts: LabConfig[] = fromUrl ? [fromUrl, kept] : [kept];
  let error: unknown;
  for (const desired of attempts) {
    for (const history of saved.history ? [saved.history, undefined] : [undefined]) {
      const engine = engineConfig(built, desired);
      const file = saved.inputFile && desired.input.kind === "file" ? saved.inputFile : null;
      try {
        await (history ? sim.create(simConfig(engine, file), saved.state, history) : sim.create(simConfig(engine, file), saved.state));
      } catch (e) {
        error = e;
        continue;
      }
      store.setState({ config: desired, built: structuredClone(engine), inputFile: file });
      lab.runId = saved.id;
      const step = (saved.state.step ?? 0).toLocaleString("en-US");
      addNotice(store, "info", `Restored your last run at step ${step}.`);
      if (saved.history && !history) addNotice(store, "warning", `The kept history could not be restored (${(error as Error).message}); the panels start at step ${step}.`);
      return true;
    }
  }
  addNotice(store, "warning", `Could not restore the last run (${(error as Error).message}); started a new one.`);
  return false;
}

async function fresh(lab: LabController, config: LabConfig): Promise<void> {
  const { store, sim } = lab;
  if (config.input.kind === "file") {
    addNotice(store, "warning", `This link's input file '${config.input.name}' is not part of the link; load it under Input to reproduce the run.`);
  }
  try {
    await sim.create(simConfig(config, null));
    store.setState({ config, built: structuredClone(config) });
  } catch (e) {
    addNotice(store, "error", `The link's settings could not build a network (${(e as Error).message}); using the defaults.`);
    const d = defaultConfig();
    await sim.create(simConfig(d, null));
    store.setState({ config: d, built: structuredClone(d) });
  }
}
