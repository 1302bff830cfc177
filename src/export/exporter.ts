/**
 * Every export of the lab: each panel as SVG or PNG (the figure definitions of `src/figures/`,
 * built in the workers), the dashboard as one figure, a composed figure of picked panels at a
 * print size as SVG, PNG or PDF (`composer.ts`), the records as CSV or JSON, the state as
 * JSON or .npz, and saving/loading whole runs. Files are handed to the shell's `download`;
 * failures become notices; nothing here can break the run.
 */
import { captionText } from "../figures/caption";
import { applyPrintSize, pngPixelWidth, type PrintSize } from "../figures/print-size";
import type { FigureLayout } from "../figures/svg";
import type { LabController } from "../state/controller";
import { fieldMessage } from "../state/controller";
import type { CorrelationModel } from "../state/correlation";
import { panelDef, type PanelId } from "../panels";
import { inputChoiceOf, inputSpec, type LabConfig } from "../state/schema";
import { addNotice, type LabStore } from "../state/store";
import { shownPanels } from "../state/url";
import type { AppShell } from "../state/shell";
import type { AnalysisClient } from "../worker/client";
import type { FigureOptions } from "../worker/protocol";
import { ComposerModel, type ComposedFormat } from "./composer";
import { emptyUndo } from "../state/undo";

/** MIME types of the files the lab writes. */
export const MIME = {
  svg: "image/svg+xml",
  png: "image/png",
  csv: "text/csv",
  json: "application/json",
  npz: "application/zip",
  txt: "text/plain",
  pdf: "application/pdf",
} as const;

/** Which figure file format. */
export type FigureFormat = "svg" | "png" | "pdf";

/** A print size and the PNG's resolution at it. */
interface PrintOptions {
  size: PrintSize;
  dpi: number;
}

/** A run file picked by the user (a `File` in the page). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Exports, downloads and run files. */
export class Exporter {
  /** The composer dialog's model (its panels come from {@link panelSvg}). */
  readonly composer: ComposerModel;

  constructor(
    private readonly lab: LabController,
    private readonly correlation: CorrelationModel,
    private readonly analysis: AnalysisClient,
    private readonly shell: Pick<AppShell, "download">,
  ) {
    this.composer = new ComposerModel({
      panelSvg: (p, layout) => this.panelSvg(p, layout),
      figureStamp: () => {
        const s = this.store.getState();
        return [s.t, s.config, s.built, this.lab.runId, this.correlation.result, this.correlation.threshold, this.correlation.color];
      },
      step: () => this.store.getState().t,
      figureMeta: () => this.meta(),
      unavailable: (p) => (panelDef(p)?.figure.source === "correlation" && !this.correlation.result ? "compute the correlation network first (in its panel)" : null),
      saveComposed: async (svg, format, size, dpi) =>
        format === "txt" ? this.shell.download(captionText(svg), `${this.stem()}-composed.txt`, MIME.txt) : this.save(svg, `${this.stem()}-composed`, format, { size, dpi }),
    });
  }

  private get store(): LabStore {
    return this.lab.store;
  }

  /** The file name stem for the current run: sorn-seed42-t1500. */
  private stem(): string {
    const s = this.store.getState();
    return `sorn-seed${s.built?.seed ?? s.config.seed}-t${s.t}`;
  }

  private meta(): Omit<FigureOptions["meta"], "title"> {
    const { config, built } = this.store.getState();
    const c: LabConfig = built ? { ...config, seed: built.seed, params: built.params } : config;
    return { config: { params: c.params, rules: c.rules, phase: c.phase, noise: c.noise, input: c.input }, seed: c.seed };
  }

  /** The SVG of one panel's figure, as its registration says to make it (`src/panels/`), laid out in `layout` when given. */
  async panelSvg(panel: PanelId, layout?: FigureLayout): Promise<string> {
    const def = panelDef(panel);
    if (!def) throw new Error(`unknown panel '${panel}'`);
    const { config } = this.store.getState();
    const meta = this.meta();
    if (def.figure.source === "correlation") {
      const r = this.correlation.result;
      if (!r) throw new Error("compute the correlation network first");
      const title = def.title;
      const { threshold, rates, color } = this.correlation;
      return this.analysis.run((a) => a.networkSvg(r.matrix, r.n, threshold, { title, config: meta.config, seed: meta.seed, ...(layout ? { layout } : {}) }, { rates, color }));
    }
    const groups = Object.fromEntries((this.lab.frames.latest?.spikes.groups ?? []).map((g) => [g.name, g.size]));
    const options: FigureOptions = { meta: { ...meta, title: def.title, ...(layout ? { layout } : {}) }, ...def.figureOptions?.(config, groups) };
    return this.lab.sim.figure(def.figure.kind, options);
  }

