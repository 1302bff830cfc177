/**
 * The composer dialog's model: its own small zustand store (open, the settings, the preview) and
 * the work behind it. Picking panels or changing a setting recomposes the preview from the
 * panels' figures, laid out at the print size as the CLI lays them out (`compositionLayout`),
 * each asked of the workers once per step, configuration and layout (a cache keyed by
 * what the figures depend on, so a run that moved on is drawn afresh); a download composes at the
 * current step and hands the SVG to the exporter with the chosen print size. No DOM: the page's dialog renders the store, Node tests drive it.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { PrintSize } from "../figures/print-size";
import type { FigureLayout } from "../figures/svg";
import { PANEL_IDS, type PanelId } from "../panels";
import {
  compositionLayout,
  compositionProblem,
  compositionSize,
  composeSvg,
  composeSvgForPrint,
  defaultComposition,
  orderedPanels,
  pickPanel,
  type CompositionSettings,
} from "./composition";

/** Which file format a composed figure downloads as ("txt": its caption and configuration summary). */
export type ComposedFormat = "svg" | "png" | "pdf" | "txt";

/** What the composer needs from the lab (the exporter gives it). */
export interface ComposerBackend {
  /** One panel's figure SVG, made now, laid out in `layout` (its width and height in user units). */
  panelSvg(panel: PanelId, layout?: FigureLayout): Promise<string>;
  /** What the panels' figures depend on (step, configuration, correlation result), compared by identity. */
  figureStamp(): readonly unknown[];
  /** The step the figures show now. */
  step(): number;
  /** The run's configuration and seed, for the metadata. */
  figureMeta(): { config: unknown; seed: number };
  /** Why a panel cannot be drawn now (e.g. a correlation network not computed), or null. */
  unavailable(panel: PanelId): string | null;
  /** Download a composed SVG (not yet at a print size) as `format` at `size`, the PNG at `dpi`, or its caption ("txt"). */
  saveComposed(svg: string, format: ComposedFormat, size: PrintSize, dpi: number): Promise<void>;
}

/** The composed figure the dialog shows. */
export interface ComposerPreview {
  /** The composed SVG at its print size, or null (nothing to show). */
  svg: string | null;
  /** The step its panels show. */
  step: number | null;
  /** Why nothing is shown (a panel that could not be drawn), or null. */
  error: string | null;
  busy: boolean;
}

/** The composer's store. */
export interface ComposerState {
  open: boolean;
  settings: CompositionSettings;
  /** Why each panel that cannot be drawn now cannot (by id); asked again on open and on refresh. */
  unavailable: Record<PanelId, string>;
  preview: ComposerPreview;
}

const EMPTY_PREVIEW: ComposerPreview = { svg: null, step: null, error: null, busy: false };

function sameStamp(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The composer: settings, preview and downloads. */
export class ComposerModel {
  /** The dialog's state (read it through selectors). */
  readonly store: StoreApi<ComposerState> = createStore<ComposerState>()(() => ({
    open: false,
    settings: defaultComposition(),
    unavailable: {},
    preview: EMPTY_PREVIEW,
  }));
  private cache = new Map<string, string>();
  private stamp: readonly unknown[] = [];
  private generation = 0;

  constructor(private readonly backend: ComposerBackend) {}

  /** Open the dialog and bring the preview up to date. */
  open(): Promise<void> {
    this.store.setState({ open: true });
    return this.refresh();
  }

  /** Close the dialog (the settings are kept for the next time). */
  close(): void {
    this.store.setState({ open: false });
  }

  /** Pick or unpick a panel; the preview follows. */
  pick(panel: PanelId, on: boolean): Promise<void> {
    return this.update(pickPanel(this.store.getState().settings, panel, on));
  }

  /** Change settings; the preview follows. */
  update(patch: Partial<CompositionSettings>): Promise<void> {
    this.store.setState((s) => ({ settings: { ...s.settings, ...patch } }));
    return this.refresh();
  }

  /**
   * The panels' figures laid out at the print size (each made once per stamp and layout), in the
   * composition's order, and the composed width.
   */
  private async figures(settings: CompositionSettings): Promise<{ svgs: string[]; width: number }> {
    const stamp = this.backend.figureStamp();
    if (!sameStamp(stamp, this.stamp)) {
      this.cache = new Map();
      this.stamp = stamp;
    }
    const { panel, width } = compositionLayout(settings);
    const svgs: string[] = [];
    for (const p of orderedPanels(settings)) {
      const key = `${p} ${JSON.stringify(panel)}`;
      let svg = this.cache.get(key);
      if (svg === undefined) {
        svg = await this.backend.panelSvg(p, panel);
        this.cache.set(key, svg);
      }
      svgs.push(svg);
    }
    return { svgs, width };
  }

  /** Recompose the preview from the current settings and step; a later refresh supersedes it. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const unavailable = Object.fromEntries(PANEL_IDS.flatMap((id) => {
      const why = this.backend.unavailable(id);
      return why ? [[id, why]] : [];
    }));
    const settings = this.store.getState().settings;
    const problem = compositionProblem(settings);
    if (problem) {
      this.store.setState({ unavailable, preview: { ...EMPTY_PREVIEW } });
      return;
    }
    this.store.setState((s) => ({ unavailable, preview: { ...s.preview, busy: true, error: null } }));
    let preview: ComposerPreview;
    try {
      const step = this.backend.step();
      const { svgs, width } = await this.figures(settings);
      const svg = composeSvgForPrint(svgs, settings, this.backend.figureMeta(), width);
      preview = { svg, step, error: null, busy: false };
    } catch (e) {
      preview = { svg: null, step: null, error: (e as Error).message, busy: false };
    }
    if (generation === this.generation) this.store.setState({ preview });
  }

  /** Download the composition as `format`, its panels made afresh at the current step. */
  async download(format: ComposedFormat): Promise<void> {
    const settings = this.store.getState().settings;
    const problem = compositionProblem(settings);
    if (problem) throw new Error(problem);
    const { svgs, width } = await this.figures(settings);
    const svg = composeSvg(svgs, settings, this.backend.figureMeta(), width);
    await this.backend.saveComposed(svg, format, compositionSize(settings), settings.dpi);
  }
}
