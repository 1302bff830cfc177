/**
 * Opening the lab: read the URL's configuration (migrating old links), then either restore the
 * last run from the shell's storage (a reload, or a bare URL) or build the link's run fresh (a
 * shared link reproduces its run). Whatever goes wrong, the lab opens with a working network.
 */
import { proxy } from "comlink";
import type { Frame } from "../worker/protocol";
import type { LabController } from "./controller";
import { shouldRestore, type SavedRun } from "./persistence";
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
  if (saved && shouldRestore(saved, urlHasConfig, shell.tabRun.get())) restored = await restore(lab, saved);
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

async function restore(lab: LabController, saved: SavedRun): Promise<boolean> {
  const { store, sim } = lab;
  try {
    const config = decodeConfig(encodeConfig(saved.config)).config;
    const file = saved.inputFile && config.input.kind === "file" ? saved.inputFile : null;
    await sim.create(simConfig(config, file), saved.state);
    store.setState({ config, built: structuredClone(config), inputFile: file });
    lab.runId = saved.id;
    addNotice(store, "info", `Restored your last run at step ${(saved.state.step ?? 0).toLocaleString("en-US")}.`);
    return true;
  } catch (e) {
    addNotice(store, "warning", `Could not restore the last run (${(e as Error).message}); started a new one.`);
    return false;
  }
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