  /** Download one panel as SVG or PNG. */
  figure = async (panel: PanelId, format: FigureFormat): Promise<void> => {
    await this.busy(`export-${panel}`, async () => {
      const svg = await this.panelSvg(panel);
      await this.save(svg, `${this.stem()}-${panel}`, format);
    });
  };

  /** Download every shown panel composed into one figure. */
  dashboard = async (format: FigureFormat): Promise<void> => {
    await this.busy("export-dashboard", async () => {
      const panels = shownPanels(this.store.getState().config).filter((p) => panelDef(p)?.figure.source !== "correlation" || this.correlation.result);
      if (panels.length === 0) throw new Error("no panel is shown");
      const svgs: string[] = [];
      for (const p of panels) svgs.push(await this.panelSvg(p));
      const meta = this.meta();
      const svg = await this.analysis.run((a) => a.dashboardSvg(svgs, { title: "SORN Lab dashboard", config: meta.config, seed: meta.seed }));
      await this.save(svg, `${this.stem()}-dashboard`, format);
    });
  };

  /** Download the composer's figure (its settings as the dialog has them) as SVG, PNG or PDF. */
  composition = async (format: ComposedFormat): Promise<void> => {
    await this.busy("export-composed", () => this.composer.download(format));
  };

  /** `svg` as a file; at a print size, the SVG sized in mm (or px), the PNG at the dpi, the PDF one page that size. */
  private async save(svg: string, name: string, format: FigureFormat, print?: PrintOptions): Promise<void> {
    const sized = print ? applyPrintSize(svg, print.size) : svg;
    if (format === "svg") return this.shell.download(sized, `${name}.svg`, MIME.svg);
    if (format === "pdf") {
      const pdf = await this.analysis.run((a) => a.pdf(svg, print?.size));
      return this.shell.download(pdf, `${name}.pdf`, MIME.pdf);
    }
    const png = await this.analysis.run((a) => (print ? a.png(sized, { width: pngPixelWidth(svg, print.size, print.dpi) }) : a.png(svg)));
    this.shell.download(png, `${name}.png`, MIME.png);
  }

  /** The recorded history as CSV or JSON. */
  records = async (format: "csv" | "json"): Promise<void> => {
    await this.busy("export-records", async () => {
      const text = await this.lab.sim.records(format);
      this.shell.download(text, `${this.stem()}-records.${format}`, MIME[format]);
    });
  };

  /** The state (config + engine state with generators, no records) as JSON or .npz. */
  state = async (format: "json" | "npz"): Promise<void> => {
    await this.busy("export-state", async () => {
      const out = await this.lab.sim.saveRun(format, false);
      this.shell.download(out, `${this.stem()}-state.${format}`, MIME[format]);
    });
  };

  /** Save the whole run (config, state, recorded history) to a file. */
  saveRun = async (format: "json" | "npz"): Promise<void> => {
    await this.busy("save-run", async () => {
      const out = await this.lab.sim.saveRun(format, true);
      this.shell.download(out, `${this.stem()}-run.${format}`, MIME[format]);
    });
  };

  /** Load a run file; a bad file leaves the current run as it is and says why. */
  loadRun = async (file: PickedFile): Promise<boolean> => {
    const { store, lab } = this;
    const { config, built, inputFile } = store.getState();
    let info;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      info = await lab.sim.loadRun(file.name, bytes, inputSpec(config.input, built?.seed ?? config.seed, inputFile));
    } catch (e) {
      addNotice(store, "error", `Could not load '${file.name}': ${fieldMessage(e)}. The current run is unchanged.`);
      return false;
    }
    const c = info.config;
    const next: LabConfig = { ...config, seed: c.seed, params: c.params, rules: c.rules, phase: c.phase, noise: c.noise, input: inputChoiceOf(c.input, c.seed) };
    const file2 = c.input.kind === "matrix" ? { name: c.input.name, nu: c.input.nu, T: c.input.T, data: c.input.data } : inputFile;
    lab.updateConfig(next);
    // a loaded run starts a new edit history: undo must not replay the previous run's edits onto it
    store.setState({ built: structuredClone(next), inputFile: file2, fieldErrors: {}, status: null, runError: null, undo: emptyUndo() });
    this.correlation.clear();
    addNotice(store, "info", `Loaded '${file.name}' at step ${info.t.toLocaleString("en-US")}.`);
    for (const n of info.notes) addNotice(store, "warning", n);
    lab.newRun();
    return true;
  };

  private async busy(key: string, fn: () => Promise<void>): Promise<void> {
    this.store.setState((s) => ({ busy: { ...s.busy, [key]: true } }));
    try {
      await fn();
    } catch (e) {
      addNotice(this.store, "error", `Export failed: ${fieldMessage(e)}`);
    } finally {
      this.store.setState((s) => ({ busy: { ...s.busy, [key]: false } }));
    }
  }
}
